import { expect, it } from 'vitest';
import { hashPassword } from '../../../../src-main/server/accounts';
import { createSyncService, type Auth } from '../../../../src-main/server/service';
import type { Account } from '../../../../src-main/server/store/types';
import { PROTOCOL_VERSION, SYNC_SCHEMA_VERSION, type Role, type SyncChange } from '../../../../src-shared/sync/protocol';
import { openTestStore, PASSWORD, type Backend } from '../../../helpers/sync';

/*
 * Invariant 11: the same script of pushes, pulls and snapshots, run through the service on a
 * SQLite and on a PostgreSQL store, gives the same answers, byte for byte once serialized
 * (server times aside). Account ids are fixed (created in the store, not by the service, which
 * would draw random ids) so that everything else can be compared as is.
 */

const start = Date.UTC(2026, 10, 22, 9, 0, 0);
const versions = { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION };
const people: [id: string, role: Role][] = [
  ['u-admin', 'administrator'],
  ['u-lea', 'salesperson'],
  ['u-marc', 'salesperson'],
  ['u-paul', 'manager'],
];

async function runScript(backend: Backend, passwordHash: string): Promise<unknown[]> {
  const { store, dispose } = await openTestStore(backend);
  let now = start;
  const service = createSyncService(store, () => now);
  const transcript: unknown[] = [];
  const hlc = (offsetMs: number, node: string) => `${String(now + offsetMs).padStart(15, '0')}-00000-${node}`;
  try {
    const auths = new Map<string, Auth>();
    for (const [id, role] of people) {
      const account: Account = { id, email: `${id.slice(2)}@bureau.fr`, displayName: id.slice(2), role, passwordHash, disabled: false, createdAt: start };
      await store.insertAccount(account);
      const session = await service.login({ email: account.email, password: PASSWORD, deviceId: `device-${id}`, deviceName: id }, '127.0.0.1');
      auths.set(id, await service.authenticate(session.token));
    }
    const push = async (who: string, txnId: string, changes: SyncChange[]) => {
      now += 1000;
      const { serverTime: _time, ...response } = await service.push(auths.get(who) as Auth, { ...versions, txns: [{ txnId, changes }] });
      transcript.push({ push: txnId, ...response });
    };
    const created = { created_at: '2026-11-22T09:00:00.000Z' };

    await push('u-admin', 'a1', [
      { hlc: hlc(0, 'admin'), tbl: 'teams', rowId: 'team-a', changes: { ...created, name: 'Équipe A' } },
      { hlc: hlc(1, 'admin'), tbl: 'team_members', rowId: 'tm-lea', changes: { ...created, team_id: 'team-a', user_id: 'u-lea' } },
      { hlc: hlc(2, 'admin'), tbl: 'territory_members', rowId: 'tt-marc', changes: { ...created, territory_id: 'nord', user_id: 'u-marc' } },
    ]);
    await push('u-lea', 'l1', [
      { hlc: hlc(0, 'lea'), tbl: 'contacts', rowId: 'c1', changes: { ...created, owner_id: 'u-lea', first_name: 'Émile', last_name: 'Zola', notes: 'a "quoted" note\nsecond line 🙂' } },
      { hlc: hlc(1, 'lea'), tbl: 'companies', rowId: 'co1', changes: { ...created, owner_id: 'u-lea', name: 'Éditions Charpentier' } },
      { hlc: hlc(2, 'lea'), tbl: 'contact_companies', rowId: 'cc1', changes: { ...created, contact_id: 'c1', company_id: 'co1', is_primary: 1 } },
    ]);
    await push('u-lea', 'l2', [{ hlc: hlc(0, 'lea'), tbl: 'contacts', rowId: 'c2', changes: { ...created, owner_id: 'u-lea', first_name: 'Privé', scope: 'private' } }]);
    await push('u-lea', 'l3', [{ hlc: hlc(0, 'lea'), tbl: 'contacts', rowId: 'c3', changes: { ...created, owner_id: 'u-lea', first_name: 'Équipe', scope: 'team:team-a' } }]);
    // Marc: a newer city, an older first name (it loses), his private saved view.
    await push('u-marc', 'm1', [{ hlc: hlc(0, 'marc'), tbl: 'contacts', rowId: 'c1', changes: { city: 'Paris' } }]);
    await push('u-marc', 'm2', [{ hlc: hlc(-60_000, 'marc'), tbl: 'contacts', rowId: 'c1', changes: { first_name: 'Emile' } }]);
    await push('u-marc', 'm3', [{ hlc: hlc(0, 'marc'), tbl: 'saved_views', rowId: 'v1', changes: { ...created, owner_id: 'u-marc', entity: 'contacts', name: 'Mes contacts', state: '{"sort":"name"}' } }]);
    // Refused: someone else's private record, a clock a week ahead, one bad change in a transaction.
    await push('u-marc', 'm4', [{ hlc: hlc(0, 'marc'), tbl: 'contacts', rowId: 'c2', changes: { city: 'Lyon' } }]);
    await push('u-marc', 'm5', [{ hlc: hlc(7 * 24 * 3600_000, 'marc'), tbl: 'tags', rowId: 't1', changes: { ...created, name: 'VIP' } }]);
    await push('u-marc', 'm6', [
      { hlc: hlc(0, 'marc'), tbl: 'tags', rowId: 't2', changes: { ...created, name: 'Froid' } },
      { hlc: hlc(1, 'marc'), tbl: 'teams', rowId: 'team-b', changes: { ...created, name: 'Équipe B' } },
    ]);
    await push('u-lea', 'l1', [{ hlc: hlc(0, 'lea'), tbl: 'contacts', rowId: 'c1', changes: { first_name: 'retry' } }]);
    await push('u-marc', 'm4', [{ hlc: hlc(0, 'marc'), tbl: 'contacts', rowId: 'c2', changes: { city: 'Lyon' } }]);
    // A manager reassigns; Léa deletes; the administrator takes Léa out of her team.
    await push('u-paul', 'p1', [{ hlc: hlc(0, 'paul'), tbl: 'contacts', rowId: 'c1', changes: { owner_id: 'u-marc' } }]);
    await push('u-lea', 'l4', [{ hlc: hlc(0, 'lea'), tbl: 'contacts', rowId: 'c3', changes: { deleted: 1 } }]);
    await push('u-marc', 'm7', [{ hlc: hlc(0, 'marc'), tbl: 'contacts', rowId: 'c3', changes: { city: 'Lille' } }]);
    await push('u-admin', 'a2', [{ hlc: hlc(0, 'admin'), tbl: 'team_members', rowId: 'tm-lea', changes: { deleted: 1 } }]);
    // Léa may not share into a territory she is not in; Marc may.
    await push('u-lea', 'l5', [{ hlc: hlc(0, 'lea'), tbl: 'contacts', rowId: 'c4', changes: { ...created, owner_id: 'u-lea', scope: 'territory:nord', first_name: 'Nordique' } }]);
    await push('u-marc', 'm8', [{ hlc: hlc(0, 'marc'), tbl: 'contacts', rowId: 'c5', changes: { ...created, owner_id: 'u-marc', scope: 'territory:nord', first_name: 'Nordique' } }]);
    // Léa shares a private record again, then hands another over: who never saw them gets them whole.
    await push('u-lea', 'l6', [{ hlc: hlc(0, 'lea'), tbl: 'contacts', rowId: 'c6', changes: { ...created, owner_id: 'u-lea', first_name: 'Caché', scope: 'private' } }]);
    await push('u-lea', 'l7', [
      { hlc: hlc(0, 'lea'), tbl: 'contacts', rowId: 'c6', changes: { city: 'Douai' } },
      { hlc: hlc(1, 'lea'), tbl: 'contacts', rowId: 'c6', changes: { scope: null } },
      { hlc: hlc(2, 'lea'), tbl: 'contacts', rowId: 'c7', changes: { ...created, owner_id: 'u-lea', first_name: 'Confié', scope: 'private' } },
    ]);
    await push('u-lea', 'l8', [{ hlc: hlc(0, 'lea'), tbl: 'contacts', rowId: 'c7', changes: { owner_id: 'u-marc' } }]);

    for (const [id] of people) {
      const auth = auths.get(id) as Auth;
      let since = 0;
      for (;;) {
        const { serverTime: _time, ...page } = await service.pull(auth, { ...versions, since, limit: 3 });
        transcript.push({ pull: id, since, ...page });
        since = page.cursor;
        if (!page.more) break;
      }
      const { serverTime: _time, ...later } = await service.pull(auth, { ...versions, since: 5, limit: 100 });
      transcript.push({ pullFrom: id, since: 5, ...later });
      let after: { tbl: string; rowId: string } | null = null;
      for (;;) {
        const { serverTime: _time, ...page } = await service.snapshot(auth, { ...versions, after, limit: 2 });
        transcript.push({ snapshot: id, ...page });
        after = page.next;
        if (!after) break;
      }
    }
    return transcript;
  } finally {
    await dispose();
  }
}

it('gives the same answers on SQLite and PostgreSQL to the same script (invariant 11)', async () => {
  const passwordHash = await hashPassword(PASSWORD);
  const sqlite = await runScript('sqlite', passwordHash);
  const postgres = await runScript('postgres', passwordHash);
  expect(JSON.stringify(postgres, null, 1)).toBe(JSON.stringify(sqlite, null, 1));
  // The script is not vacuous: it has refusals, duplicates, and what one sees that another does not.
  const results = sqlite.flatMap((entry) => ((entry as { results?: { status: string; reason?: string }[] }).results ?? []).map((result) => result.reason ?? result.status));
  expect(new Set(results)).toEqual(new Set(['accepted', 'duplicate', 'forbidden_row', 'forbidden_table', 'forbidden_field', 'clock_ahead']));
  const seenBy = (id: string) => new Set(sqlite.flatMap((entry) => ((entry as { pull?: string; changes?: { rowId: string }[] }).pull === id ? (entry as { changes: { rowId: string }[] }).changes.map((change) => change.rowId) : [])));
  expect(seenBy('u-lea').has('v1')).toBe(false);
  expect(seenBy('u-marc').has('v1')).toBe(true);
  expect(seenBy('u-marc').has('c2')).toBe(false);
  expect(seenBy('u-marc').has('c5')).toBe(true);
  expect(seenBy('u-paul').has('c5')).toBe(false);
  expect(seenBy('u-lea').has('c3')).toBe(true);
  expect(seenBy('u-marc').has('c3')).toBe(false);
  // Records that came into sight arrived whole.
  const wholeRows = (id: string) =>
    sqlite.flatMap((entry) => ((entry as { pull?: string }).pull === id ? (entry as { changes: { rowId: string; rowHlcs?: object; changes: object }[] }).changes : [])).filter((change) => change.rowHlcs);
  expect(wholeRows('u-marc').map((change) => [change.rowId, change.changes])).toEqual([
    ['c6', { created_at: '2026-11-22T09:00:00.000Z', owner_id: 'u-lea', first_name: 'Caché', city: 'Douai', scope: null }],
    ['c7', { created_at: '2026-11-22T09:00:00.000Z', owner_id: 'u-marc', first_name: 'Confié', scope: 'private' }],
  ]);
  // Shared with the whole office, its owner's account too (her devices hold it: they merge nothing); handed over, only its new owner.
  expect(wholeRows('u-lea').map((change) => change.rowId)).toEqual(['c6']);
  expect(wholeRows('u-paul').map((change) => change.rowId)).toEqual(['c6']);
});
