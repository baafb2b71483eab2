import { Mail, MapPin, Phone, SquareCheck, StickyNote, Users } from 'lucide-react';
import type { ActivityKind } from '../../../src-shared/domain/activities';

const icons = { task: SquareCheck, call: Phone, meeting: Users, visit: MapPin, note: StickyNote, email: Mail } as const;

/** An activity's kind as a small coloured icon (its name is said next to it or in its label). */
export function KindIcon({ kind, size = 14 }: { kind: ActivityKind; size?: number }) {
  const Icon = icons[kind];
  return (
    <span className={`kind-icon kind-icon-${kind}`} aria-hidden="true">
      <Icon size={size} />
    </span>
  );
}
