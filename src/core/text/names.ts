/** Lists of names in sentences, for findings and the task pane's fix text. */

/** "A", "A and B", "A, B and C", "A, B, C and 2 others". */
export function joinNames(names: readonly string[], most = 4): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? "";
  if (unique.length > most) {
    const rest = unique.length - (most - 1);
    return `${unique.slice(0, most - 1).join(", ")} and ${rest} others`;
  }
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

/** Pick the right verb for a list of names: "is"/"are". */
export function isOrAre(count: number): string {
  return count === 1 ? "is" : "are";
}

/** Pick the right verb for a list of names: "was"/"were". */
export function wasOrWere(count: number): string {
  return count === 1 ? "was" : "were";
}
