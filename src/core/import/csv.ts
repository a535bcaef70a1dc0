/**
 * A member list kept as a spreadsheet (CSV) as a directory.json. One row per member:
 *
 *   name,emails,wards,party,roles
 *   Jane Doe,jane.doe@council.example;jd@home.example,Frimley Green,Independent,portfolio-holder: Portfolio Holder for Planning
 *
 * Headers are matched ignoring case and punctuation, with common variants ("Email", "E-mail
 * address", "Ward", "Division"); "id" is optional and keeps a member's id. Several addresses or
 * wards in a cell are separated by ";". A role is "kind: title" or just the title, whose kind is
 * then worked out as for ModernGov key posts. A ward cell may hold a ward's name or, with --base,
 * its id. Other columns are ignored with a warning (a phone or home address column never reaches
 * the directory). A member on several rows (same name and a shared address or id) is one member.
 */
import type { Role, RoleKind } from "../directory/types";
import { buildDirectory, requestedId } from "./build";
import { headerKey, readCsv, type CsvRow } from "./csv-rows";
import { ImportError } from "./errors";
import { cleanMemberName } from "./person-name";
import { addRole, ROLE_KINDS, roleFromPost } from "./roles";
import { cleanText, splitEmails } from "./text";
import type { ImportedMember, ImportOptions, ImportResult, ImportWarning } from "./types";

/** A header row and two example rows (invented people, reserved .example domains). */
export const DIRECTORY_CSV_TEMPLATE =
  "name,emails,wards,party,roles\n" +
  "Jane Doe,jane.doe@surreyheath-council.example;jane.doe@home.example,Frimley Green,Independent," +
  '"leader: Leader of the Council; portfolio-holder: Portfolio Holder for Finance"\n' +
  "John Smith,john.smith@surreyheath-council.example,Mytchett & Deepcut,Liberal Democrats," +
  "committee-chair: Chair of the Planning Applications Committee\n";

type Field = "id" | "name" | "emails" | "wards" | "party" | "roles";

/** Accepted headers for each field, in comparable form (see headerKey). */
const HEADERS: Record<Field, readonly string[]> = {
  id: ["id", "member id"],
  name: ["name", "full name", "member", "member name", "councillor", "councillor name"],
  emails: ["email", "emails", "e mail", "email address", "email addresses", "e mail address"],
  wards: ["ward", "wards", "division", "divisions", "ward name", "electoral division"],
  party: ["party", "political party", "group", "political group"],
  roles: ["role", "roles", "key posts", "keyposts", "posts"],
};

const REQUIRED: readonly Field[] = ["name", "emails", "wards"];

/** Which cell holds each field; ignored columns are warned about once. */
function mapColumns(header: CsvRow, source: string, warnings: ImportWarning[]) {
  const columns = new Map<Field, number>();
  const ignored: string[] = [];
  header.cells.forEach((cell, index) => {
    const key = headerKey(cell);
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(key));
    if (field && !columns.has(field)) columns.set(field, index);
    else if (cell !== "") ignored.push(cell);
  });
  for (const field of REQUIRED) {
    if (!columns.has(field)) {
      const found = header.cells.filter((c) => c !== "").map((c) => `"${c}"`);
      throw new ImportError(
        source,
        `no "${field === "emails" ? "email" : field === "wards" ? "ward" : field}" column ` +
          `(the columns are ${found.join(", ") || "none"}; expected name, emails, wards, party, roles)`,
        header.line,
      );
    }
  }
  if (ignored.length > 0) {
    warnings.push({
      line: header.line,
      message: `ignored column(s) ${ignored.map((c) => `"${c}"`).join(", ")}`,
    });
  }
  return columns;
}

/** "portfolio-holder: Portfolio Holder for Planning" or "Chair of Licensing Committee". */
function readRole(
  part: string,
  where: { name: string; line: number },
  warnings: ImportWarning[],
): Role | undefined {
  const warn = (message: string) =>
    warnings.push({ line: where.line, member: where.name, message });
  const prefixed = /^([a-z]+(?:-[a-z]+)*)\s*:\s*(\S.*)$/i.exec(part);
  const kind = prefixed?.[1]?.toLowerCase();
  if (prefixed && kind !== undefined && (ROLE_KINDS as readonly string[]).includes(kind)) {
    return { kind: kind as RoleKind, title: cleanText(prefixed[2] ?? "") };
  }
  // "chair: ..." or "portfolio-holdr: ..." looks like a kind that is not one: say so, use the title.
  const title = prefixed && kind?.includes("-") ? cleanText(prefixed[2] ?? "") : part;
  if (prefixed && kind?.includes("-")) {
    warn(
      `"${prefixed[1]}" is not a role kind (${ROLE_KINDS.join(", ")}): worked out from the title`,
    );
  }
  const role = roleFromPost(title);
  if (!role) warn(`"${title}" is not a role (shadow posts are not): left out`);
  return role;
}

function readRow(
  row: CsvRow,
  columns: Map<Field, number>,
  warnings: ImportWarning[],
): ImportedMember | undefined {
  const cell = (field: Field) => {
    const index = columns.get(field);
    return index === undefined ? "" : cleanText(row.cells[index] ?? "");
  };
  const rawName = cell("name");
  if (rawName === "") {
    warnings.push({ line: row.line, message: "no name: row left out" });
    return undefined;
  }
  const name = cleanMemberName(rawName);
  const where = { name, line: row.line };
  const { emails, invalid } = splitEmails(cell("emails"));
  for (const token of invalid) {
    warnings.push({
      line: row.line,
      member: name,
      message: `"${token}" is not an email address: left out`,
    });
  }
  const wards = cell("wards")
    .split(";")
    .map(cleanText)
    .filter((ward) => ward !== "")
    .map((ward) => ({ name: ward }));
  if (wards.length === 0) warnings.push({ line: row.line, member: name, message: "no ward given" });
  const roles: Role[] = [];
  for (const part of cell("roles").split(";").map(cleanText)) {
    const role = part === "" ? undefined : readRole(part, where, warnings);
    if (role) addRole(roles, role);
  }
  const party = cell("party");
  const id = requestedId(cell("id"), where, warnings);
  return {
    name,
    emails,
    wards,
    roles,
    line: row.line,
    ...(party !== "" ? { party } : {}),
    ...(id !== undefined ? { id } : {}),
  };
}

/**
 * The directory for a member list in CSV (see the module comment for the columns). Throws an
 * ImportError when a required column is missing, the CSV is malformed or lists no members.
 */
export function directoryFromCsv(csv: string, options: ImportOptions = {}): ImportResult {
  const source = options.source ?? "the CSV file";
  const warnings: ImportWarning[] = [];
  const { header, rows } = readCsv(csv, source);
  const columns = mapColumns(header, source, warnings);
  if (rows.length === 0) throw new ImportError(source, "lists no members (only a header row)");
  const members = rows
    .map((row) => readRow(row, columns, warnings))
    .filter((member) => member !== undefined);
  const built = buildDirectory(
    {
      wards: [],
      members,
      description: "Imported from a CSV file",
      wardIdsAllowed: true,
      partyGiven: columns.has("party"),
      rolesGiven: columns.has("roles"),
    },
    options,
    source,
  );
  return { directory: built.directory, warnings: [...warnings, ...built.warnings] };
}
