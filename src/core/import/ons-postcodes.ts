/**
 * Postcode → ward shards from an ONS Postcode Directory (ONSPD) style CSV: the administrator
 * picks the postcode column (pcd, pcd2 or pcds) and the ward column (osward), then maps each ward
 * code they want to a ward id of the directory (the GSS code itself, or the ward's slug). Rows
 * whose ward code is not mapped are skipped and counted: the national file covers every ward in
 * the country. The result is the directory's shard layout: postcodes/GU16.json and so on.
 */
import { toOutcode } from "postcode";
import { normalisePostcode } from "../directory/postcodes";
import { forEachCsvRow, headerKey, type CsvRow } from "./csv-rows";
import { ImportError } from "./errors";
import { isValidId, plural } from "./text";
import type { ImportWarning } from "./types";
import { entriesOf } from "../builtins";

/** Individual warnings about bad rows stop here; a summary line gives the rest. */
const MAX_ROW_WARNINGS = 20;
const SOURCE = "the postcode CSV";

/** The CSV's header cells, trimmed ([] for an empty text). */
export function csvColumns(csv: string): string[] {
  let columns: string[] = [];
  forEachCsvRow(csv, SOURCE, (row) => {
    columns = row.cells;
    return false;
  });
  return columns;
}

/** The index of a column, matched ignoring case and punctuation; throws when there is none. */
function columnIndex(header: CsvRow, column: string): number {
  const key = headerKey(column);
  const index = header.cells.findIndex((cell) => headerKey(cell) === key);
  if (index < 0) {
    throw new ImportError(
      SOURCE,
      `has no column "${column}" (the columns are ${header.cells.map((c) => `"${c}"`).join(", ")})`,
      header.line,
    );
  }
  return index;
}

/** Distinct non-empty values of a column, in the order first met, at most `limit` of them. */
export function distinctValues(csv: string, column: string, limit = 1000): string[] {
  const values = new Set<string>();
  let index: number | undefined;
  forEachCsvRow(csv, SOURCE, (row) => {
    if (index === undefined) {
      index = columnIndex(row, column);
      return true;
    }
    const value = row.cells[index] ?? "";
    if (value !== "") values.add(value);
    return values.size < limit;
  });
  return [...values];
}

export interface PostcodeShards {
  /** Outward code → { full postcode → ward id }, both sorted: { "GU16": { "GU16 6AA": "frimley-green" } }. */
  shards: Record<string, Record<string, string>>;
  /** Postcodes written. */
  count: number;
  /** Rows not written: unmapped ward code, invalid postcode, or a postcode already written. */
  skipped: number;
  warnings: ImportWarning[];
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const record: Record<string, T> = {};
  for (const [key, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    record[key] = value;
  }
  return record;
}

/**
 * The postcode shards for the mapped wards. Postcodes are normalised to the shard files' form
 * ("gu166aa" → "GU16 6AA"); a postcode listed twice keeps its first ward.
 */
export function postcodeShardsFromCsv(
  csv: string,
  columns: { postcode: string; ward: string },
  wardMapping: Record<string, string>,
): PostcodeShards {
  const mapping = new Map<string, string>();
  for (const [code, wardId] of entriesOf(wardMapping)) {
    if (wardId.trim() === "") continue;
    if (!isValidId(wardId.trim())) {
      throw new ImportError("the ward mapping", `"${wardId}" (for ${code}) cannot be a ward id`);
    }
    mapping.set(code.trim(), wardId.trim());
  }
  const warnings: ImportWarning[] = [];
  let rowWarnings = 0;
  const warnRow = (line: number, message: string) => {
    if (++rowWarnings <= MAX_ROW_WARNINGS) warnings.push({ line, message });
  };
  const wardByPostcode = new Map<string, string>();
  let skipped = 0;
  let unmapped = 0;
  let indexes: { postcode: number; ward: number } | undefined;
  forEachCsvRow(csv, SOURCE, (row) => {
    if (!indexes) {
      indexes = {
        postcode: columnIndex(row, columns.postcode),
        ward: columnIndex(row, columns.ward),
      };
      return;
    }
    const wardId = mapping.get(row.cells[indexes.ward] ?? "");
    if (wardId === undefined) {
      skipped++;
      unmapped++;
      return;
    }
    const raw = row.cells[indexes.postcode] ?? "";
    const postcode = normalisePostcode(raw);
    const earlier = postcode === undefined ? undefined : wardByPostcode.get(postcode);
    if (postcode === undefined) {
      skipped++;
      warnRow(row.line, `"${raw}" is not a valid postcode: skipped`);
    } else if (earlier !== undefined) {
      skipped++;
      if (earlier !== wardId)
        warnRow(row.line, `${postcode} is listed again (for "${wardId}"): kept "${earlier}"`);
    } else {
      wardByPostcode.set(postcode, wardId);
    }
  });
  if (!indexes) throw new ImportError(SOURCE, "is empty (no header row)");
  if (rowWarnings > MAX_ROW_WARNINGS) {
    warnings.push({
      message: `${plural(rowWarnings - MAX_ROW_WARNINGS, "more row")} skipped for the same reasons`,
    });
  }
  if (unmapped > 0) {
    warnings.push({
      message: `${plural(unmapped, "row")} skipped: the ward code is not mapped to a ward`,
    });
  }
  const byOutward = new Map<string, [string, string][]>();
  for (const [postcode, wardId] of wardByPostcode) {
    const outward = toOutcode(postcode) ?? postcode.split(" ")[0] ?? postcode;
    const list = byOutward.get(outward) ?? [];
    list.push([postcode, wardId]);
    byOutward.set(outward, list);
  }
  const shards = sortedRecord(
    [...byOutward].map(([outward, list]): [string, Record<string, string>] => [
      outward,
      sortedRecord(list),
    ]),
  );
  return { shards, count: wardByPostcode.size, skipped, warnings };
}
