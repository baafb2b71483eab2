import { joinAudience, OFFICE, splitAudience } from '../../src-shared/sync/scope';
import type { NewChange, RowState } from './store/types';

/** A change about to be logged, before the server decides who may pull it. */
export type ChangeToLog = Omit<NewChange, 'audience' | 'rowHlcs'>;

/** The scope keys that see a row after a change and did not before (none when the whole office did). */
function gainedKeys(before: readonly string[], after: readonly string[]): string[] {
  if (before.includes(OFFICE)) return [];
  return after.filter((key) => !before.includes(key));
}

/**
 * What the log keeps for one change to a row (`before`: the row as it was, undefined when the
 * change creates it), each entry with who may pull it:
 * - those who saw the row before the change get the change — it may be what hides the row from
 *   them, and their device then drops it ("losing a scope removes that data");
 * - those who see the row only after it (a private record shared again, a record moved into a
 *   team or to the office, handed to a new owner) get, right after it, the whole row — every
 *   field's value and winning HLC, as a snapshot gives it — since their device never had it and
 *   a change alone carries only the fields it wrote;
 * - a new row's change holds the whole row already: everyone who sees it gets the change.
 * Both entries belong to the pushed transaction, so a pull page never splits them.
 */
export function logEntries(change: ChangeToLog, before: RowState | undefined, after: RowState): NewChange[] {
  const afterKeys = splitAudience(after.audience);
  if (!before) return [{ ...change, audience: after.audience }];
  const beforeKeys = splitAudience(before.audience);
  const gained = gainedKeys(beforeKeys, afterKeys);
  if (gained.length === 0) return [{ ...change, audience: joinAudience([...beforeKeys, ...afterKeys]) }];
  const newest = Object.values(after.hlcs).reduce((latest, hlc) => (hlc > latest ? hlc : latest), change.hlc);
  const { prev: _prev, ...identity } = change;
  return [
    { ...change, audience: joinAudience(beforeKeys) },
    { ...identity, hlc: newest, changes: { ...after.data }, rowHlcs: { ...after.hlcs }, audience: joinAudience(gained) },
  ];
}
