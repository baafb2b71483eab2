import { faker as fakerFr } from '@faker-js/faker/locale/fr';
import type { Country } from './context';
import { britishCities, britishStreets, frenchCities, frenchStreetTypes, type City } from './data/places';
import { popularityTable, weightedTable, type Rng } from './rng';

/** The street names every French town has, then Paris's (from faker's French locale). */
const commonFrenchStreetNames = [
  'de la République', 'Victor Hugo', 'Jean Jaurès', 'du Général de Gaulle', 'Pasteur', 'de la Gare', 'des Écoles',
  'du Moulin', "de l'Église", 'Gambetta', 'Jean Moulin', 'Voltaire', 'du Maréchal Foch', 'des Tilleuls',
  'du 8 Mai 1945', 'de la Liberté', 'Émile Zola', 'des Lilas', 'du Château', 'Anatole France',
];
const frenchStreetNames: readonly string[] = [
  ...commonFrenchStreetNames,
  ...(fakerFr.definitions.location.street_suffix ?? []),
];

const pickFrenchCity = popularityTable(frenchCities, 0.9);
const pickBritishCity = popularityTable(britishCities, 0.9);
const pickStreetType = weightedTable(frenchStreetTypes);
const pickFrenchStreetName = popularityTable(frenchStreetNames, 0.5);

export function pickCity(rng: Rng, country: Country): City {
  return country === 'FR' ? pickFrenchCity(rng) : pickBritishCity(rng);
}

export function postcodeIn(rng: Rng, city: City, country: Country): string {
  const base = rng.pick(city.postcodes);
  if (country === 'FR') return base;
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return `${base} ${rng.between(1, 9)}${letters.charAt(rng.int(letters.length))}${letters.charAt(rng.int(letters.length))}`;
}

export function streetLine(rng: Rng, country: Country): string {
  if (country === 'GB') return `${rng.between(1, 180)} ${rng.pick(britishStreets)}`;
  const number = rng.between(1, 140);
  const suffix = rng.chance(0.05) ? ' bis' : '';
  return `${number}${suffix} ${pickStreetType(rng)} ${pickFrenchStreetName(rng)}`;
}
