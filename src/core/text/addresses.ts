/**
 * Address lists as people write them in headers and quoted "From:"/"To:" lines.
 *
 * Outlook separates recipients with `;` and shows names as "Surname, Forename", so a comma is
 * only a separator where that is unambiguous (every comma-separated part carries an address, or
 * the parts are clearly separate names). Everything here is a single left-to-right scan or a
 * regular expression that cannot backtrack, so a long header line stays linear.
 */
import type { Person } from "../draft";

/** Longest list we look at: a header line longer than this is not a real recipient list. */
const MAX_LIST_LENGTH = 100_000;

/** A character that cannot be part of an address token (spaces written out: `\s` takes in more). */
const ADDRESS_BOUNDARY = /[ \t\n\r\u00a0<>()[\]"',;@]/;

/** A plausible address: one `@`, something either side, no boundary character anywhere. */
const PLAUSIBLE_ADDRESS = /^[^ \t\n\r\u00a0<>()[\]"',;@]+@[^ \t\n\r\u00a0<>()[\]"',;@]+$/;

const MAILTO = /^mailto:/i;

/** The spaces that separate words of a name. */
const SPACE = /[ \t\n\r\u00a0]/;

/**
 * Any ASCII letter or digit, or a non-ASCII character other than spaces and general punctuation
 * (U+00A0, U+2000-206F, U+3000, U+FEFF), so names in other scripts count and curly quotes do
 * not. Written out rather than as `/\p{L}/u`: Unicode property escapes do not parse in classic
 * Outlook's ES2016 runtime.
 */
const LETTER_OR_DIGIT =
  /[0-9A-Za-z\u0080-\u009f\u00a1-\u1fff\u2070-\u2fff\u3001-\ufefe\uff00-\uffff]/;

/** Trailing punctuation that ends a sentence rather than an address (a loop: no backtracking). */
function trimAddressPunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && ".:,;!?".includes(value.charAt(end - 1))) end--;
  return value.slice(0, end);
}

/**
 * The first bare address token in `text` (`jane@x.example`, `mailto:jane@x.example`), with the
 * token's position. Linear: each `@` expands to the nearest boundary on both sides.
 */
export function findBareAddress(
  text: string,
): { address: string; start: number; end: number } | undefined {
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && !ADDRESS_BOUNDARY.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !ADDRESS_BOUNDARY.test(text.charAt(end))) end++;
    if (MAILTO.test(text.slice(start, end))) start += 7;
    // `end` is the end of the whole token, so trailing punctuation goes with the address.
    const address = trimAddressPunctuation(text.slice(start, end));
    if (PLAUSIBLE_ADDRESS.test(address)) return { address, start, end };
  }
  return undefined;
}

/** Removes surrounding quotes and brackets, unescapes `\"`, folds whitespace. */
function cleanName(raw: string): string | undefined {
  const folded = raw.replace(/\s+/g, " ");
  // Move two indices inwards rather than slicing in a loop, which is quadratic on `"""...`.
  let start = 0;
  let end = folded.length;
  for (;;) {
    while (start < end && folded.charAt(start) === " ") start++;
    while (end > start && folded.charAt(end - 1) === " ") end--;
    const first = folded.charAt(start);
    const last = folded.charAt(end - 1);
    const quoted = (first === '"' || first === "'") && last === first;
    if (end - start < 2 || !(quoted || (first === "(" && last === ")"))) break;
    start++;
    end--;
  }
  const name = folded.slice(start, end).replace(/\\(["\\])/g, "$1");
  // Punctuation left over (an unbalanced quote, a full stop) is not a name.
  return LETTER_OR_DIGIT.test(name) ? name : undefined;
}

function person(rawName: string, address?: string): Person | undefined {
  const result: Person = {};
  const name = cleanName(rawName);
  if (address) result.address = address;
  if (name && (!address || name.toLowerCase() !== address.toLowerCase())) result.name = name;
  return result.name || result.address ? result : undefined;
}

/** One recipient: `Name <addr>`, `"Doe, Jane" <addr>`, `Name [mailto:addr]`, `addr (Name)`, `addr`, `Name`. */
export function parsePerson(item: string): Person | undefined {
  const text = item.trim();
  if (text.length === 0) return undefined;
  /** The text around an address: its name. */
  const outside = (start: number, end: number): string =>
    `${text.slice(0, start)} ${text.slice(end)}`;

  // The delimited part `open ... close` that holds an address, scanning from the right.
  for (const [open, close] of [
    ["<", ">"],
    ["[", "]"],
    ["(", ")"],
  ] as const) {
    const start = text.lastIndexOf(open);
    if (start < 0) continue;
    const closeAt = text.indexOf(close, start + 1);
    const end = closeAt < 0 ? text.length : closeAt;
    const inner = text
      .slice(start + 1, end)
      .trim()
      .replace(MAILTO, "")
      .trim();
    const address = trimAddressPunctuation(inner);
    if (PLAUSIBLE_ADDRESS.test(address)) {
      return person(outside(start, closeAt < 0 ? end : end + 1), address);
    }
  }

  // `jane@x (Jane Doe)`, or a name written before a bare address.
  const bare = findBareAddress(text);
  if (!bare) return person(text);
  const name = outside(bare.start, bare.end);
  // Drop a dangling `mailto:` word left when the address was cut out of `Name mailto:addr`.
  const mailto = name.toLowerCase().lastIndexOf("mailto:");
  return person(mailto < 0 ? name : name.slice(0, mailto) + name.slice(mailto + 7), bare.address);
}

/**
 * Splits at top-level `;` into segments, and each segment at top-level `,` into parts, ignoring
 * separators inside quotes, `<>`, `[]` and `()`.
 */
function splitTopLevel(text: string): string[][] {
  const segments: string[][] = [];
  let parts: string[] = [];
  let inQuote = false;
  // Nesting depths; a stray closer does not take one below 0.
  let angle = 0;
  let square = 0;
  let round = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inQuote) {
      if (c === "\\") i++;
      else if (c === '"') inQuote = false;
      continue;
    }
    if (c === '"') inQuote = true;
    else if (c === "<") angle++;
    else if (c === ">") angle = Math.max(0, angle - 1);
    else if (c === "[") square++;
    else if (c === "]") square = Math.max(0, square - 1);
    else if (c === "(") round++;
    else if (c === ")") round = Math.max(0, round - 1);
    else if ((c === ";" || c === ",") && angle + square + round === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
      if (c === ";") {
        segments.push(parts);
        parts = [];
      }
    }
  }
  parts.push(text.slice(start));
  segments.push(parts);
  return segments;
}

function hasAddress(text: string): boolean {
  return text.includes("@") && parsePerson(text)?.address !== undefined;
}

/**
 * Names without addresses separated by commas. In a `;`-separated list (Outlook's) a comma is
 * always part of a name. Otherwise "Doe, Jane" and "Cllr Doe, Jane" are one person written
 * surname first, while "Jane Doe, Bob Smith" is two.
 */
function namesFromCommaParts(parts: string[], semicolonList: boolean): string[] {
  const nonEmpty = parts.map((p) => p.trim()).filter((p) => p.length > 0);
  if (nonEmpty.length < 2) return nonEmpty;
  if (semicolonList) return [nonEmpty.join(", ")];
  // Trimmed and not empty, so a part without a space is one word.
  const [first = "", second = ""] = nonEmpty;
  if (nonEmpty.length === 2 && (!SPACE.test(first) || !SPACE.test(second))) {
    return [`${first}, ${second}`];
  }
  return nonEmpty;
}

/** Groups the comma-separated parts of one `;`-separated segment into recipients. */
function itemsOfSegment(commaParts: string[], semicolonList: boolean): string[] {
  if (!commaParts.some(hasAddress)) return namesFromCommaParts(commaParts, semicolonList);
  // Each address closes an item; parts before it without an address are its "Surname, Forename".
  const items: string[] = [];
  let pending: string[] = [];
  for (const part of commaParts) {
    pending.push(part);
    if (hasAddress(part)) {
      items.push(pending.join(","));
      pending = [];
    }
  }
  return items.concat(namesFromCommaParts(pending, semicolonList));
}

/**
 * Parses a recipient list as written in a header or a quoted header line:
 * `Jane Doe <jane@x.example>`, `"Doe, Jane" <jane@x.example>`, `Doe, Jane; Smith, Bob`,
 * `Jane Doe [mailto:jane@x.example]`, bare addresses, `mailto:` addresses, and `;`/`,` lists.
 */
export function parseAddressList(text: string): Person[] {
  const segments = splitTopLevel(text.slice(0, MAX_LIST_LENGTH));
  const semicolonList = segments.length > 1;
  const people: Person[] = [];
  for (const segment of segments) {
    for (const item of itemsOfSegment(segment, semicolonList)) {
      const parsed = parsePerson(item);
      if (parsed) people.push(parsed);
    }
  }
  return people;
}

/**
 * Angle brackets around an address, or quotes around a local part with nothing that needs them
 * (`"jane.doe"@`: Office reports the address as typed, the CLI's mail parser unquotes it).
 */
const ADDRESS_WRAPPING = /^<|>$|^"([^"\\]*)"(?=@)/g;

/** Addresses compare case-insensitively; stray spaces, brackets and quotes are not part of them. */
export function normaliseAddress(address: string): string {
  return address.trim().replace(ADDRESS_WRAPPING, "$1").replace(MAILTO, "").toLowerCase();
}
