import { foldText } from './text';

/**
 * Turns what the user typed into a safe FTS5 MATCH expression. Every token is quoted, so FTS5
 * syntax in user text ("Dupont AND", "\"urgent", "*", "NEAR(") is searched as words and never
 * throws. Each token is a prefix ("hel" finds "Hélène"). Phone-like input is collapsed to its
 * digits so that "06 12 34" finds "+33 6 12 34 56 78". Returns null when nothing searchable
 * remains.
 */
export function toFtsQuery(userText: string): string | null {
  const tokens = searchTokens(userText);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `"${token.replace(/"/g, '""')}"*`).join(' ');
}

const phoneLike = /^[+()\d\s.\-/]{4,}$/;

export function searchTokens(userText: string): string[] {
  const text = userText.trim();
  if (text === '') return [];
  if (phoneLike.test(text) && /\d{2}/.test(text)) {
    const digits = text.replace(/\D/g, '');
    // "+33 6 12…" is typed in international form: index holds "336…", the national form "06…".
    return digits.length > 0 ? [digits] : [];
  }
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
    .slice(0, 16);
}
