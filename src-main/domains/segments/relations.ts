/**
 * How a record aliased `outer` reaches its related records (aliased `inner`, a link table
 * aliased `link`). Deleted records and deleted links never count; a contact's companies (and a
 * company's contacts) are the current ones: links not ended.
 *
 * Two forms, chosen per relation for speed on a large base:
 * - `in`: `outer.key IN (SELECT inner.key FROM … WHERE …)`, the related records that match
 *   listed once (from their own indexes: a city, a status…), then looked up by key. For
 *   companies, contacts and deals: selective conditions there drive the query.
 * - `exists`: a correlated `EXISTS (…)` per record through the relation's index. For
 *   activities (300,000 on a large base): a record's few activities are read through
 *   activities_by_contact / _by_company / _by_deal rather than listing every matching activity.
 */
import type { RelationKey } from '../../../src-shared/domain/segments/catalogue';
import type { RecordKind } from '../../../src-shared/domain/segments/types';

export type RelationSql = {
  form: 'in' | 'exists';
  /** `FROM … WHERE …` without the key condition; may contain one `?`: today (for current links). */
  body: string;
  usesToday: boolean;
  /** The related side's key, compared with `outerKey`. */
  innerKey: string;
  outerKey: string;
  /** The outer key may be null (a deal without a company): `none` must then still hold. */
  outerNullable: boolean;
};

type From = (outer: string, inner: string, link: string) => RelationSql;

const current = (link: string) => `(${link}.end_date IS NULL OR ${link}.end_date >= ?)`;

export const relationSql: { [K in RecordKind]: Record<RelationKey<K>, From> } = {
  contact: {
    companies: (o, i, l) => ({
      form: 'in',
      body: `FROM contact_companies ${l} JOIN companies ${i} ON ${i}.id = ${l}.company_id WHERE ${l}.deleted = 0 AND ${current(l)} AND ${i}.deleted = 0`,
      usesToday: true,
      innerKey: `${l}.contact_id`,
      outerKey: `${o}.id`,
      outerNullable: false,
    }),
    deals: (o, i, l) => ({
      form: 'in',
      body: `FROM deal_contacts ${l} JOIN deals ${i} ON ${i}.id = ${l}.deal_id WHERE ${l}.deleted = 0 AND ${i}.deleted = 0`,
      usesToday: false,
      innerKey: `${l}.contact_id`,
      outerKey: `${o}.id`,
      outerNullable: false,
    }),
    activities: (o, i) => ({ form: 'exists', body: `FROM activities ${i} WHERE ${i}.deleted = 0`, usesToday: false, innerKey: `${i}.contact_id`, outerKey: `${o}.id`, outerNullable: false }),
  },
  company: {
    contacts: (o, i, l) => ({
      form: 'in',
      body: `FROM contact_companies ${l} JOIN contacts ${i} ON ${i}.id = ${l}.contact_id WHERE ${l}.deleted = 0 AND ${current(l)} AND ${i}.deleted = 0`,
      usesToday: true,
      innerKey: `${l}.company_id`,
      outerKey: `${o}.id`,
      outerNullable: false,
    }),
    deals: (o, i) => ({ form: 'in', body: `FROM deals ${i} WHERE ${i}.deleted = 0`, usesToday: false, innerKey: `${i}.company_id`, outerKey: `${o}.id`, outerNullable: false }),
    activities: (o, i) => ({ form: 'exists', body: `FROM activities ${i} WHERE ${i}.deleted = 0`, usesToday: false, innerKey: `${i}.company_id`, outerKey: `${o}.id`, outerNullable: false }),
    parent: (o, i) => ({ form: 'in', body: `FROM companies ${i} WHERE ${i}.deleted = 0`, usesToday: false, innerKey: `${i}.id`, outerKey: `${o}.parent_company_id`, outerNullable: true }),
  },
  deal: {
    company: (o, i) => ({ form: 'in', body: `FROM companies ${i} WHERE ${i}.deleted = 0`, usesToday: false, innerKey: `${i}.id`, outerKey: `${o}.company_id`, outerNullable: true }),
    contacts: (o, i, l) => ({
      form: 'in',
      body: `FROM deal_contacts ${l} JOIN contacts ${i} ON ${i}.id = ${l}.contact_id WHERE ${l}.deleted = 0 AND ${i}.deleted = 0`,
      usesToday: false,
      innerKey: `${l}.deal_id`,
      outerKey: `${o}.id`,
      outerNullable: false,
    }),
    activities: (o, i) => ({ form: 'exists', body: `FROM activities ${i} WHERE ${i}.deleted = 0`, usesToday: false, innerKey: `${i}.deal_id`, outerKey: `${o}.id`, outerNullable: false }),
  },
  activity: {},
};

export function relationOf(kind: RecordKind, relation: string): From {
  const from = (relationSql[kind] as Record<string, From>)[relation];
  if (!from) throw new Error(`No relation ${kind}.${relation}`);
  return from;
}
