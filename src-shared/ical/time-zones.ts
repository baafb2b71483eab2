/**
 * Which IANA zone a TZID means. In order: an IANA name as it is ("Europe/Paris"), a Windows
 * name as Outlook writes it ("Romance Standard Time"), an IANA name at the end of a path
 * ("/mozilla.org/20050126_1/Europe/Paris"), the VTIMEZONE's X-LIC-LOCATION, and last the
 * VTIMEZONE definition itself: its offsets are computed (observances expanded with the
 * recurrence engine) and compared with every zone the runtime knows at the dates that matter
 * (both seasons and around each change of the years the file's events use). Among zones that
 * match, one named in the TZID text wins ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"),
 * then the importer's own zone, then the main zone of a region.
 */
import { dayNumber, localMsOf, MS_PER_DAY } from '../domain/recurrence/civil';
import { planSeries } from '../domain/recurrence/pattern';
import { parseRRule } from '../domain/recurrence/rrule';
import { seriesDays } from '../domain/recurrence/series';
import type { NormalizedRule } from '../domain/recurrence/types';
import { isTimeZone, offsetMsAt } from '../domain/recurrence/zone';
import { properties, property, type Component } from './content-lines';
import { unescapeText } from './text';
import { parseDateValue, parseUtcOffset } from './values';
import { ianaOfWindowsZone, primaryZones } from './windows-zones';

type Observance = {
  startLocalMs: number;
  offsetFromMs: number;
  offsetToMs: number;
  rule: NormalizedRule | null;
  extraLocalMs: number[];
};

export type ZoneDefinition = { tzid: string; location: string | null; observances: Observance[] };

/** A VTIMEZONE component's definition, or null when it has no TZID or no usable observance. */
export function readZoneDefinition(component: Component): ZoneDefinition | null {
  // TZID is TEXT: Outlook escapes the commas of "(UTC+01:00) Amsterdam\, Berlin…".
  const tzidLine = property(component, 'TZID');
  const tzid = tzidLine ? unescapeText(tzidLine.value).trim() : '';
  if (!tzid) return null;
  const observances: Observance[] = [];
  for (const child of component.components) {
    if (child.name !== 'STANDARD' && child.name !== 'DAYLIGHT') continue;
    const start = parseDateValue(property(child, 'DTSTART')?.value ?? '');
    const offsetFromMs = parseUtcOffset(property(child, 'TZOFFSETFROM')?.value ?? '');
    const offsetToMs = parseUtcOffset(property(child, 'TZOFFSETTO')?.value ?? '');
    if (!start || start.kind !== 'local' || offsetFromMs === null || offsetToMs === null) continue;
    const rrule = property(child, 'RRULE');
    const parsed = rrule ? parseRRule(rrule.value) : null;
    const extraLocalMs = properties(child, 'RDATE')
      .flatMap((content) => content.value.split(','))
      .map((text) => parseDateValue(text))
      .flatMap((value) => (value?.kind === 'local' ? [localMsOf(value.parts)] : []));
    observances.push({ startLocalMs: localMsOf(start.parts), offsetFromMs, offsetToMs, rule: parsed?.ok ? parsed.value : null, extraLocalMs });
  }
  if (observances.length === 0) return null;
  return { tzid, location: property(component, 'X-LIC-LOCATION')?.value.trim() || null, observances };
}

type Onset = { atMs: number; offsetToMs: number };

/** The definition's changes: one-off ones always, rule-made ones within [fromMs, toMs]. */
function onsets(definition: ZoneDefinition, fromMs: number, toMs: number): Onset[] {
  const found: Onset[] = [];
  for (const observance of definition.observances) {
    const { offsetFromMs, offsetToMs } = observance;
    for (const localMs of [observance.startLocalMs, ...observance.extraLocalMs]) found.push({ atMs: localMs - offsetFromMs, offsetToMs });
    if (!observance.rule) continue;
    const startDay = Math.floor(observance.startLocalMs / MS_PER_DAY);
    const timeOfDayMs = observance.startLocalMs - startDay * MS_PER_DAY;
    const until = observance.rule.until;
    const lastMs = until && 'instant' in until ? Date.parse(until.instant) : Number.POSITIVE_INFINITY;
    const plan = planSeries(observance.rule, startDay);
    const fromDay = Math.floor(fromMs / MS_PER_DAY) - 2;
    const toDay = Math.floor(toMs / MS_PER_DAY) + 2;
    for (const day of seriesDays(plan, fromDay, toDay, (candidate) => candidate * MS_PER_DAY + timeOfDayMs - offsetFromMs > lastMs)) {
      found.push({ atMs: day * MS_PER_DAY + timeOfDayMs - offsetFromMs, offsetToMs });
    }
  }
  return found.sort((a, b) => a.atMs - b.atMs);
}

/** The definition's UTC offset at an instant. */
export function definitionOffsetAt(definition: ZoneDefinition, instantMs: number): number {
  const before = onsets(definition, instantMs - 400 * MS_PER_DAY, instantMs).filter((onset) => onset.atMs <= instantMs);
  const last = before[before.length - 1];
  if (last) return last.offsetToMs;
  const earliest = [...definition.observances].sort((a, b) => a.startLocalMs - b.startLocalMs)[0];
  return earliest ? earliest.offsetFromMs : 0;
}

let knownZones: string[] | null = null;

function allZones(): string[] {
  knownZones ??= Intl.supportedValuesOf('timeZone');
  return knownZones;
}

/** Instants where a zone must agree with the definition: both seasons, and either side of each change. */
function sampleInstants(definition: ZoneDefinition, years: readonly number[]): number[] {
  const samples: number[] = [];
  for (const year of years) {
    samples.push(dayNumber(year, 1, 15) * MS_PER_DAY + 12 * 3_600_000, dayNumber(year, 7, 15) * MS_PER_DAY + 12 * 3_600_000);
    const from = dayNumber(year, 1, 1) * MS_PER_DAY;
    const to = dayNumber(year + 1, 1, 1) * MS_PER_DAY;
    for (const onset of onsets(definition, from, to)) {
      if (onset.atMs >= from && onset.atMs < to) samples.push(onset.atMs - 60_000, onset.atMs + 60_000);
    }
  }
  return samples;
}

const cityOf = (zone: string) => (zone.split('/').pop() ?? zone).replace(/_/g, ' ').toLowerCase();

/** The IANA zone agreeing with a definition at the years given (this year when none), or null. */
export function matchDefinition(definition: ZoneDefinition, years: readonly number[], preferred: string | null): string | null {
  const samples = sampleInstants(definition, years.length > 0 ? years : [new Date().getUTCFullYear()]).map((instantMs) => ({ instantMs, offsetMs: definitionOffsetAt(definition, instantMs) }));
  const matches = allZones().filter((zone) => samples.every((sample) => offsetMsAt(sample.instantMs, zone) === sample.offsetMs));
  if (matches.length === 0) return null;
  const text = definition.tzid.toLowerCase();
  const named = matches
    .map((zone) => ({ zone, at: text.indexOf(cityOf(zone)) }))
    .filter((entry) => entry.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (named) return named.zone;
  // The runtime lists ICU's canonical names ("Asia/Calcutta"): compare through them, answer with ours.
  const matched = new Set(matches);
  if (preferred && isTimeZone(preferred) && matched.has(canonical(preferred))) return preferred;
  return primaryZones.find((zone) => matched.has(canonical(zone))) ?? matches[0] ?? null;
}

const canonicalNames = new Map<string, string>();

function canonical(zone: string): string {
  let name = canonicalNames.get(zone);
  if (name === undefined) {
    name = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    canonicalNames.set(zone, name);
  }
  return name;
}

/** A name the runtime accepts, in its canonical letter case, or null. */
function knownZone(name: string): string | null {
  if (!isTimeZone(name)) return null;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  // Keep aliases as written ("Asia/Kolkata", not ICU's "Asia/Calcutta"); fix only the case.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

export type ZoneResolution = { zone: string; fromDefinition: boolean };

/**
 * The IANA zone for a TZID, or null when neither its name nor its VTIMEZONE tells.
 * `years`: the years of the events using it; `preferred`: the importer's own zone.
 */
export function resolveTzid(tzid: string, definition: ZoneDefinition | null, years: readonly number[], preferred: string | null): ZoneResolution | null {
  const name = tzid.trim().replace(/^"(.*)"$/, '$1').trim();
  const direct = knownZone(name) ?? (ianaOfWindowsZone(name) ? knownZone(ianaOfWindowsZone(name) ?? '') : null);
  if (direct) return { zone: direct, fromDefinition: false };
  const segments = name.split('/').filter((segment) => segment !== '');
  for (let i = 1; i < segments.length - 1; i++) {
    const suffix = knownZone(segments.slice(i).join('/'));
    if (suffix) return { zone: suffix, fromDefinition: false };
  }
  if (!definition) return null;
  const location = definition.location ? knownZone(definition.location) : null;
  if (location) return { zone: location, fromDefinition: false };
  const matched = matchDefinition(definition, years, preferred);
  return matched ? { zone: matched, fromDefinition: true } : null;
}
