/**
 * How alike two names are, for finding duplicates: Jaro-Winkler on words (typos near the end
 * cost less than at the start, which is how names are mistyped), compared word by word so
 * that the order does not matter ("Dupont Jean" is "Jean Dupont").
 */

/** Jaro similarity of two strings (0–1). */
function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA === 0 || lengthB === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(lengthA, lengthB) / 2) - 1);
  const matchedA = new Array<boolean>(lengthA).fill(false);
  const matchedB = new Array<boolean>(lengthB).fill(false);
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lengthB - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a[i] !== b[j]) continue;
      matchedA[i] = true;
      matchedB[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < lengthA; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  return (matches / lengthA + matches / lengthB + (matches - transpositions / 2) / matches) / 3;
}

/** Jaro-Winkler similarity (0–1): Jaro, raised for a common prefix of up to 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  if (similarity === 0) return 0;
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a[prefix] === b[prefix]) prefix++;
  return similarity + prefix * 0.1 * (1 - similarity);
}

/** Each missing or extra word ("Jean Pierre Martin" / "Jean Martin") costs this much. */
const EXTRA_WORD_FACTOR = 0.9;

/**
 * How alike two names are, given as folded words: each word of the shorter name is paired with
 * its most similar word of the other (each used once), and the name is as alike as its least
 * alike pair — "Boulangerie Dupont" and "Boulangerie Durand" share a word but are not alike.
 * 1 when both hold the same words in any order; 0 when either is empty.
 */
export function nameSimilarity(wordsA: readonly string[], wordsB: readonly string[]): number {
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const [short, long] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const used = new Array<boolean>(long.length).fill(false);
  let weakest = 1;
  // Exact words first, so that a typo is paired with what is left.
  const pending: string[] = [];
  for (const word of short) {
    const index = long.findIndex((other, i) => !used[i] && other === word);
    if (index >= 0) used[index] = true;
    else pending.push(word);
  }
  for (const word of pending) {
    let best = 0;
    let bestIndex = -1;
    for (let i = 0; i < long.length; i++) {
      if (used[i]) continue;
      const similarity = jaroWinkler(word, long[i] ?? '');
      if (similarity > best) {
        best = similarity;
        bestIndex = i;
      }
    }
    if (bestIndex >= 0) used[bestIndex] = true;
    weakest = Math.min(weakest, best);
  }
  return weakest * EXTRA_WORD_FACTOR ** (long.length - short.length);
}

/** Two names count as similar (a typo, a missing accent, a word more) from this similarity on. */
export const SIMILAR_NAME_THRESHOLD = 0.88;
