import { foldText } from '../../../src-shared/domain/text';
import type { ReadDb } from '../../db/handles';

/** The SQL function folding text as the app folds it (lower case, accents removed, spaces collapsed). */
export const FOLD = 'segment_fold';

const registered = new WeakSet<object>();

/** Registers the folding function on this connection, once. */
export function useFold(db: ReadDb): void {
  if (registered.has(db)) return;
  db.function(FOLD, { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldText(value) : null));
  registered.add(db);
}
