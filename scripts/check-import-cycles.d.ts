// Types for scripts/check-import-cycles.js (plain Node), for tests/lint/layers.test.ts.

/** One "Import cycle: a.ts:3 → b.ts:1 → a.ts" line per cycle among the .ts/.tsx files under dirs. */
export function checkImportCycles(dirs: string[], root?: string): string[];
export function importsOf(file: string): Array<{ specifier: string; line: number }>;
