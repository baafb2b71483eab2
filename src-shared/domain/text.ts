/**
 * Folds text for comparison and sorting: lower case, no diacritics ("Hélène" → "helene"),
 * collapsed spaces. French names sort and match the way users expect with it.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Dupont", "Hélène" → "dupont helene": the key contact lists sort on. */
export function personSortKey(lastName: string | null, firstName: string | null): string {
  return foldText(`${lastName ?? ''} ${firstName ?? ''}`);
}

export function personDisplayName(firstName: string | null, lastName: string | null): string {
  return [firstName, lastName].filter((part) => part && part.trim() !== '').join(' ');
}
