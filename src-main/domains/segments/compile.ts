/**
 * A segment definition compiled to one SQL boolean condition on a record alias, with its
 * parameters. Column names come from columns.ts, joins from relations.ts, operators from a
 * closed switch; every value the user typed goes in `params`, never in the text.
 */
import { formatDay } from '../../../src-shared/domain/recurrence/civil';
import { findRelation } from '../../../src-shared/domain/segments/catalogue';
import type { RecordKind } from '../../../src-shared/domain/segments/types';
import type { ConditionValue, MoneyValue, SegmentCondition, SegmentDefinition, SegmentNode, SegmentRelated } from '../../../src-shared/domain/segments/types';
import { foldText } from '../../../src-shared/domain/text';
import type { ReadDb } from '../../db/handles';
import { columnOf, type ColumnSpec } from './columns';
import { boundValue, dateRangeOf, todayOf, type Clock, type DateRange } from './dates';
import { useFold, FOLD } from './fold';
import { thresholdsIn } from './money';
import { relationOf } from './relations';

export type SqlParam = string | number | null;
export type CompiledCondition = { sql: string; params: SqlParam[] };

export type CompileContext = Clock & { db: ReadDb; userId: string };

type Piece = CompiledCondition;

const piece = (sql: string, ...params: SqlParam[]): Piece => ({ sql, params });
const TRUE = piece('1');
const FALSE = piece('0');

function joinPieces(pieces: Piece[], operator: 'AND' | 'OR'): Piece {
  if (pieces.length === 0) return TRUE;
  if (pieces.length === 1) return pieces[0]!;
  return { sql: `(${pieces.map((part) => part.sql).join(` ${operator} `)})`, params: pieces.flatMap((part) => part.params) };
}

const marks = (count: number) => Array.from({ length: count }, () => '?').join(', ');
/** A LIKE pattern with its wildcards escaped. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

class Compiler {
  private aliases = 0;
  constructor(private readonly context: CompileContext) {}

  private nextAlias(prefix: string): string {
    this.aliases += 1;
    return `${prefix}${this.aliases}`;
  }

  node(kind: RecordKind, node: SegmentNode, alias: string): Piece {
    switch (node.kind) {
      case 'condition':
        return this.condition(kind, node, alias);
      case 'group': {
        // "All of", with a related list by key among them ("has a company where…"): that list
        // drives the query; the record's own conditions must not pull SQLite onto one of the
        // record's indexes instead (two years of contacts: 66,000 rows read rather than 3,000).
        const listed = node.match === 'all' && node.children.some((child) => child.kind === 'related' && child.quantifier === 'some' && this.listedByKey(kind, child, alias));
        return joinPieces(
          node.children.map((child) => (listed && child.kind === 'condition' ? this.withoutIndex(() => this.node(kind, child, alias)) : this.node(kind, child, alias))),
          node.match === 'all' ? 'AND' : 'OR',
        );
      }
      case 'related':
        return this.related(kind, node, alias);
    }
  }

  private noIndex = false;

  private listedByKey(kind: RecordKind, node: SegmentRelated, alias: string): boolean {
    const from = relationOf(kind, node.relation)(alias, 'i', 'l');
    return from.form === 'in' && from.outerKey === `${alias}.id`;
  }

  private withoutIndex(compile: () => Piece): Piece {
    this.noIndex = true;
    try {
      return compile();
    } finally {
      this.noIndex = false;
    }
  }

  /** A column of the record, with SQLite's unary + (a no-op on the value) when its index must not drive the query. */
  private column(expr: string): string {
    return this.noIndex ? `+${expr}` : expr;
  }

  private related(kind: RecordKind, node: SegmentRelated, alias: string): Piece {
    const inner = this.nextAlias('sg');
    const link = this.nextAlias('sl');
    const from = relationOf(kind, node.relation)(alias, inner, link);
    const target = findRelation(kind, node.relation)?.target;
    if (!target) throw new Error(`No relation ${kind}.${node.relation}`);
    const body = joinPieces(
      node.children.map((child) => this.node(target, child, inner)),
      node.match === 'all' ? 'AND' : 'OR',
    );
    const params: SqlParam[] = [...(from.usesToday ? [formatDay(todayOf(this.context))] : []), ...body.params];
    const where = body === TRUE ? '' : ` AND ${body.sql}`;
    if (from.form === 'exists') {
      const exists = `EXISTS (SELECT 1 ${from.body} AND ${from.innerKey} = ${from.outerKey}${where})`;
      return { sql: node.quantifier === 'some' ? exists : `NOT ${exists}`, params };
    }
    // Keys listed once; never a null among them (NOT IN over a null matches nothing).
    const keys = `(SELECT ${from.innerKey} ${from.body} AND ${from.innerKey} IS NOT NULL${where})`;
    if (node.quantifier === 'some') return { sql: `${from.outerKey} IN ${keys}`, params };
    const none = `${from.outerKey} NOT IN ${keys}`;
    return { sql: from.outerNullable ? `(${from.outerKey} IS NULL OR ${none})` : none, params };
  }

  private condition(kind: RecordKind, condition: SegmentCondition, alias: string): Piece {
    const spec = columnOf(kind, condition.field);
    switch (spec.kind) {
      case 'text':
        return this.text(spec, alias, condition);
      case 'textList':
        return this.textList(spec.list(alias), spec.paths, condition);
      case 'number':
        return numberCondition(this.column(spec.expr(alias)), condition);
      case 'money':
        return this.money(spec.amount(alias), spec.currency(alias), condition);
      case 'date':
        return this.date(this.column(spec.expr(alias)), spec.stored, condition);
      case 'eventDate':
        return this.eventDate(alias, condition);
      case 'value':
        return this.value(this.column(spec.expr(alias)), condition);
      case 'tags':
        return tagCondition(spec.entity, alias, condition);
      case 'stageKind':
        return stageKindCondition({ pipeline: `${alias}.pipeline_id`, stage: `${alias}.stage_id` }, condition);
      case 'boolean':
        return condition.operator === 'isTrue' ? piece(`(${spec.expr(alias)})`) : piece(`NOT (${spec.expr(alias)})`);
    }
  }

  private text(spec: Extract<ColumnSpec, { kind: 'text' }>, alias: string, condition: SegmentCondition): Piece {
    const raw = this.column(spec.expr(alias));
    if (condition.operator === 'isEmpty') return piece(`coalesce(trim(${raw}), '') = ''`);
    if (condition.operator === 'isNotEmpty') return piece(`coalesce(trim(${raw}), '') <> ''`);
    if (!spec.folded) useFold(this.context.db);
    const folded = spec.folded ? raw : `${FOLD}(${raw})`;
    const value = foldText(condition.value as string);
    switch (condition.operator) {
      case 'contains':
        return piece(`${folded} LIKE ? ESCAPE '\\'`, `%${escapeLike(value)}%`);
      case 'notContains':
        return piece(`coalesce(${folded}, '') NOT LIKE ? ESCAPE '\\'`, `%${escapeLike(value)}%`);
      case 'startsWith':
        // A range on an indexed folded column; LIKE elsewhere.
        return spec.indexedPrefix ? piece(`(${folded} >= ? AND ${folded} < ?)`, value, `${value}\u{10FFFF}`) : piece(`${folded} LIKE ? ESCAPE '\\'`, `${escapeLike(value)}%`);
      case 'equals':
        return piece(`${folded} = ?`, value);
      case 'notEquals':
        return piece(`coalesce(${folded}, '') <> ?`, value);
      default:
        throw new Error(`Not a text operator: ${condition.operator}`);
    }
  }

  /** Any entry of the list (any of its texts) matches; "does not contain" / "is not": none does. */
  private textList(list: string, paths: string[], condition: SegmentCondition): Piece {
    // `paths` come from columns.ts, never from the request.
    const texts = paths.map((path) => `json_extract(e.value, '${path}')`);
    const entries = (test: (text: string) => string, ...params: SqlParam[]): Piece => ({
      sql: `EXISTS (SELECT 1 FROM json_each(${list}) e WHERE ${texts.map((text) => test(text)).join(' OR ')})`,
      params: texts.flatMap(() => params),
    });
    if (condition.operator === 'isEmpty' || condition.operator === 'isNotEmpty') {
      const any = entries((text) => `coalesce(trim(${text}), '') <> ''`);
      return condition.operator === 'isNotEmpty' ? any : { sql: `NOT ${any.sql}`, params: any.params };
    }
    useFold(this.context.db);
    const value = foldText(condition.value as string);
    switch (condition.operator) {
      case 'contains':
      case 'notContains': {
        const found = entries((text) => `${FOLD}(${text}) LIKE ? ESCAPE '\\'`, `%${escapeLike(value)}%`);
        return condition.operator === 'contains' ? found : { sql: `NOT ${found.sql}`, params: found.params };
      }
      case 'startsWith':
        return entries((text) => `${FOLD}(${text}) LIKE ? ESCAPE '\\'`, `${escapeLike(value)}%`);
      case 'equals':
      case 'notEquals': {
        const found = entries((text) => `${FOLD}(${text}) = ?`, value);
        return condition.operator === 'equals' ? found : { sql: `NOT ${found.sql}`, params: found.params };
      }
      default:
        throw new Error(`Not a text operator: ${condition.operator}`);
    }
  }

  private money(amount: string, currency: string, condition: SegmentCondition): Piece {
    const value = condition.value as ConditionValue;
    const range = condition.operator === 'between' ? (value as { fromMinor: number; toMinor: number; currency: string }) : null;
    const code = range ? range.currency : (value as MoneyValue).currency;
    const asked = range ? [range.fromMinor, range.toMinor] : [(value as MoneyValue).amountMinor];
    const day = formatDay(todayOf(this.context));
    const comparisons = thresholdsIn(this.context.db, code, asked, day).map(({ currency: other, amounts }) => {
      const [first = 0, second = 0] = amounts;
      const compare = moneyComparison(condition.operator, amount, first, second);
      return { sql: `(${currency} = ? AND ${compare.sql})`, params: [other, ...compare.params] };
    });
    return joinPieces(comparisons, 'OR');
  }

  private dateBounds(range: DateRange, expr: string, stored: 'day' | 'instant'): Piece {
    const parts: Piece[] = [];
    if (range.from !== undefined) parts.push(piece(`${expr} >= ?`, boundValue(range.from, stored, 'from', this.context)));
    if (range.to !== undefined) parts.push(piece(`${expr} < ?`, boundValue(range.to, stored, 'to', this.context)));
    return joinPieces(parts, 'AND');
  }

  private date(expr: string, stored: 'day' | 'instant', condition: SegmentCondition): Piece {
    if (condition.operator === 'isEmpty') return piece(`coalesce(${expr}, '') = ''`);
    if (condition.operator === 'isNotEmpty') return piece(`coalesce(${expr}, '') <> ''`);
    return this.dateBounds(dateRangeOf(condition.operator, condition.value, this.context), expr, stored);
  }

  private eventDate(alias: string, condition: SegmentCondition): Piece {
    if (condition.operator === 'isEmpty') return FALSE;
    if (condition.operator === 'isNotEmpty') return TRUE;
    const range = dateRangeOf(condition.operator, condition.value, this.context);
    const allDay = this.dateBounds(range, `${alias}.start_date`, 'day');
    const timed = this.dateBounds(range, `coalesce(${alias}.starts_at, ${alias}.created_at)`, 'instant');
    return joinPieces([joinPieces([piece(`${alias}.all_day = 1`), allDay], 'AND'), joinPieces([piece(`${alias}.all_day = 0`), timed], 'AND')], 'OR');
  }

  private value(expr: string, condition: SegmentCondition): Piece {
    switch (condition.operator) {
      case 'in': {
        const values = condition.value as string[];
        return piece(`${expr} IN (${marks(values.length)})`, ...values);
      }
      case 'notIn': {
        const values = condition.value as string[];
        return piece(`coalesce(${expr}, '') NOT IN (${marks(values.length)})`, ...values);
      }
      case 'isMe':
        return piece(`${expr} = ?`, this.context.userId);
      case 'isEmpty':
        return piece(`coalesce(${expr}, '') = ''`);
      case 'isNotEmpty':
        return piece(`coalesce(${expr}, '') <> ''`);
      default:
        throw new Error(`Not a list operator: ${condition.operator}`);
    }
  }
}

function numberCondition(expr: string, condition: SegmentCondition): Piece {
  switch (condition.operator) {
    case 'isEmpty':
      return piece(`${expr} IS NULL`);
    case 'isNotEmpty':
      return piece(`${expr} IS NOT NULL`);
    case 'between': {
      const range = condition.value as { from: number; to: number };
      return piece(`${expr} BETWEEN ? AND ?`, range.from, range.to);
    }
    case 'notEquals':
      return piece(`(${expr} IS NULL OR ${expr} <> ?)`, condition.value as number);
    default:
      return comparison(condition.operator, expr, condition.value as number);
  }
}

function comparison(operator: SegmentCondition['operator'], expr: string, value: number): Piece {
  const symbols: Partial<Record<SegmentCondition['operator'], string>> = { equals: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };
  const symbol = symbols[operator];
  if (!symbol) throw new Error(`Not a comparison: ${operator}`);
  return piece(`${expr} ${symbol} ?`, value);
}

function moneyComparison(operator: SegmentCondition['operator'], expr: string, first: number, second: number): Piece {
  if (operator === 'between') return piece(`${expr} BETWEEN ? AND ?`, first, second);
  if (operator === 'notEquals') return piece(`${expr} <> ?`, first);
  return comparison(operator, expr, first);
}

function tagCondition(entity: 'contact' | 'company' | 'deal', alias: string, condition: SegmentCondition): Piece {
  // `entity` comes from columns.ts, never from the request.
  const tagged = `SELECT 1 FROM record_tags rt JOIN tags t ON t.id = rt.tag_id AND t.deleted = 0 WHERE rt.entity = '${entity}' AND rt.record_id = ${alias}.id AND rt.deleted = 0`;
  switch (condition.operator) {
    case 'in':
    case 'notIn': {
      const ids = condition.value as string[];
      const exists = `EXISTS (${tagged} AND rt.tag_id IN (${marks(ids.length)}))`;
      return piece(condition.operator === 'in' ? exists : `NOT ${exists}`, ...ids);
    }
    case 'isEmpty':
      return piece(`NOT EXISTS (${tagged})`);
    case 'isNotEmpty':
      return piece(`EXISTS (${tagged})`);
    default:
      throw new Error(`Not a tag operator: ${condition.operator}`);
  }
}

function stageKindCondition(stage: { pipeline: string; stage: string }, condition: SegmentCondition): Piece {
  switch (condition.operator) {
    case 'in': {
      // By (pipeline, stage): deals_stage_cards then serves it (30,000 deals: 156 ms → 15 ms).
      const kinds = condition.value as string[];
      return piece(`(${stage.pipeline}, ${stage.stage}) IN (SELECT ps.pipeline_id, ps.id FROM pipeline_stages ps WHERE ps.kind IN (${marks(kinds.length)}))`, ...kinds);
    }
    case 'notIn': {
      const kinds = condition.value as string[];
      return piece(`${stage.stage} NOT IN (SELECT ps.id FROM pipeline_stages ps WHERE ps.kind IN (${marks(kinds.length)}))`, ...kinds);
    }
    // A deal whose stage is gone has no status.
    case 'isEmpty':
      return piece(`${stage.stage} NOT IN (SELECT ps.id FROM pipeline_stages ps)`);
    case 'isNotEmpty':
      return piece(`${stage.stage} IN (SELECT ps.id FROM pipeline_stages ps)`);
    default:
      throw new Error(`Not a list operator: ${condition.operator}`);
  }
}

/** The definition (already checked) as a condition on the `entity` record aliased `alias`. */
export function compileDefinition(entity: RecordKind, definition: SegmentDefinition, alias: string, context: CompileContext): CompiledCondition {
  return new Compiler(context).node(entity, definition, alias);
}
