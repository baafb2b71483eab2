import { Building2, Handshake, UserRound } from 'lucide-react';
import type { LinkedRecord } from '../../../src-shared/domain/activities';
import { recordHash } from '../../lib/routes';

type Links = { contact: LinkedRecord | null; company: LinkedRecord | null; deal: LinkedRecord | null };

const icons = { contact: UserRound, company: Building2, deal: Handshake } as const;

/** The records an activity is about, as links to their pages (the page shown left out). */
export function LinkedRecords({ links, except }: { links: Links; except?: string }) {
  const shown = (['deal', 'contact', 'company'] as const).flatMap((entity) => {
    const record = links[entity];
    return record && record.id !== except ? [{ entity, record }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <span className="linked-records">
      {shown.map(({ entity, record }) => {
        const Icon = icons[entity];
        return (
          <a key={entity} href={recordHash(entity, record.id)} className="linked-record" data-testid={`linked-${entity}`}>
            <Icon size={12} aria-hidden="true" />
            <span className="truncate">{record.name}</span>
          </a>
        );
      })}
    </span>
  );
}

