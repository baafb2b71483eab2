/**
 * How many hits each group of results shows (groups in display order: contacts and companies,
 * deals, activities), given how many each found. Every group after the first is sure of a
 * quarter of the places, so that 300,000 activities never push the records out and a name that
 * matches 30 contacts still shows its deals; the first group takes the rest, and places a group
 * leaves empty go to the others, in order.
 */
export function shareOfHits(found: readonly number[], limit: number): number[] {
  const reserved = Math.floor(limit / 4);
  const shown = found.map((count, index) => (index === 0 ? 0 : Math.min(count, reserved)));
  let left = limit - shown.reduce((sum, count) => sum + count, 0);
  for (let index = 0; index < found.length && left > 0; index++) {
    const more = Math.min((found[index] ?? 0) - (shown[index] ?? 0), left);
    shown[index] = (shown[index] ?? 0) + more;
    left -= more;
  }
  return shown;
}
