import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityKinds, callOutcomes } from '../../../../src-shared/domain/activities';
import { followUpSchema, timingSchema } from '../../../../src-shared/contract/inputs/activities';
import { parseQuickLog, type QuickLog } from '../../../../src-shared/domain/quick-log';

const paris = 'Europe/Paris';
/** Wednesday 24 March 2027, 10:15 in Paris. */
const wednesday = '2027-03-24T09:15:00Z';

const read = (line: string, now: string = wednesday, timeZone = paris) => parseQuickLog(line, { now, timeZone });

/** The wall clock of an instant in a zone, read by Intl (a computation independent of the parser's). */
function wallClock(iso: string, timeZone: string): { date: string; time: string; weekday: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday ?? '');
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, weekday };
}

/** A calendar date plus some days, by UTC arithmetic. */
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function allDay(result: QuickLog): string | null {
  return result.timing?.allDay ? result.timing.startDate : null;
}

describe('the quick log reads the examples users type', () => {
  it('a call with its length, how it went and a follow-up, in English', () => {
    const result = read('call with Dupont, 10 min, interested, follow up Tuesday');
    expect(result).toMatchObject({ kind: 'call', kindStated: true, who: 'Dupont', durationMinutes: 10, outcome: 'interested', subject: '', timing: null });
    expect(result.followUp).toEqual({ kind: 'task', subject: 'Follow up', timing: { allDay: true, startDate: '2027-03-30', endDate: '2027-03-31' }, dateGuessed: false });
  });

  it('the same call in French, without commas', () => {
    const result = read('appel Dupont 10 min intéressé relancer mardi');
    expect(result).toMatchObject({ kind: 'call', who: 'Dupont', durationMinutes: 10, outcome: 'interested', subject: '' });
    expect(result.followUp).toMatchObject({ kind: 'task', subject: 'Relancer', timing: { allDay: true, startDate: '2027-03-30' } });
  });

  it('a meeting tomorrow at a time, for an hour', () => {
    const result = read('meeting Acme tomorrow 14h30 1h');
    expect(result).toMatchObject({ kind: 'meeting', who: 'Acme', durationMinutes: 60, subject: '' });
    expect(result.timing).toEqual({ allDay: false, start: '2027-03-25T13:30:00.000Z', end: '2027-03-25T14:30:00.000Z', timeZone: paris });
  });

  it('a note keeps its text after the colon as typed', () => {
    expect(read('note Martin: prefers email')).toMatchObject({ kind: 'note', who: 'Martin', subject: 'Prefers email', timing: null, followUp: null });
    expect(read('note Martin: rappeler le 3/4 pour le devis, urgent').subject).toBe('Rappeler le 3/4 pour le devis, urgent');
  });

  it('a task due on a day', () => {
    const result = read('task send brochure friday');
    expect(result).toMatchObject({ kind: 'task', who: null, subject: 'Send brochure', timing: { allDay: true, startDate: '2027-03-26', endDate: '2027-03-27' } });
  });
});

describe('kinds, names, outcomes', () => {
  it.each([
    ['appel Dupont', 'call'],
    ['coup de fil à Dupont', 'call'],
    ['called Dupont', 'call'],
    ['rdv Acme demain 9h', 'meeting'],
    ['rendez-vous chez Acme', 'meeting'],
    ['réunion Acme', 'meeting'],
    ['visite chez Boulangerie Dupré', 'visit'],
    ['visit Acme', 'visit'],
    ['note Martin: ok', 'note'],
    ['mail à Durand: devis envoyé', 'email'],
    ['e-mail Durand', 'email'],
    ['tâche préparer la démo', 'task'],
    ['todo prepare the demo', 'task'],
    ['log call Dupont', 'call'],
  ] as const)('"%s" is a %s', (line, kind) => {
    expect(read(line)).toMatchObject({ kind, kindStated: true });
  });

  it('guesses the kind when the first word does not say it', () => {
    expect(read('Dupont, intéressé')).toMatchObject({ kind: 'call', kindStated: false, who: 'Dupont', outcome: 'interested' });
    expect(read('Dupont 10 min')).toMatchObject({ kind: 'call', who: 'Dupont', durationMinutes: 10 });
    expect(read('send brochure friday')).toMatchObject({ kind: 'task', subject: 'Send brochure' });
    expect(read('démo avec Acme demain 15h')).toMatchObject({ kind: 'meeting', who: 'Acme', subject: 'Démo' });
    expect(read('relancer Dupont vendredi')).toMatchObject({ kind: 'task', who: 'Dupont', subject: 'Relancer Dupont', followUp: null });
    expect(read('Rappeler Jean Dupont demain 10h')).toMatchObject({ kind: 'task', who: 'Jean Dupont', subject: 'Rappeler Jean Dupont' });
    expect(read('Le client a changé de fournisseur')).toMatchObject({ kind: 'note', who: null, subject: 'Le client a changé de fournisseur' });
  });

  it.each([
    ['call with Jean Dupont about the new quote', 'Jean Dupont', 'The new quote'],
    ['appel avec Mme Lefèvre', 'Lefèvre', ''],
    ['appel M. Dupont', 'Dupont', ''],
    ['rdv démo produit chez Acme', 'Acme', 'Démo produit'],
    ['meeting at Fromagerie Lefèvre', 'Fromagerie Lefèvre', ''],
    ['appel de Jean de La Fontaine', 'Jean de La Fontaine', ''],
    ['appel dupont pour le devis', 'dupont', 'Le devis'],
    ['call w/ Smith', 'Smith', ''],
    ['task send the brochure to Dupont friday', 'Dupont', 'Send the brochure to Dupont'],
    ['tâche envoyer le devis à Hélène Martin', 'Hélène Martin', 'Envoyer le devis à Hélène Martin'],
    ['task prepare the demo', null, 'Prepare the demo'],
  ] as const)('"%s": who is %s, the subject "%s"', (line, who, subject) => {
    expect(read(line)).toMatchObject({ who, subject });
  });

  it.each([
    ['appel Dupont pas intéressé', 'not_interested'],
    ['call Dupont not interested', 'not_interested'],
    ['appel Dupont intéressée', 'interested'],
    ['appel Dupont répondeur', 'voicemail'],
    ['call Dupont left a message', 'voicemail'],
    ['appel Dupont pas de réponse', 'no_answer'],
    ['call Dupont no answer', 'no_answer'],
    ['appel Dupont faux numéro', 'wrong_number'],
    ['call Dupont wrong number', 'wrong_number'],
    ['appel Dupont joint', 'reached'],
    ['appel Dupont à rappeler', 'callback'],
    ['call Dupont call back', 'callback'],
  ] as const)('"%s" went %s', (line, outcome) => {
    const result = read(line);
    expect(result).toMatchObject({ kind: 'call', who: 'Dupont', outcome, followUp: null });
    expect(callOutcomes).toContain(result.outcome);
  });

  it('reads the direction of a call, and only a call has an outcome', () => {
    expect(read('appel entrant de Dupont')).toMatchObject({ direction: 'inbound', who: 'Dupont' });
    expect(read('outgoing call Dupont')).toMatchObject({ kind: 'call', direction: 'outbound', who: 'Dupont' });
    expect(read('call outgoing Dupont')).toMatchObject({ direction: 'outbound', who: 'Dupont' });
    expect(read('meeting Acme interested')).toMatchObject({ kind: 'meeting', outcome: null, subject: 'Interested' });
  });

  it('reads a task’s priority', () => {
    expect(read('tâche devis Acme urgent').priority).toBe('high');
    expect(read('task call the bank high priority').priority).toBe('high');
    expect(read('tâche ranger le bureau pas urgent')).toMatchObject({ priority: 'low', subject: 'Ranger le bureau' });
  });
});

describe('durations and times', () => {
  it.each([
    ['call Dupont 10 min', 10],
    ['call Dupont 10min', 10],
    ['appel Dupont 45 minutes', 45],
    ['appel Dupont 5 mn', 5],
    ['call Dupont 1h', 60],
    ['call Dupont 1h30', 90],
    ['appel Dupont 1,5 h', 90],
    ['call Dupont 2 hours', 120],
    ['appel Dupont une demi-heure', 30],
    ['appel Dupont un quart d’heure', 15],
    ['call Dupont half an hour', 30],
    ['appel Dupont pendant 6h', 360],
    ['call Dupont for 20 min', 20],
  ] as const)('"%s" lasted %i minutes', (line, minutes) => {
    expect(read(line)).toMatchObject({ durationMinutes: minutes, who: 'Dupont', subject: '' });
  });

  it.each([
    ['rdv Acme demain 14h30', '14:30'],
    ['rdv Acme demain 14:30', '14:30'],
    ['rdv Acme demain à 9h', '09:00'],
    ['rdv Acme demain 9 h 15', '09:15'],
    ['meeting Acme tomorrow 2pm', '14:00'],
    ['meeting Acme tomorrow at 2:30 pm', '14:30'],
    ['meeting Acme tomorrow 11am', '11:00'],
    ['meeting Acme tomorrow 12pm', '12:00'],
    ['meeting Acme tomorrow 12am', '00:00'],
    ['rdv Acme demain midi', '12:00'],
    ['rdv Acme demain matin', '09:00'],
    ['meeting Acme tomorrow afternoon', '14:00'],
  ] as const)('"%s" is at %s tomorrow', (line, time) => {
    const result = read(line);
    expect(result.timing?.allDay).toBe(false);
    if (result.timing?.allDay !== false) return;
    expect(wallClock(result.timing.start, paris)).toMatchObject({ date: '2027-03-25', time });
    expect(result).toMatchObject({ who: 'Acme', subject: '' });
  });

  it('reads a time range as a start and a length', () => {
    const french = read('rdv Acme demain de 14h à 15h30');
    expect(french.timing).toEqual({ allDay: false, start: '2027-03-25T13:00:00.000Z', end: '2027-03-25T14:30:00.000Z', timeZone: paris });
    const english = read('meeting Acme friday 2-3pm');
    expect(english.timing).toEqual({ allDay: false, start: '2027-03-26T13:00:00.000Z', end: '2027-03-26T14:00:00.000Z', timeZone: paris });
    expect(read('rdv Acme 14h-16h').timing).toMatchObject({ start: '2027-03-24T13:00:00.000Z', end: '2027-03-24T15:00:00.000Z' });
  });

  it('a time without a day is today; "in 2 hours" is from now', () => {
    expect(read('call Dupont 16h').timing).toMatchObject({ start: '2027-03-24T15:00:00.000Z' });
    expect(read('rappel dans 2 heures: appeler la banque')).toMatchObject({ kind: 'task', subject: 'Appeler la banque', timing: { start: '2027-03-24T11:15:00.000Z' } });
    expect(read('tâche appeler la banque dans 2 heures').timing).toMatchObject({ allDay: false, start: '2027-03-24T11:15:00.000Z' });
    expect(read('task call the bank in 30 minutes').timing).toMatchObject({ start: '2027-03-24T09:45:00.000Z' });
  });
});

describe('days', () => {
  it.each([
    ['aujourd’hui', '2027-03-24'],
    ["aujourd'hui", '2027-03-24'],
    ['today', '2027-03-24'],
    ['demain', '2027-03-25'],
    ['tomorrow', '2027-03-25'],
    ['après-demain', '2027-03-26'],
    ['the day after tomorrow', '2027-03-26'],
    ['lundi', '2027-03-29'],
    ['mercredi', '2027-03-31'],
    ['next wednesday', '2027-03-31'],
    ['jeudi prochain', '2027-03-25'],
    ['sunday', '2027-03-28'],
    ['dans 3 jours', '2027-03-27'],
    ['in 3 days', '2027-03-27'],
    ['dans deux semaines', '2027-04-07'],
    ['in a week', '2027-03-31'],
    ['dans un mois', '2027-04-24'],
    ['la semaine prochaine', '2027-03-29'],
    ['next week', '2027-03-29'],
    ['31/12', '2027-12-31'],
    ['31/12/2028', '2028-12-31'],
    ['1/4/28', '2028-04-01'],
    ['2027-05-02', '2027-05-02'],
    ['le 3 mai', '2027-05-03'],
    ['1er juin', '2027-06-01'],
    ['June 3', '2027-06-03'],
    ['3rd of June', '2027-06-03'],
    ['March 2', '2028-03-02'],
    ['vendredi 2 avril', '2027-04-02'],
  ] as const)('a task due "%s" is due on %s', (when, date) => {
    const result = read(`task prepare the samples ${when}`);
    expect(allDay(result)).toBe(date);
    expect(result.subject).toBe('Prepare the samples');
  });

  it('a date without its year is the nearest one when logging, the next one when planning', () => {
    expect(allDay(read('appel Dupont 20/3'))).toBe('2027-03-20');
    expect(allDay(read('note Dupont 2/1: commande reçue'))).toBe('2027-01-02');
    expect(allDay(read('task relancer 2/1'))).toBe('2028-01-02');
  });

  it('leaves what is not a date in the subject', () => {
    expect(read('task check invoice 31/02/2027')).toMatchObject({ timing: null, subject: 'Check invoice 31/02/2027' });
    expect(read('task order 10-12 boxes')).toMatchObject({ timing: null, subject: 'Order 10-12 boxes' });
  });

  it('is safe across daylight-saving changes in Paris', () => {
    // Saturday 27 March 2027, 23:30 in Paris; clocks go forward that night.
    const springEve = '2027-03-27T22:30:00Z';
    expect(read('rdv Acme demain 9h', springEve).timing).toMatchObject({ start: '2027-03-28T07:00:00.000Z' });
    expect(read('rdv Acme lundi 9h', springEve).timing).toMatchObject({ start: '2027-03-29T07:00:00.000Z' });
    // 02:30 does not exist that night: it moves forward by the gap.
    expect(read('rdv Acme demain à 2h30', springEve).timing).toMatchObject({ start: '2027-03-28T01:30:00.000Z' });
    // Sunday 31 October 2027, 01:30 in Paris (summer time); clocks go back at 03:00.
    const autumn = '2027-10-30T23:30:00Z';
    expect(read('task call the bank tomorrow 9h', autumn).timing).toMatchObject({ start: '2027-11-01T08:00:00.000Z' });
    expect(read('rdv Acme dans 3 jours 10h', autumn).timing).toMatchObject({ start: '2027-11-03T09:00:00.000Z' });
    expect(read('rdv Acme today 18h', autumn).timing).toMatchObject({ start: '2027-10-31T17:00:00.000Z' });
  });

  it('counts days on the user’s calendar, not UTC’s', () => {
    // 00:30 on 1 July in Paris is still 30 June in UTC.
    expect(allDay(read('task relancer demain', '2027-06-30T22:30:00Z'))).toBe('2027-07-02');
    expect(allDay(read('task relancer demain', '2027-06-30T22:30:00Z', 'America/New_York'))).toBe('2027-07-01');
  });
});

describe('follow-ups', () => {
  it('plans a call or a task, at a time or on a day', () => {
    expect(read('appel Dupont répondeur, rappeler jeudi 9h').followUp).toEqual({
      kind: 'call',
      subject: 'Rappeler',
      timing: { allDay: false, start: '2027-03-25T08:00:00.000Z', end: '2027-03-25T08:00:00.000Z', timeZone: paris },
      dateGuessed: false,
    });
    expect(read('appel Dupont, relancer dans 3 jours pour le devis').followUp).toMatchObject({ kind: 'task', subject: 'Relancer pour le devis', timing: { startDate: '2027-03-27' } });
    expect(read('call Dupont, follow up next week').followUp).toMatchObject({ timing: { startDate: '2027-03-29' } });
  });

  it('a follow-up verb without a date is the next working day; "à rappeler" alone is how the call went', () => {
    // Friday: the next working day is Monday.
    const friday = '2027-03-26T09:00:00Z';
    expect(read('appel Dupont intéressé, à relancer', friday).followUp).toMatchObject({ kind: 'task', timing: { startDate: '2027-03-29' }, dateGuessed: true });
    expect(read('appel Dupont, à rappeler')).toMatchObject({ outcome: 'callback', followUp: null });
  });

  it('a follow-up at a time already past today is tomorrow’s', () => {
    expect(read('appel Dupont, rappeler 9h').followUp?.timing).toMatchObject({ start: '2027-03-25T08:00:00.000Z' });
    expect(read('appel Dupont, rappeler 16h').followUp?.timing).toMatchObject({ start: '2027-03-24T15:00:00.000Z' });
  });

  it('a task has no follow-up of its own, and the words stay in its subject', () => {
    expect(read('task follow up with the bank friday')).toMatchObject({ kind: 'task', followUp: null, subject: 'Follow up with the bank' });
  });

  it('in a note, a follow-up needs its date', () => {
    expect(read('note Martin: wants a follow-up by email').followUp).toBeNull();
    expect(read('email Durand: sent the price list, follow up next week')).toMatchObject({ subject: 'Sent the price list', followUp: { subject: 'Follow up', timing: { startDate: '2027-03-29' } } });
  });
});

const timeZones = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'] as const;
const weekdayNames = [
  ['lundi', 'monday'],
  ['mardi', 'tuesday'],
  ['mercredi', 'wednesday'],
  ['jeudi', 'thursday'],
  ['vendredi', 'friday'],
  ['samedi', 'saturday'],
  ['dimanche', 'sunday'],
] as const;
const anyNow = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2045, 0, 1) }).map((ms) => new Date(ms).toISOString());

describe('properties', () => {
  it('a weekday is the next such day, one to seven days ahead on the user’s calendar', () => {
    fc.assert(
      fc.property(anyNow, fc.constantFrom(...timeZones), fc.integer({ min: 0, max: 6 }), fc.boolean(), (now, zone, index, french) => {
        const names = weekdayNames[index] as readonly [string, string];
        const result = read(`task order samples ${french ? names[0] : names[1]}`, now, zone);
        const today = wallClock(now, zone);
        const date = allDay(result);
        expect(date).not.toBeNull();
        const ahead = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today.date}T00:00:00Z`)) / 86_400_000;
        expect(ahead).toBeGreaterThanOrEqual(1);
        expect(ahead).toBeLessThanOrEqual(7);
        expect((today.weekday + ahead) % 7).toBe(index);
      }),
      { numRuns: 300 },
    );
  });

  it('"tomorrow at H:MM" is that wall clock on the next day of the user’s calendar', () => {
    fc.assert(
      fc.property(anyNow, fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Tokyo'), fc.integer({ min: 7, max: 21 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('h', ':'), (now, zone, hour, minute, separator) => {
        const clock = `${hour}${separator}${String(minute).padStart(2, '0')}`;
        const result = read(`rdv Acme demain ${clock}`, now, zone);
        if (result.timing?.allDay !== false) throw new Error(`no time in ${JSON.stringify(result)}`);
        expect(wallClock(result.timing.start, zone)).toMatchObject({ date: plusDays(wallClock(now, zone).date, 1), time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` });
      }),
      { numRuns: 300 },
    );
  });

  it('"dans N jours" / "in N days" is N days after today', () => {
    fc.assert(
      fc.property(anyNow, fc.constantFrom(...timeZones), fc.integer({ min: 0, max: 400 }), fc.boolean(), (now, zone, days, french) => {
        const result = read(french ? `tâche relancer la banque dans ${days} jours` : `task ring the bank in ${days} days`, now, zone);
        expect(allDay(result)).toBe(plusDays(wallClock(now, zone).date, days));
      }),
      { numRuns: 200 },
    );
  });

  it('every real date written day first, with its year, is read back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true }), fc.constantFrom('/', '.', '-'), (date, separator) => {
        const iso = date.toISOString().slice(0, 10);
        const [year, month, day] = iso.split('-');
        const result = read(`task renew the contract ${day}${separator}${month}${separator}${year}`);
        expect(allDay(result)).toBe(iso);
        expect(result.subject).toBe('Renew the contract');
      }),
      { numRuns: 300 },
    );
  });

  it('what is not understood stays in the subject, as typed', () => {
    const harmless = fc.constantFrom('brochure', 'catalogue', 'samples', 'contract', 'Tarifs', 'proposition', 'échantillons', 'remise', 'Q3', 'commande', 'livraison');
    fc.assert(
      fc.property(fc.array(harmless, { minLength: 1, maxLength: 6 }), fc.constantFrom('demain', 'friday', 'dans 3 jours', '31/12', ''), (parts, when) => {
        const text = parts.join(' ');
        const result = read(`task ${text} ${when}`.trim());
        expect(result.subject).toBe(text.charAt(0).toUpperCase() + text.slice(1));
      }),
    );
  });

  const vocabulary = fc.constantFrom(
    'appel', 'call', 'rdv', 'meeting', 'note', 'task', 'tâche', 'email', 'avec', 'with', 'chez', 'Dupont', 'Acme', 'M.', 'de', 'à', ':', ',', '.', '-', 'demain', 'tomorrow',
    'lundi', 'friday', 'next', 'prochain', 'dans', 'in', '3', 'jours', 'days', 'semaine', '10', 'min', '1h', '14h30', '2pm', '25:99', '31/12', '31/02/2027', '2027-13-45',
    'intéressé', 'pas', 'not', 'interested', 'répondeur', 'relancer', 'follow', 'up', 'rappeler', 'urgent', 'de 14h à', '15h', 'matin', 'midi', '99999 min', '\u00a0', '’', '🙂',
  );

  it('never throws, and whatever it reads is valid for activities.create', () => {
    const line = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.array(vocabulary, { maxLength: 14 }).map((parts) => parts.join(' ')));
    fc.assert(
      fc.property(line, anyNow, fc.constantFrom(...timeZones, 'Not/AZone'), (text, now, zone) => {
        const result = parseQuickLog(text, { now, timeZone: zone });
        expect(activityKinds).toContain(result.kind);
        expect(typeof result.subject).toBe('string');
        expect(result.subject.length).toBeLessThanOrEqual(300);
        if (result.durationMinutes !== null) expect(Number.isInteger(result.durationMinutes) && result.durationMinutes >= 0 && result.durationMinutes <= 1440).toBe(true);
        if (result.timing) expect(timingSchema.safeParse(result.timing).success).toBe(true);
        if (result.followUp) {
          expect(result.followUp.subject.trim()).not.toBe('');
          expect(followUpSchema.safeParse({ kind: result.followUp.kind, subject: result.followUp.subject, timing: result.followUp.timing }).success).toBe(true);
        }
        if (result.who !== null) expect(result.who.trim()).not.toBe('');
      }),
      { numRuns: 600 },
    );
  }, 60_000);

  it('is quick on long lines', () => {
    const line = 'appel Dupont intéressé relancer mardi 10 min '.repeat(200);
    const started = performance.now();
    const result = read(line);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.kind).toBe('call');
  });
});
