import type { Row } from '../../db/synced-tables';
import type { PhoneNumber } from '../../../src-shared/domain/phone';
import { pickCity, postcodeIn, streetLine } from './addresses';
import { createdMsAt, type CompanyRef, type Country, type SeedContext } from './context';
import {
  companySizes,
  englishBrandWords,
  englishTrades,
  frenchBrandRoots,
  frenchLegalForms,
  frenchPlaceNames,
  frenchSectorWords,
  frenchTrades,
} from './data/business';
import { englishLastNames, frenchLastNames } from './data/names';
import type { City } from './data/places';
import { britishLandline, frenchLandline } from './phones';
import { popularityTable, weightedTable, type Rng } from './rng';
import { generateSiret, generateUkCompanyNumber } from './siret';
import { domainLabel, isoInstant, jsonList } from './text';

export type CompanyDraft = { ref: CompanyRef; values: Row };

const pickFrenchLastName = popularityTable(frenchLastNames);
const pickEnglishLastName = popularityTable(englishLastNames);
const pickLegalForm = weightedTable(frenchLegalForms);
const pickSize = weightedTable(companySizes);

type NameParts = { name: string; core: string; industry: string };

function frenchCompanyName(rng: Rng): NameParts {
  const shape = rng.int(10);
  let core: string;
  let industry: string;
  if (shape < 4) {
    const [trade, sector] = rng.pick(frenchTrades);
    core = `${trade} ${pickFrenchLastName(rng)}`;
    industry = sector;
  } else if (shape < 6) {
    const [trade, sector] = rng.pick(frenchTrades);
    core = `${trade} ${rng.pick(frenchPlaceNames)}`;
    industry = sector;
  } else if (shape < 8) {
    const [word, sector] = rng.pick(frenchSectorWords);
    core = `${rng.pick(frenchBrandRoots)} ${word}`;
    industry = sector;
  } else {
    const family = pickFrenchLastName(rng);
    core = rng.pick([`${family} & Fils`, `${family} Frères`, `${family} et Associés`, `Groupe ${family}`]);
    industry = rng.pick(frenchSectorWords)[1];
  }
  const name = rng.chance(0.85) ? `${core} ${pickLegalForm(rng)}` : core;
  return { name, core, industry };
}

function englishCompanyName(rng: Rng): NameParts {
  const [trade, industry] = rng.pick(englishTrades);
  const shape = rng.int(3);
  const core =
    shape === 0
      ? `${pickEnglishLastName(rng)} ${trade}`
      : shape === 1
        ? `${rng.pick(englishBrandWords)} ${trade}`
        : `${pickEnglishLastName(rng)} & Sons`;
  const suffix = rng.weighted([
    ['Ltd', 80],
    ['plc', 5],
    ['LLP', 10],
    ['', 5],
  ] as const);
  return { name: suffix ? `${core} ${suffix}` : core, core, industry };
}

function companyPhones(rng: Rng, country: Country, city: City): PhoneNumber[] {
  const phones: PhoneNumber[] = [];
  if (rng.chance(0.9)) phones.push(country === 'FR' ? frenchLandline(rng, city) : britishLandline(rng, city));
  if (country === 'FR' && rng.chance(0.08)) phones.push(frenchLandline(rng, city, 'fax'));
  return phones;
}

function legalId(rng: Rng, country: Country): string | null {
  if (country === 'FR') return rng.chance(0.9) ? generateSiret(rng) : null;
  return rng.chance(0.7) ? generateUkCompanyNumber(rng, rng.chance(0.1)) : null;
}

/** Company `index` of `count`: name, legal id, industry, size, web, addresses, phones, parent. */
export function generateCompany(ctx: SeedContext, index: number, count: number): CompanyDraft {
  const { rng } = ctx;
  const createdMs = createdMsAt(ctx, index, count);
  const id = rng.uuid7(createdMs);
  const country: Country = rng.chance(0.82) ? 'FR' : 'GB';
  const { name, core, industry } = country === 'FR' ? frenchCompanyName(rng) : englishCompanyName(rng);
  const city = pickCity(rng, country);
  const tld = country === 'FR' ? (rng.chance(0.8) ? 'fr' : 'com') : rng.chance(0.8) ? 'co.uk' : 'com';
  const domain = rng.chance(0.8) ? `${domainLabel(core, country === 'FR' ? 'et' : 'and')}.${tld}` : null;
  const addresses = [{ kind: 'head_office', street: streetLine(rng, country), postcode: postcodeIn(rng, city, country), city: city.name, country }];
  if (rng.chance(0.12)) {
    const other = pickCity(rng, country);
    addresses.push({
      kind: rng.chance(0.5) ? 'billing' : 'delivery',
      street: streetLine(rng, country),
      postcode: postcodeIn(rng, other, country),
      city: other.name,
      country,
    });
  }
  const sameCountry = ctx.companies[country];
  const parent = sameCountry.length > 10 && rng.chance(0.05) ? rng.pick(sameCountry) : undefined;
  const emails = domain && rng.chance(0.6) ? [{ label: 'work', address: `${country === 'FR' ? 'contact' : 'info'}@${domain}` }] : [];
  const values: Row = {
    created_at: isoInstant(createdMs),
    name,
    legal_id: legalId(rng, country),
    industry: rng.chance(0.92) ? industry : null,
    size: rng.chance(0.85) ? pickSize(rng) : null,
    website: domain && rng.chance(0.9) ? `https://www.${domain}` : null,
    addresses: JSON.stringify(addresses),
    phones: jsonList(companyPhones(rng, country, city)),
    emails: jsonList(emails),
    parent_company_id: parent?.id ?? null,
    owner_id: ctx.pickOwner(rng),
    notes: rng.chance(0.1) ? (country === 'FR' ? `Client depuis ${new Date(createdMs).getUTCFullYear()}.` : `Customer since ${new Date(createdMs).getUTCFullYear()}.`) : null,
  };
  return { ref: { id, name, country, city, domain, createdMs }, values };
}
