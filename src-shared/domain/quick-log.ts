/**
 * The quick log: one line, French or English, read into an activity to create.
 *
 *   "call with Dupont, 10 min, interested, follow up Tuesday"
 *   "appel Dupont 10 min intéressé relancer mardi"
 *   "meeting Acme tomorrow 14h30 1h" · "note Martin: prefers email" · "task send brochure friday"
 *
 * The first word says what is logged (or it is guessed from the rest); a follow-up marker
 * ("relancer", "follow up", "rappeler jeudi") starts the part that plans the next step; dates,
 * times, durations, how a call went and the name of whoever it was with are read from the
 * rest; what was not understood stays in the subject, as typed. Dates are resolved against a
 * given "now" in the user's zone. Pure, and it never throws: any text reads as something.
 */
import type { ActivityKind, CallOutcome, Direction, TaskPriority } from './activities';
import type { EventTiming } from './recurrence';
import { dayOfDate, MS_PER_DAY } from './recurrence/civil';
import { isTimeZone, localMsAt } from './recurrence/zone';
import { foldKeepingLength, Scan, words, type Span } from './quick-log-scan';
import { allDayTiming, nextWorkingDay, nothingSaid, readWhen, timingOf, type Clock, type When } from './quick-log-when';
import {
  contactVerbs,
  directionWords,
  followUpMarkers,
  kindWords,
  logPrefix,
  nameStops,
  outcomeWords,
  priorityWords,
  subjectEdgeWords,
  taskWithWords,
  withWords,
} from './quick-log-words';

export type QuickLogFollowUp = {
  kind: 'task' | 'call';
  subject: string;
  timing: EventTiming;
  /** No date was written: the next working day was chosen. */
  dateGuessed: boolean;
};

export type QuickLog = {
  kind: ActivityKind;
  /** The line said what it is ("appel", "meeting"); false when the kind was guessed. */
  kindStated: boolean;
  /** The name to look for among contacts and companies, as typed ("Dupont", "Acme"). */
  who: string | null;
  durationMinutes: number | null;
  outcome: CallOutcome | null;
  direction: Direction | null;
  priority: TaskPriority | null;
  /** What was not understood, as typed (may be empty). */
  subject: string;
  timing: EventTiming | null;
  followUp: QuickLogFollowUp | null;
};

export type QuickLogContext = { now: number | string | Date; timeZone: string };

export const MAX_QUICK_LOG_LENGTH = 1_000;
const MAX_SUBJECT = 300;

function clockOf(context: QuickLogContext): Clock {
  const raw = context.now instanceof Date ? context.now.getTime() : typeof context.now === 'string' ? Date.parse(context.now) : context.now;
  const nowMs = Number.isFinite(raw) ? raw : 0;
  const timeZone = isTimeZone(context.timeZone) ? context.timeZone : 'UTC';
  return { nowMs, timeZone, today: Math.floor(localMsAt(nowMs, timeZone) / MS_PER_DAY) };
}

const atStart = (source: string) => words(`^\\s*(?:(?:${logPrefix})\\s+)?(?:(incoming|inbound|outgoing|outbound)\\s+)?(?:${source})`);
const kindAtStart = kindWords.map(([kind, source]) => [kind, atStart(source)] as const);
const followUpAtStart = atStart(followUpMarkers.filter((marker) => marker.kind === 'call' || !marker.needsDate).map((marker) => marker.words).join('|'));
const markerPatterns = followUpMarkers.map((marker) => ({ ...marker, pattern: words(marker.words) }));
const strongWith = words('avec|with|w/|chez|aupres de|aupres du|de chez|de la part de');
const leadingWith = new RegExp(`^(?:(?:${withWords})\\s+)+`, 'u');
const taskWith = words(taskWithWords);
const contactVerbAtStart = new RegExp(`^\\s*(?:${contactVerbs})\\s+`, 'u');

/** The first word: what is logged. A follow-up verb first ("relancer Dupont vendredi") is a task. */
function readKind(scan: Scan): { kind: ActivityKind; end: number; taskVerb: boolean; direction: Direction | null } | null {
  if (scan.find(followUpAtStart, { start: 0, end: scan.length })) return { kind: 'task', end: 0, taskVerb: true, direction: null };
  for (const [kind, pattern] of kindAtStart) {
    const match = scan.takeMatch(pattern, { start: 0, end: scan.length });
    if (!match) continue;
    const direction = match[1] ? (match[1].startsWith('in') ? 'inbound' : 'outbound') : null;
    return { kind, end: match.index + match[0].length, taskVerb: false, direction };
  }
  return null;
}

const compiled = <T>(choices: readonly (readonly [T, string])[]) => choices.map(([value, source]) => [value, words(source)] as const);
const outcomes = compiled(outcomeWords);
const directions = compiled(directionWords);
const priorities = compiled(priorityWords);

function readChoice<T>(scan: Scan, span: Span, choices: readonly (readonly [T, RegExp])[]): T | null {
  for (const [value, pattern] of choices) {
    if (scan.takeMatch(pattern, span)) return value;
  }
  return null;
}

/** Joins what is left of a span, without the connectors left dangling at its ends. */
function leftover(scan: Scan, span: Span, trimEdges = true): string {
  const fragments = scan.fragments(span);
  let text = '';
  fragments.forEach((fragment, index) => {
    const previous = fragments[index - 1];
    if (previous) {
      let punctuated = false;
      for (let at = previous.end; at < fragment.start; at += 1) if (scan.isClauseBreak(at)) punctuated = true;
      text += punctuated ? ', ' : ' ';
    }
    text += scan.text(fragment);
  });
  const tokens = text.split(/\s+/u).filter(Boolean);
  const isEdge = (token: string | undefined) => token !== undefined && (subjectEdgeWords.has(foldKeepingLength(token).replace(/[,;:.]+$/u, '')) || /^[\p{P}\p{S}]+$/u.test(token));
  while (trimEdges && isEdge(tokens[0])) tokens.shift();
  while (trimEdges && isEdge(tokens[tokens.length - 1])) tokens.pop();
  const joined = tokens.join(' ').replace(/[\s,;:\-–—]+$/u, '').replace(/^[\s,;:\-–—.]+/u, '');
  return capitalize(joined).slice(0, MAX_SUBJECT).trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type FollowUpFound = { followUp: QuickLogFollowUp; span: Span };

/** The first follow-up marker that plans something, and the rest of its clause. */
function readFollowUp(scan: Scan, span: Span, clock: Clock, options: { inText: boolean }): FollowUpFound | null {
  const candidates = markerPatterns
    .flatMap((marker) => {
      const found: { marker: typeof marker; match: RegExpExecArray }[] = [];
      let from = span.start;
      for (let match = scan.find(marker.pattern, { start: from, end: span.end }); match; match = scan.find(marker.pattern, { start: from, end: span.end })) {
        found.push({ marker, match });
        from = match.index + match[0].length;
      }
      return found;
    })
    .sort((a, b) => a.match.index - b.match.index);
  for (const { marker, match } of candidates) {
    if (!scan.isFree(match.index, match.index + match[0].length)) continue;
    // In a note's text, a follow-up starts a clause of its own ("…, follow up next week").
    if (options.inText && !startsClause(scan, span, match.index)) continue;
    let end = match.index + match[0].length;
    while (end < span.end && !scan.isClauseBreak(end)) end += 1;
    const part = { start: match.index, end };
    const markerEnd = match.index + match[0].length;
    const { when } = readWhen(scan, { start: markerEnd, end }, clock, { future: true, withDuration: false });
    if (nothingSaid(when) && (marker.needsDate || options.inText)) continue;
    const timing = followUpTiming(when, clock);
    const followUp = { kind: marker.kind, subject: leftover(scan, part), timing: timing ?? allDayTiming(nextWorkingDay(clock)), dateGuessed: timing === null };
    scan.take(part.start, part.end);
    return { followUp, span: part };
  }
  return null;
}

function startsClause(scan: Scan, span: Span, index: number): boolean {
  let at = index - 1;
  while (at >= span.start && scan.folded.charAt(at) === ' ') at -= 1;
  return at >= span.start && scan.isClauseBreak(at);
}

/** A follow-up at a time already past today is tomorrow's. */
function followUpTiming(when: When, clock: Clock): EventTiming | null {
  const timing = timingOf(when, null, clock);
  if (timing && !timing.allDay && when.day === null && when.instantMs === null && Date.parse(timing.start) < clock.nowMs) {
    return timingOf({ ...when, day: clock.today + 1 }, null, clock);
  }
  return timing;
}

const particle = /^(?:de|du|des|van|von|le|la|di|da|del|d')$/u;
/** Civilities are not searched for: "Mme Lefèvre" is found as "Lefèvre". */
const civility = /^(?:m\.?|mr\.?|mrs\.?|ms\.?|mme\.?|mlle\.?|mmes|mm\.|dr\.?|me\.?|monsieur|madame|mademoiselle|docteur|maitre|sir|miss)$/u;

/**
 * The name at the start of a fragment (after "avec", "with", "chez"…): up to four words,
 * capitalised ones when the line has capitals ("Jean Dupont", "Jean de La Fontaine"), two
 * otherwise; it stops at a connector ("about", "pour") or a number.
 */
function nameIn(scan: Scan, fragment: Span): Span | null {
  const folded = scan.folded.slice(fragment.start, fragment.end);
  const text = scan.text(fragment);
  const skip = leadingWith.exec(folded)?.[0].length ?? 0;
  const hasCapitals = /\p{Lu}/u.test(text);
  const tokens = [...text.matchAll(/\S+/gu)].filter((token) => token.index >= skip);
  let first = -1;
  let last = -1;
  let count = 0;
  for (let index = 0; index < tokens.length && count < 4; index += 1) {
    const token = tokens[index] as RegExpExecArray;
    const word = folded.slice(token.index, token.index + token[0].length);
    const next = tokens[index + 1]?.[0] ?? '';
    if (count === 0 && civility.test(word) && next !== '') continue;
    const joinsName = count > 0 && hasCapitals && particle.test(word) && /^\p{Lu}/u.test(next);
    if (!joinsName && (nameStops.has(word) || /^\d/u.test(word))) break;
    if (!joinsName && count > 0 && (hasCapitals ? !/^\p{Lu}/u.test(token[0]) : count >= 2)) break;
    if (first < 0) first = token.index;
    if (!joinsName) last = token.index + token[0].length;
    count += 1;
  }
  return first >= 0 && last > first ? { start: fragment.start + first, end: fragment.start + last } : null;
}

/** Who an activity is with: after "avec"/"with"/"chez" anywhere, else the words after the kind. */
function readWho(scan: Scan, span: Span, kind: { stated: boolean; guessedCall: boolean }): string | null {
  const strong = scan.find(strongWith, span);
  if (strong) {
    const clauseEnd = scan.fragments({ start: strong.index, end: span.end })[0];
    const name = clauseEnd ? nameIn(scan, { start: strong.index + strong[0].length, end: clauseEnd.end }) : null;
    if (name) {
      scan.take(strong.index, name.end);
      return scan.text(name);
    }
  }
  if (!kind.stated && !kind.guessedCall) return null;
  for (const fragment of scan.fragments(span)) {
    const name = nameIn(scan, fragment);
    if (name) {
      scan.take(fragment.start, name.end);
      return scan.text(name);
    }
  }
  return null;
}

/** Whom a task is about, left in its subject: "relancer Dupont", "send the brochure to Dupont". */
function readTaskWho(scan: Scan, span: Span, startsWithVerb: boolean): string | null {
  const verb = startsWithVerb ? contactVerbAtStart.exec(scan.folded.slice(span.start, span.end)) : null;
  if (verb) {
    const after = span.start + verb[0].length;
    const fragment = scan.fragments({ start: after, end: span.end })[0];
    const name = fragment && fragment.start === after ? nameIn(scan, fragment) : null;
    if (name) return scan.text(name);
  }
  let from = span.start;
  for (let match = scan.find(taskWith, { start: from, end: span.end }); match; match = scan.find(taskWith, { start: from, end: span.end })) {
    from = match.index + 1;
    const space = /^\s+/u.exec(scan.original.slice(match.index + match[0].length))?.[0].length ?? 0;
    const after = match.index + match[0].length + space;
    if (space === 0 || !/^\p{Lu}/u.test(scan.original.charAt(after))) continue;
    const fragment = scan.fragments({ start: after, end: span.end })[0];
    const name = fragment ? nameIn(scan, fragment) : null;
    if (name) return scan.text(name);
  }
  return null;
}

type Found = { outcome: unknown; direction: unknown; followUp: unknown; duration: number | null; priority: unknown; timing: EventTiming | null };

/** No kind word: a call when it says how one went or lasted, a meeting or a task when planned, else a note. */
function guessKind(found: Found, clock: Clock): ActivityKind {
  if (found.outcome || found.direction || found.duration !== null || found.followUp) return 'call';
  if (found.priority) return 'task';
  const timing = found.timing;
  if (timing && !timing.allDay && Date.parse(timing.start) > clock.nowMs) return 'meeting';
  if (timing?.allDay && (dayOfDate(timing.startDate) ?? clock.today) >= clock.today) return 'task';
  return 'note';
}

/** Reads a quick-log line. Never throws. */
export function parseQuickLog(line: string, context: QuickLogContext): QuickLog {
  const scan = new Scan((typeof line === 'string' ? line : '').slice(0, MAX_QUICK_LOG_LENGTH));
  const clock = clockOf(context);
  const head = readKind(scan);
  const stated = head !== null && !head.taskVerb;
  let main: Span = { start: head?.end ?? 0, end: scan.length };

  // A note's or an email's text after the colon is kept as typed.
  // (A follow-up with its date may end it: "email Durand: sent the prices, follow up next week".)
  const kindSoFar = head?.kind ?? null;
  let verbatim = '';
  let followUp: FollowUpFound | null = null;
  if (kindSoFar === 'note' || kindSoFar === 'email') {
    const colon = scan.original.indexOf(':', head?.end ?? 0);
    if (colon >= 0) {
      followUp = readFollowUp(scan, { start: colon + 1, end: scan.length }, clock, { inText: true });
      verbatim = leftover(scan, { start: colon + 1, end: scan.length }, false);
      scan.take(colon, scan.length);
      main = { start: main.start, end: colon };
    }
  }
  if (kindSoFar !== 'task') followUp ??= readFollowUp(scan, main, clock, { inText: false });
  // What is planned (a task, a meeting) is in the days ahead; what is logged, around today.
  const planned = kindSoFar === 'task' || kindSoFar === 'meeting';
  const { when, durationMinutes } = readWhen(scan, main, clock, { future: planned, withDuration: true });
  const callLike = kindSoFar === null || kindSoFar === 'call';
  const outcome = callLike ? readChoice(scan, main, outcomes) : null;
  const direction = head?.direction ?? (callLike ? readChoice(scan, main, directions) : null);
  const priority = kindSoFar === null || kindSoFar === 'task' ? readChoice(scan, main, priorities) : null;
  const timing = timingOf(when, durationMinutes, clock);
  const kind = kindSoFar ?? guessKind({ outcome, direction, followUp, duration: durationMinutes, priority, timing }, clock);

  const who =
    kind === 'task'
      ? readTaskWho(scan, main, head?.taskVerb ?? false)
      : readWho(scan, main, { stated, guessedCall: kind === 'call' && !stated });
  const header = leftover(scan, main);
  const subject = verbatim ? (header ? `${header}: ${verbatim}` : capitalize(verbatim)).slice(0, MAX_SUBJECT) : header;

  return {
    kind,
    kindStated: stated,
    who,
    durationMinutes: kind === 'task' || kind === 'note' ? null : durationMinutes,
    outcome: kind === 'call' ? (outcome ?? (followUp?.followUp.kind === 'call' ? 'callback' : null)) : null,
    direction: kind === 'call' ? direction : null,
    priority: kind === 'task' ? priority : null,
    subject,
    timing,
    followUp: followUp?.followUp ?? null,
  };
}
