import { foldText } from '../../src-shared/domain/text';

/** True when every word typed appears, accents and case aside ("nouv cont" → "Nouveau contact"). */
export function matchesWords(text: string, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldText(text);
  return words.every((word) => folded.includes(word));
}

/** Initials for an avatar: "Hélène Lefèvre" → "HL". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.charAt(0).toUpperCase() ?? '').join('') || '?';
}
