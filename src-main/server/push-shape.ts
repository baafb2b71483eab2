import { MAX_TEXT_LENGTH } from '../../src-shared/sync/catalog';
import { MAX_PUSH_CHANGES, MAX_TXN_PARTS, type PushRequest } from '../../src-shared/sync/protocol';

/*
 * A push of 2,000 changes checked by the schema (pushRequestSchema) costs ~8 % of the server's
 * ingest. This check, written out, accepts only requests that the schema accepts too (it is as
 * strict or stricter on every rule); whatever it does not accept is checked by the schema, which
 * says what is wrong. A test holds the two together on valid and broken pushes.
 */

const HLC = /^\d{15}-\d{5}-[0-9A-Za-z_]{1,64}$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL = /^[^\u0000-\u001f\u007f]+$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Exactly these keys, the optional ones possibly absent. */
function hasKeys(value: Json, required: readonly string[], optional: readonly string[] = []): boolean {
  for (const key of Object.keys(value)) if (!required.includes(key) && !optional.includes(key)) return false;
  return required.every((key) => Object.hasOwn(value, key));
}

const isName = (value: unknown): boolean => typeof value === 'string' && value.length >= 1 && value.length <= 64 && NO_CONTROL.test(value) && value !== '__proto__';
const isHlc = (value: unknown): boolean => typeof value === 'string' && HLC.test(value);
const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

function isCell(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return value.length <= MAX_TEXT_LENGTH;
  return typeof value === 'number' && Number.isFinite(value);
}

function isChange(value: unknown): boolean {
  if (!isObject(value) || !hasKeys(value, ['hlc', 'tbl', 'rowId', 'changes'], ['prev'])) return false;
  if (!isHlc(value.hlc) || !isName(value.tbl) || !isName(value.rowId)) return false;
  const changes = value.changes;
  if (!isObject(changes)) return false;
  for (const [field, cell] of Object.entries(changes)) if (!isName(field) || !isCell(cell)) return false;
  if (value.prev === undefined) return !Object.hasOwn(value, 'prev');
  if (!isObject(value.prev)) return false;
  for (const [field, hlc] of Object.entries(value.prev)) if (!isName(field) || !isHlc(hlc) || !Object.hasOwn(changes, field)) return false;
  return true;
}

function isTxn(value: unknown): boolean {
  if (!isObject(value) || !hasKeys(value, ['txnId', 'changes'], ['part'])) return false;
  if (!isName(value.txnId) || !Array.isArray(value.changes) || value.changes.length < 1 || value.changes.length > MAX_PUSH_CHANGES) return false;
  if (Object.hasOwn(value, 'part')) {
    const part = value.part;
    if (!isObject(part) || !hasKeys(part, ['index', 'count']) || !isInteger(part.index) || !isInteger(part.count)) return false;
    if (part.index < 0 || part.count < 2 || part.count > MAX_TXN_PARTS || part.index >= part.count) return false;
  }
  return value.changes.every(isChange);
}

/** True when `value` is a well-formed push request (then exactly what the schema would give back). */
export function isWellFormedPush(value: unknown): value is PushRequest {
  if (!isObject(value) || !hasKeys(value, ['protocol', 'schema', 'txns'])) return false;
  if (!isInteger(value.protocol) || !isInteger(value.schema) || !Array.isArray(value.txns) || value.txns.length > MAX_PUSH_CHANGES) return false;
  let changes = 0;
  for (const txn of value.txns as unknown[]) {
    if (!isTxn(txn)) return false;
    changes += (txn as { changes: unknown[] }).changes.length;
    if (changes > MAX_PUSH_CHANGES) return false;
  }
  return true;
}
