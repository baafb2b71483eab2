import type { ActivityKind } from '../../../src-shared/domain/activities';
import type { SearchHit, SearchTarget } from '../../../src-shared/domain/records';
import { personDisplayName } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';

/** A record the index found: its kind, id and indexed title. */
export type Found = { entity: SearchHit['entity']; id: string; title: string };

const joined = (...parts: (string | null | undefined)[]): string | null => parts.filter((part) => part && part.trim() !== '').join(' · ') || null;

type ActivityRow = {
  kind: ActivityKind;
  all_day: number;
  starts_at: string | null;
  start_date: string | null;
  deal_id: string | null;
  deal_title: string | null;
  contact_id: string | null;
  first_name: string | null;
  last_name: string | null;
  company_id: string | null;
  company_name: string | null;
};

/*
 * The record an activity opens: its deal, else its contact, else its company — the first that
 * is not deleted. The search's own filter (queries.ts) keeps only activities that have one.
 */
const ACTIVITY_DETAILS = `SELECT a.kind, a.all_day, a.starts_at, a.start_date,
        dl.id AS deal_id, dl.title AS deal_title, ct.id AS contact_id, ct.first_name, ct.last_name, co.id AS company_id, co.name AS company_name
   FROM activities a
   LEFT JOIN deals dl ON dl.id = a.deal_id AND dl.deleted = 0
   LEFT JOIN contacts ct ON ct.id = a.contact_id AND ct.deleted = 0
   LEFT JOIN companies co ON co.id = a.company_id AND co.deleted = 0
  WHERE a.id = ?`;

function activityHit(db: ReadDb, found: Found): SearchHit | null {
  const row = prepared(db, ACTIVITY_DETAILS).get(found.id) as ActivityRow | undefined;
  if (!row) return null;
  const contactName = personDisplayName(row.first_name, row.last_name);
  let opens: SearchTarget;
  let about: string | null;
  if (row.deal_id) [opens, about] = [{ entity: 'deal', id: row.deal_id }, row.deal_title];
  else if (row.contact_id) [opens, about] = [{ entity: 'contact', id: row.contact_id }, joined(contactName, row.company_name)];
  else if (row.company_id) [opens, about] = [{ entity: 'company', id: row.company_id }, row.company_name];
  else return null;
  const allDay = row.all_day === 1;
  return {
    entity: 'activity',
    id: found.id,
    title: found.title,
    subtitle: about,
    opens,
    activity: { kind: row.kind, at: allDay ? row.start_date : row.starts_at, allDay },
  };
}

const SUBTITLES = {
  contact: 'SELECT job_title AS a, city AS b FROM contacts WHERE id = ?',
  company: 'SELECT industry AS a, city AS b FROM companies WHERE id = ?',
  deal: `SELECT co.name AS a, s.name AS b FROM deals d
           LEFT JOIN companies co ON co.id = d.company_id AND co.deleted = 0
           LEFT JOIN pipeline_stages s ON s.id = d.stage_id
          WHERE d.id = ?`,
} as const;

/** What the palette shows of a hit: a line under its title, and the page it opens. */
export function hitOf(db: ReadDb, found: Found): SearchHit | null {
  if (found.entity === 'activity') return activityHit(db, found);
  const row = prepared(db, SUBTITLES[found.entity]).get(found.id) as { a: string | null; b: string | null } | undefined;
  if (!row) return null;
  return { entity: found.entity, id: found.id, title: found.title, subtitle: joined(row.a, row.b), opens: { entity: found.entity, id: found.id }, activity: null };
}
