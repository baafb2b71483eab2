import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCatalog, type TableCatalogEntry } from '../../../../src-shared/sync/catalog';
import { PROTOCOL_VERSION, SYNC_SCHEMA_VERSION, roles, type Role } from '../../../../src-shared/sync/protocol';
import type { Auth } from '../../../../src-main/server/service';
import { addAccount, backends, PASSWORD, startTestServer, type TestServer } from '../../../helpers/sync';

/*
 * The generated matrix of security.md: every role × every synced table × operation × whose row,
 * pushed through the real service, against the rule written out independently below.
 */
type Operation = 'create-own' | 'create-for-other' | 'update-own' | 'update-other' | 'reassign-other' | 'delete-own' | 'delete-other';
const operations: Operation[] = ['create-own', 'create-for-other', 'update-own', 'update-other', 'reassign-other', 'delete-own', 'delete-other'];

function expectedAllowed(role: Role, table: string, op: Operation): boolean {
  const entry: TableCatalogEntry = syncCatalog[table as keyof typeof syncCatalog];
  const manager = role === 'administrator' || role === 'manager';
  if (table === 'users') return role === 'administrator' || op === 'update-own';
  if (entry.adminOnly) return role === 'administrator';
  if (entry.managersOnly) return manager;
  if (entry.visibility.kind === 'private') return op === 'create-own' || op === 'update-own' || op === 'delete-own';
  if (entry.ownerField) return op === 'create-for-other' || op === 'reassign-other' ? manager : true;
  return true;
}

let server: TestServer;
const auths = new Map<string, Auth>();
let clock = Date.UTC(2026, 10, 22, 8, 0, 0);
let counter = 0;
const hlc = () => `${String((clock += 1)).padStart(15, '0')}-00000-matrix${String(counter++).padStart(4, '0')}`;

// The whole matrix on both back ends (invariant 11).
describe.each(backends)('on the %s back end', (backend) => {
  beforeAll(async () => {
    server = await startTestServer(() => clock + 60_000, backend);
    for (const role of roles) await addAccount(server, `${role}@bureau.fr`, role);
    await addAccount(server, 'other@bureau.fr', 'salesperson');
    for (const email of [...roles.map((role) => `${role}@bureau.fr`), 'other@bureau.fr']) {
      const session = await server.service.login({ email, password: PASSWORD, deviceId: `device-${email}`, deviceName: email }, '127.0.0.1');
      auths.set(email, await server.service.authenticate(session.token));
    }
  });
  afterAll(async () => server.stop());

  function rowValues(table: string, owner: string): Record<string, string | number> {
    const entry: TableCatalogEntry = syncCatalog[table as keyof typeof syncCatalog];
    const values: Record<string, string | number> = {};
    for (const field of entry.required) values[field] = field === 'created_at' ? '2026-11-22T08:00:00.000Z' : `${field} value`;
    const ownerField = entry.visibility.kind === 'private' ? entry.visibility.ownerField : entry.ownerField;
    if (ownerField) values[ownerField] = owner;
    return values;
  }

  async function push(auth: Auth, table: string, rowId: string, changes: Record<string, string | number>) {
    const response = await server.service.push(auth, { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, txns: [{ txnId: `txn-${counter++}`, changes: [{ hlc: hlc(), tbl: table, rowId, changes }] }] });
    return response.results[0];
  }

  const editableField = (table: string) => (table === 'users' ? 'display_name' : table === 'saved_views' ? 'name' : table === 'contacts' ? 'city' : Object.entries(syncCatalog[table as keyof typeof syncCatalog].fields as Record<string, string>).find(([f, type]) => type === 'text' && f !== 'created_at' && !f.endsWith('_id'))?.[0] ?? 'deleted');

  describe.each(roles.map((role) => [role]))('a %s', (role) => {
    it.each(Object.keys(syncCatalog).flatMap((table) => operations.map((op) => [table, op] as const)))('on %s: %s', async (table, op) => {
      const actor = auths.get(`${role}@bureau.fr`) as Auth;
      const other = auths.get('other@bureau.fr') as Auth;
      const admin = auths.get('administrator@bureau.fr') as Auth;
      const self = actor.account.id;
      const someone = other.account.id;
      const rowId = `${table}-${role}-${op}`;
      const id = table === 'users' ? (op.endsWith('own') ? self : someone) : rowId;
      // Rows acted on already exist, made by their owner (users rows: by the server itself).
      if (table !== 'users' && !op.startsWith('create')) {
        const owner = op.endsWith('own') ? actor : other;
        // A private table's rows (saved views, reminder answers) can only be written by their owner.
        const privateTable = syncCatalog[table as keyof typeof syncCatalog].visibility.kind === 'private';
        const made = await push(privateTable ? owner : admin, table, id, rowValues(table, owner.account.id));
        expect(made?.status).toBe('accepted');
      }
      const change =
        op === 'create-own' ? rowValues(table, self)
        : op === 'create-for-other' ? rowValues(table, someone)
        : op === 'reassign-other' ? (() => {
            const entry: TableCatalogEntry = syncCatalog[table as keyof typeof syncCatalog];
            const field = entry.visibility.kind === 'private' ? entry.visibility.ownerField : entry.ownerField;
            return field ? { [field]: self } : { deleted: 0 };
          })()
        : op.startsWith('delete') ? { deleted: 1 }
        : { [editableField(table)]: editableField(table) === 'deleted' ? 0 : 'nouvelle valeur' };
      const createdId = op.startsWith('create') && table === 'users' ? `new-user-${role}-${op}` : id;
      const result = await push(actor, table, createdId, change);
      const allowed = expectedAllowed(role, table, op);
      expect(result?.status, JSON.stringify(result)).toBe(allowed ? 'accepted' : 'rejected');
      if (!allowed) expect(result?.reason).toMatch(/^forbidden_/);
    });
  });

  /*
   * Scopes: records of another user in each scope, for each role — read (does a pull bring it?),
   * update, delete, and sharing one's own record into that scope. Every role's account is in
   * team-a and territory-t; the other user is also in team-b and territory-u.
   */
  const scopes = ['office', 'private', 'team:team-a', 'team:team-b', 'territory:territory-t', 'territory:territory-u'] as const;
  type ScopeOperation = 'read' | 'update' | 'delete' | 'share-own-into';
  const scopeOperations: ScopeOperation[] = ['read', 'update', 'delete', 'share-own-into'];
  const scopedTables = Object.entries(syncCatalog as Record<string, TableCatalogEntry>).flatMap(([table, entry]) => (entry.scopeField ? [table] : []));

  function expectedInScope(role: Role, scope: (typeof scopes)[number], op: ScopeOperation): boolean {
    const mine = scope === 'team:team-a' || scope === 'territory:territory-t';
    const visible = scope === 'office' || mine || (scope !== 'private' && role === 'administrator');
    if (op === 'share-own-into') return scope === 'office' || scope === 'private' || mine || role === 'administrator';
    return visible;
  }

  describe('scopes', () => {
    beforeAll(async () => {
      const admin = auths.get('administrator@bureau.fr') as Auth;
      const member = async (table: string, groupField: string, group: string, email: string) => {
        const user = (auths.get(email) as Auth).account.id;
        const made = await push(admin, table, `${group}-${user}`, { created_at: '2026-11-22T08:00:00.000Z', [groupField]: group, user_id: user });
        expect(made?.status).toBe('accepted');
      };
      for (const email of [...roles.map((role) => `${role}@bureau.fr`), 'other@bureau.fr']) {
        await member('team_members', 'team_id', 'team-a', email);
        await member('territory_members', 'territory_id', 'territory-t', email);
      }
      await member('team_members', 'team_id', 'team-b', 'other@bureau.fr');
      await member('territory_members', 'territory_id', 'territory-u', 'other@bureau.fr');
    });

    describe.each(roles.map((role) => [role]))('a %s', (role) => {
      it.each(scopedTables.flatMap((table) => scopes.flatMap((scope) => scopeOperations.map((op) => [table, scope, op] as const))))(
        'on %s in scope %s: %s',
        async (table, scope, op) => {
          const actor = auths.get(`${role}@bureau.fr`) as Auth;
          const other = auths.get('other@bureau.fr') as Auth;
          const rowId = `${table}-${role}-${scope.replace(':', '-')}-${op}`;
          const allowed = expectedInScope(role, scope, op);
          const scopeValue = scope === 'office' ? null : scope;
          if (op === 'share-own-into') {
            expect((await push(actor, table, rowId, rowValues(table, actor.account.id)))?.status).toBe('accepted');
            const result = await push(actor, table, rowId, { scope: scopeValue } as Record<string, string | number>);
            expect(result?.status, JSON.stringify(result)).toBe(allowed ? 'accepted' : 'rejected');
            return;
          }
          const made = await push(other, table, rowId, { ...rowValues(table, other.account.id), ...(scopeValue ? { scope: scopeValue } : {}) });
          expect(made?.status).toBe('accepted');
          if (op === 'read') {
            const page = await server.service.pull(actor, { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, since: 0, limit: 5000 });
            expect(page.more).toBe(false);
            expect(page.changes.some((change) => change.rowId === rowId)).toBe(allowed);
            const snapshot = await server.service.snapshot(actor, { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, after: null, limit: 5000 });
            expect(snapshot.rows.some((row) => row.rowId === rowId)).toBe(allowed);
            return;
          }
          const result = await push(actor, table, rowId, op === 'delete' ? { deleted: 1 } : { [editableField(table)]: 'nouvelle valeur' });
          expect(result?.status, JSON.stringify(result)).toBe(allowed ? 'accepted' : 'rejected');
          if (!allowed) expect(result?.reason).toBe('forbidden_row');
        },
      );
    });

    it('tells those who lose sight of a record, and no one else', async () => {
      const other = auths.get('other@bureau.fr') as Auth;
      const salesperson = auths.get('salesperson@bureau.fr') as Auth;
      const pull = (auth: Auth, since: number) => server.service.pull(auth, { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, since, limit: 5000 });
      expect((await push(other, 'contacts', 'moving-contact', { ...rowValues('contacts', other.account.id), scope: 'team:team-a' }))?.status).toBe('accepted');
      const before = (await pull(salesperson, 0)).cursor;
      expect((await push(other, 'contacts', 'moving-contact', { scope: 'team:team-b' }))?.status).toBe('accepted');
      // The salesperson saw it in team-a: the move reaches them (so the device drops it)…
      expect((await pull(salesperson, before)).changes.map((change) => change.rowId)).toContain('moving-contact');
      expect((await push(other, 'contacts', 'moving-contact', { city: 'Lyon' }))?.status).toBe('accepted');
      // …but later edits in team-b do not.
      const later = await pull(salesperson, before);
      expect(later.changes.filter((change) => change.rowId === 'moving-contact')).toHaveLength(1);
      expect(later.scopes).toEqual({ groups: ['team:team-a', 'territory:territory-t'], allGroups: false });
    });

    it('gives those who come to see a record the whole row, as a snapshot would, and those who saw it the change', async () => {
      const other = auths.get('other@bureau.fr') as Auth;
      const salesperson = auths.get('salesperson@bureau.fr') as Auth;
      const pull = (auth: Auth, since: number) => server.service.pull(auth, { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, since, limit: 5000 });
      const arriving = <T extends { rowId: string }>(changes: T[]) => changes.filter((change) => change.rowId === 'arriving-contact');
      const created = { ...rowValues('contacts', other.account.id), scope: 'team:team-b', first_name: 'Arrivant' };
      expect((await push(other, 'contacts', 'arriving-contact', created))?.status).toBe('accepted');
      expect((await push(other, 'contacts', 'arriving-contact', { city: 'Lille' }))?.status).toBe('accepted');
      const before = await pull(salesperson, 0);
      expect(arriving(before.changes)).toEqual([]);
      const ownerBefore = (await pull(other, 0)).cursor;

      expect((await push(other, 'contacts', 'arriving-contact', { scope: 'team:team-a' }))?.status).toBe('accepted');
      const [whole, ...more] = arriving((await pull(salesperson, before.cursor)).changes);
      expect(more).toEqual([]);
      expect(whole?.changes).toEqual({ ...created, city: 'Lille', scope: 'team:team-a' });
      const hlcs = whole?.rowHlcs ?? {};
      expect(Object.keys(hlcs).sort()).toEqual(Object.keys(whole?.changes ?? {}).sort());
      expect(new Set([hlcs.first_name, hlcs.city, hlcs.scope]).size).toBe(3);
      expect(whole?.hlc).toBe(hlcs.scope);
      const snapshot = await server.service.snapshot(salesperson, { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, after: null, limit: 5000 });
      const row = snapshot.rows.find((candidate) => candidate.rowId === 'arriving-contact');
      expect({ data: row?.data, hlcs: row?.hlcs }).toEqual({ data: whole?.changes, hlcs: whole?.rowHlcs });
      // Its owner saw it all along: the change (and, being in team-a too, the whole row, which merges nothing).
      expect(arriving((await pull(other, ownerBefore)).changes).map((change) => [change.changes.scope, change.rowHlcs === undefined])).toEqual([
        ['team:team-a', true],
        ['team:team-a', false],
      ]);
      // Later edits reach the new viewer as changes.
      expect((await push(other, 'contacts', 'arriving-contact', { city: 'Roubaix' }))?.status).toBe('accepted');
      const later = arriving((await pull(salesperson, before.cursor)).changes);
      expect(later.map((change) => [change.changes.city, change.rowHlcs === undefined])).toEqual([
        ['Lille', false],
        ['Roubaix', true],
      ]);
    });
  });

  describe('what a pull returns', () => {
    it('never includes another user’s private rows, whatever the role', async () => {
      const other = auths.get('other@bureau.fr') as Auth;
      await push(other, 'saved_views', 'private-view-of-other', rowValues('saved_views', other.account.id));
      for (const role of roles) {
        const actor = auths.get(`${role}@bureau.fr`) as Auth;
        const page = await server.service.pull(actor, { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, since: 0, limit: 5000 });
        const views = page.changes.filter((change) => change.tbl === 'saved_views');
        expect(views.length).toBeGreaterThan(0);
        expect(views.every((change) => change.changes.owner_id === actor.account.id || change.userId === actor.account.id)).toBe(true);
        expect(views.some((change) => change.rowId === 'private-view-of-other')).toBe(false);
      }
    });
  });
});
