import type Database from 'better-sqlite3';
import { prepared, type WriteDb } from './handles';
import { syncedTables } from './synced-tables';

/** Where the definitions of the indexes set aside for a bulk load wait until they are built again. */
const SET_ASIDE_KEY = 'bulk.indexes_set_aside';

type IndexDefinition = { name: string; sql: string };

/*
 * Loading a whole office into a new device writes every row once; keeping half a dozen
 * secondary indexes per table sorted row by row costs more than building each once, sorted,
 * at the end (large: ~6 s less for 267k rows; the indexes then build in ~1 s). Unique indexes
 * stay: they are constraints, and the load looks rows up by id.
 */
function secondaryIndexes(db: Database.Database): IndexDefinition[] {
  const tables = Object.keys(syncedTables);
  return db
    .prepare(
      `SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
          AND tbl_name IN (${tables.map(() => '?').join(', ')})
        ORDER BY name`,
    )
    .all(...tables) as IndexDefinition[];
}

/**
 * Drops the secondary indexes of the synced tables, inside the caller's transaction, keeping
 * their definitions in meta: whatever happens next (the load fails, the app is killed), they
 * are built again by `rebuildSetAsideIndexes` at the end of the load or at the next open.
 */
export function setIndexesAside(db: WriteDb): void {
  if (prepared(db, 'SELECT 1 FROM meta WHERE key = ?').get(SET_ASIDE_KEY)) return;
  const indexes = secondaryIndexes(db);
  prepared(db, 'INSERT INTO meta (key, value) VALUES (?, ?)').run(SET_ASIDE_KEY, JSON.stringify(indexes));
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
}

/** Builds again the indexes set aside (if any), in one transaction. Returns how many. */
export function rebuildSetAsideIndexes(db: Database.Database): number {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return 0;
  return db.transaction(() => {
    const stored = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(SET_ASIDE_KEY) as string | undefined;
    if (stored === undefined) return 0;
    const indexes = JSON.parse(stored) as IndexDefinition[];
    for (const index of indexes) {
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(index.name);
      if (!exists) db.exec(index.sql);
    }
    db.prepare('DELETE FROM meta WHERE key = ?').run(SET_ASIDE_KEY);
    return indexes.length;
  })();
}

export function indexesSetAside(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM meta WHERE key = ?').get(SET_ASIDE_KEY) !== undefined;
}
