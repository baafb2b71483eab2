/** Text for HTML: every character that could open markup or end an attribute, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A CSS string literal ("…") for `content:`: every character outside plain letters, digits and
 * spaces as a hexadecimal escape, so no text can close the string, the rule or the <style> element.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text, (character) =>
    /[\p{L}\p{N} ]/u.test(character) ? character : `\\${(character.codePointAt(0) ?? 0).toString(16)} `,
  ).join('');
  return `"${escaped}"`;
}
