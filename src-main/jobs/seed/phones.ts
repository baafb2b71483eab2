import type { PhoneLabel, PhoneNumber } from '../../../src-shared/domain/phone';
import type { City } from './data/places';
import { weightedTable, type Rng } from './rng';

/** How people type a French number: mostly spaced pairs, sometimes packed, dotted or international. */
const frenchStyle = weightedTable([
  ['pairs', 70],
  ['packed', 15],
  ['dots', 10],
  ['international', 5],
] as const);

function pairs(digits: string, separator: string): string {
  return digits.match(/../g)?.join(separator) ?? digits;
}

function frenchNumber(rng: Rng, national: string, label: PhoneLabel): PhoneNumber {
  const e164 = `+33${national.slice(1)}`;
  const style = frenchStyle(rng);
  const raw =
    style === 'pairs'
      ? pairs(national, ' ')
      : style === 'packed'
        ? national
        : style === 'dots'
          ? pairs(national, '.')
          : `+33 ${national.slice(1, 2)} ${pairs(national.slice(2), ' ')}`;
  return { label, raw, e164 };
}

/** A French mobile: 06 (any second digit) or 07 followed by 3–9, the assigned ranges. */
export function frenchMobile(rng: Rng): PhoneNumber {
  const national = rng.chance(0.75) ? `06${rng.digits(8)}` : `07${rng.between(3, 9)}${rng.digits(7)}`;
  return frenchNumber(rng, national, 'mobile');
}

/** A French landline in the region's zone (01 Île-de-France … 05 south-west), or a 09 box line. */
export function frenchLandline(rng: Rng, city: City, label: PhoneLabel = 'work'): PhoneNumber {
  const prefix = rng.chance(0.15) ? '09' : city.area;
  return frenchNumber(rng, `${prefix}${rng.between(1, 9)}${rng.digits(7)}`, label);
}

const britishMobilePrefixes = ['071', '072', '073', '074', '075', '078'] as const;

/** Writes a British national number the usual way: "07911 123456", "020 7946 0123", "0161 496 0123". */
function britishRaw(national: string, areaLength: number): string {
  if (areaLength === 3) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  if (areaLength === 4) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}

/**
 * British ranges are uneven; the prefixes and first local digits used here are all assigned
 * ranges (a test checks a large sample against the app's own parser), so E.164 is derived directly.
 */
function britishNumber(national: string, areaLength: number, label: PhoneLabel): PhoneNumber {
  return { label, raw: britishRaw(national, areaLength), e164: `+44${national.slice(1)}` };
}

export function britishMobile(rng: Rng): PhoneNumber {
  const prefix = rng.pick(britishMobilePrefixes);
  return britishNumber(`${prefix}${rng.digits(11 - prefix.length)}`, 5, 'mobile');
}

export function britishLandline(rng: Rng, city: City, label: PhoneLabel = 'work'): PhoneNumber {
  const starts = city.localStarts ?? '2345678';
  const national = `${city.area}${starts.charAt(rng.int(starts.length))}${rng.digits(11 - city.area.length - 1)}`;
  return britishNumber(national, city.area.length, label);
}
