/**
 * The quick log's vocabulary, French and English, written folded (lower case, no accents) as
 * the scanner matches it. Longer phrases come before the shorter ones they contain.
 */
import type { ActivityKind, CallOutcome, Direction, TaskPriority } from './activities';

/** The word that says what is logged, first on the line ("appel", "meeting", "task"…). */
export const kindWords: readonly (readonly [ActivityKind, string])[] = [
  ['call', "coup de fil|coup de telephone|appels?|appele|appelee|appeler|tel|telephone|call|calls|called|phoned?|rang|ring"],
  ['meeting', "rdv|rendez[ -]vous|reunion|rencontre|rencontree|meeting|meet|met|appointment|appt|visio|visioconference|video call|zoom|teams"],
  ['visit', "visite|visiter|visited|visit|passage"],
  ['note', "note|noter|nota|memo|nb"],
  ['email', "e-?mails?|e-?mailed|mail|mailed|courriel|mel"],
  ['task', "taches?|todo|to-do|to do|a faire|task|tasks|rappel|reminder|remind me(?: to)?"],
];

/** Words in front of the kind that say "log this" and nothing more. */
export const logPrefix = 'log|logged|j\'ai eu|eu|had|new|nouveau|nouvelle|nouvel';

/** How a call went; negatives before the positives they contain. */
export const outcomeWords: readonly (readonly [CallOutcome, string])[] = [
  ['not_interested', 'pas interess(?:e|ee|es|ees)|non interess(?:e|ee|es|ees)|pas interessant|not interested|uninterested|no interest|refus|refuse|declined'],
  ['wrong_number', 'faux numero|mauvais numero|erreur de numero|wrong number|wrong no'],
  ['no_answer', 'pas de reponse|sans reponse|ne repond pas|n\'a pas repondu|pas repondu|injoignable|no answer|no reply|didn\'?t answer|did not answer|not answered|unanswered|unreachable'],
  ['voicemail', 'repondeur|messagerie|message laisse|laisse (?:un )?message|left (?:a )?(?:voice ?mail|message|vm)|voice ?mail|vm'],
  ['interested', 'tres interess(?:e|ee|es|ees)|interess(?:e|ee|es|ees)|interested|very interested|keen'],
  ['reached', 'joint|jointe|a repondu|answered|reached|got through|spoke to|spoke with|talked to|talked with'],
  ['callback', 'a rappeler|rappellera|va rappeler|call me back|will call back|calling back|call back|callback|rappeler'],
];

export const directionWords: readonly (readonly [Direction, string])[] = [
  ['inbound', 'entrant|recu|incoming|inbound|received'],
  ['outbound', 'sortant|emis|passe|outgoing|outbound'],
];

export const priorityWords: readonly (readonly [TaskPriority, string])[] = [
  ['low', 'pas urgent|pas urgente|not urgent|priorite basse|basse priorite|faible priorite|low priority|low prio|peu important'],
  ['high', 'tres urgent|urgent|urgente|important|importante|prioritaire|priorite haute|haute priorite|high priority|high prio|asap'],
];

/**
 * What starts the follow-up part of a line ("…, follow up Tuesday"): a task or a call to plan.
 * Verbs make a follow-up on their own (the next working day when no date is given); nouns and
 * "call back" need a date ("rappel vendredi"), without one "à rappeler" is how the call went.
 */
export const followUpMarkers: readonly { kind: 'task' | 'call'; words: string; needsDate: boolean }[] = [
  { kind: 'task', words: 'a relancer|relancer|recontacter|faire un suivi|follow[ -]?up|followup|check back', needsDate: false },
  { kind: 'call', words: 'a rappeler|rappeler|call back|callback|call again', needsDate: true },
  { kind: 'task', words: 'relance|rappel|reminder', needsDate: true },
];

/** Before the name of whoever an activity is with. */
export const withWords = 'avec|with|w/|chez|aupres de|aupres du|aupres des|de chez|from|de la part de|de|du|des|to|a|au|aux|at';

/** Before the name a task is about ("send the brochure to Dupont"). */
export const taskWithWords = 'avec|with|chez|pour|for|to|a|au|aux|aupres de';

/** Verbs that start a task and are followed by the person ("relancer Dupont"). */
export const contactVerbs = 'relancer|rappeler|appeler|recontacter|contacter|ecrire a|voir|rencontrer|visiter|call|phone|ring|email|e-mail|mail|follow up with|follow up|contact|see|meet|visit|write to';

/** Words after which a name stops ("call Dupont about the quote"). */
export const nameStops = new Set([
  'about', 're', 'regarding', 'concerning', 'for', 'pour', 'sur', 'au', 'concernant', 'a', 'and', 'et', 'qui', 'who', 'que', 'that', 'to', 'on', 'le', 'la', 'les', 'des', 'du', 'un', 'une', 'the', 'this', 'ce', 'cette', 'in', 'dans', 'en',
]);

/** Connector words that mean nothing at either end of a subject once dates and names are gone. */
export const subjectEdgeWords = new Set([
  'with', 'avec', 'and', 'et', 'at', 'a', 'au', 'aux', 'to', 'on', 'for', 'pour', 'de', 'about', 're', 'regarding', 'concernant', 'sur', 'chez', 'from', 'then', 'puis', 'ensuite', 'by', 'par', 'in', 'dans', 'en', 'w/',
]);

/** Numbers written out, for "dans trois jours" / "in two weeks". */
export const numberWords: Readonly<Record<string, number>> = {
  un: 1, une: 1, one: 1, a: 1, an: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, cinq: 5, five: 5, six: 6, sept: 7, seven: 7, huit: 8, eight: 8,
  neuf: 9, nine: 9, dix: 10, ten: 10, onze: 11, eleven: 11, douze: 12, twelve: 12, quinze: 15, fifteen: 15, vingt: 20, twenty: 20, trente: 30, thirty: 30,
};

/** Days of the week, Monday first (0 = Monday, as civil.ts counts). */
export const weekdayNames: readonly string[] = ['lundi|monday', 'mardi|tuesday|tues', 'mercredi|wednesday', 'jeudi|thursday|thurs', 'vendredi|friday', 'samedi|saturday', 'dimanche|sunday'];

/** Months, January first, with their usual abbreviations. */
export const monthNames: readonly string[] = [
  'janvier|janv|january|jan',
  'fevrier|fevr|fev|february|feb',
  'mars|march|mar',
  'avril|avr|april|apr',
  'mai|may',
  'juin|june|jun',
  'juillet|juil|july|jul',
  'aout|august|aug',
  'septembre|sept|sep|september',
  'octobre|oct|october',
  'novembre|nov|november',
  'decembre|dec|december',
];
