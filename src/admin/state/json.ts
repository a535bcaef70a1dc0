/** JSON helpers for the editor's plain data (the two config files are JSON-shaped throughout). */

/** A deep copy through JSON: also drops `undefined` properties, as the exported file would. */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The file as it is downloaded: two-space indent and a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
