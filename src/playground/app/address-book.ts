/**
 * The playground's address book: the sample council's members and groups from
 * config/directory.json (fetched from the page's own host), for suggestions and for resolving
 * what the officer types, as Outlook resolves against the global address list. Any address
 * resolves too, as in Outlook.
 */
import { memberLabel } from "../../core/rules/helpers/people";
import { APOSTROPHES } from "../../core/text/phrases";
import { cllrTitleLength } from "../../core/text/titles";
import type { Person } from "./draft";

export interface AddressBook {
  entries: Person[];
}

export const EMPTY_BOOK: AddressBook = { entries: [] };

interface DirectoryLike {
  members?: { name?: unknown; emails?: unknown }[];
  groups?: { name?: unknown; email?: unknown }[];
}

/** Members as "Cllr Name" at their first address, then groups; anything malformed is skipped. */
export function bookFromDirectory(json: unknown): AddressBook {
  const dir = (typeof json === "object" && json !== null ? json : {}) as DirectoryLike;
  const entries: Person[] = [];
  for (const m of Array.isArray(dir.members) ? dir.members : []) {
    const address = Array.isArray(m.emails) ? m.emails[0] : undefined;
    if (typeof m.name === "string" && typeof address === "string") {
      // Named as the findings name them (core's memberLabel: no "Cllr Cllr …").
      entries.push({ name: memberLabel({ name: m.name }), address });
    }
  }
  for (const g of Array.isArray(dir.groups) ? dir.groups : []) {
    if (typeof g.name === "string" && typeof g.email === "string") {
      entries.push({ name: g.name, address: g.email });
    }
  }
  return { entries };
}

/** The sample directory beside the page; an empty book when it can't be had (addresses still work). */
export async function loadAddressBook(): Promise<AddressBook> {
  try {
    const response = await fetch("config/directory.json", { cache: "no-cache" });
    if (!response.ok) return EMPTY_BOOK;
    return bookFromDirectory(await response.json());
  } catch {
    return EMPTY_BOOK;
  }
}

/** local@domain.tld, with dots only between the domain's labels (so no backtracking over them). */
const ADDRESS = /^[^\s@<>;,]+@[^\s@<>;,.]+(?:\.[^\s@<>;,.]+)+$/;

/** A name as typed and as listed compare alike: "Kevin O’Brien" (a Mac's smart quote) finds O'Brien. */
function comparable(name: string): string {
  return name.toLowerCase().replace(APOSTROPHES, "'");
}

export type Resolution = { ok: true; person: Person } | { ok: false; problem: string };

/**
 * What the officer typed, resolved: `Name <address>` (a suggestion picked), a bare address, or a
 * name or part of one that matches exactly one entry in the book.
 */
export function resolveTyped(text: string, book: AddressBook): Resolution {
  const typed = text.trim();
  const angle = /^(.*)<([^<>]+)>$/.exec(typed);
  if (angle) {
    const address = (angle[2] ?? "").trim();
    if (ADDRESS.test(address)) {
      const name = (angle[1] ?? "").trim().replace(/^"|"$/g, "");
      const known = book.entries.find((e) => e.address.toLowerCase() === address.toLowerCase());
      return { ok: true, person: known ?? { name: name || address, address } };
    }
  }
  if (ADDRESS.test(typed)) {
    const known = book.entries.find((e) => e.address.toLowerCase() === typed.toLowerCase());
    return { ok: true, person: known ?? { name: typed, address: typed } };
  }
  const wanted = comparable(typed.slice(cllrTitleLength(typed)));
  const matches = book.entries.filter((e) => comparable(e.name).includes(wanted));
  if (matches.length === 1 && matches[0]) return { ok: true, person: matches[0] };
  if (matches.length > 1) {
    return {
      ok: false,
      problem: `${matches.length} people match “${typed}”: type more of the name, or pick from the suggestions.`,
    };
  }
  return {
    ok: false,
    problem: `No one in the directory matches “${typed}”: type a full email address.`,
  };
}
