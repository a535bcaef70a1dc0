/** CSV reading shared by the directory and postcode importers: papaparse, with line numbers. */
import Papa from "papaparse";
import { ImportError } from "./errors";

export interface CsvRow {
  /** The line the row starts on (1 = the first line of the file). */
  line: number;
  /** The cells, trimmed. */
  cells: string[];
}

/**
 * Calls `visit` for each non-blank row, in order, until it returns false. A byte-order mark,
 * CRLF line ends and blank lines are fine; the delimiter is always "," because cells use ";"
 * between several addresses or wards (auto-detection could mistake it for the delimiter).
 * Throws an ImportError naming the line of an unterminated quote.
 */
export function forEachCsvRow(
  csv: string,
  source: string,
  visit: (row: CsvRow) => boolean | void,
): void {
  const text = csv.startsWith("\ufeff") ? csv.slice(1) : csv;
  let rowStart = 0;
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    step: (results, parser) => {
      // meta.cursor is where the row ends (after its line break): the next row starts there.
      for (; counted < rowStart; counted++) if (text.charCodeAt(counted) === 10) line++;
      rowStart = results.meta.cursor;
      const error = results.errors[0];
      if (error) {
        parser.abort();
        throw new ImportError(source, `is not valid CSV (${error.message})`, line);
      }
      const cells = results.data.map((cell) => cell.trim());
      if (cells.every((cell) => cell === "")) return;
      if (visit({ line, cells }) === false) parser.abort();
    },
  });
}

/** A header's comparable form: "E-mail Address" → "e mail address". */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The first row and the ones after it. Throws an ImportError when there is no header row. */
export function readCsv(csv: string, source: string): { header: CsvRow; rows: CsvRow[] } {
  let header: CsvRow | undefined;
  const rows: CsvRow[] = [];
  forEachCsvRow(csv, source, (row) => {
    if (header) rows.push(row);
    else header = row;
  });
  if (!header) throw new ImportError(source, "is empty (no header row)");
  return { header, rows };
}
