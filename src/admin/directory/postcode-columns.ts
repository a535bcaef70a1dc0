/** Sensible first choices for the postcode import, which the user can change. */
import type { Ward } from "../../core";

const POSTCODE_COLUMNS = ["pcds", "pcd", "pcd2", "pcd7", "pcd8", "postcode", "post code"];

export function guessPostcodeColumn(columns: string[]): string | undefined {
  const lower = columns.map((c) => c.trim().toLowerCase());
  for (const name of POSTCODE_COLUMNS) {
    const i = lower.indexOf(name);
    if (i >= 0) return columns[i];
  }
  return columns.find((c) => /post\s*code|pcd/i.test(c)) ?? columns[0];
}

export function guessWardColumn(columns: string[]): string | undefined {
  return (
    columns.find((c) => /^osward$/i.test(c.trim())) ??
    columns.find((c) => /^wd\d\dcd$/i.test(c.trim())) ??
    columns.find((c) => /ward|division/i.test(c)) ??
    columns[1]
  );
}

/** A ward code's ward where the code is the ward's id or its name (any capitals), else "". */
export function guessWardMapping(codes: string[], wards: readonly Ward[]): Record<string, string> {
  const byKey = new Map<string, string>();
  for (const ward of wards) {
    byKey.set(ward.id.toLowerCase(), ward.id);
    byKey.set(ward.name.toLowerCase(), ward.id);
  }
  return Object.fromEntries(
    codes.map((code) => [code, byKey.get(code.trim().toLowerCase()) ?? ""]),
  );
}

/** The number of postcodes in each shard, by outward code, for a summary. */
export function shardSummary(
  shards: Record<string, Record<string, string>>,
): { outward: string; count: number }[] {
  return Object.keys(shards)
    .sort()
    .map((outward) => ({ outward, count: Object.keys(shards[outward] ?? {}).length }));
}
