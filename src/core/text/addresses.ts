/**
 * Address lists as people write them in headers and quoted "From:"/"To:" lines.
 *
 * Outlook separates recipients with `;` and shows names as "Surname, Forename", so a comma is
 * only a separator where that is unambiguous (every comma-separated part carries an address, or
 * the parts are clearly separate names). Everything here is a single left-to-right scan: no
 * regular expression that could backtrack on a long line.
 */
import type { Person } from "../draft";

/** Longest list we look at: a header line longer than this is not a real recipient list. */
const MAX_LIST_LENGTH = 100_000;

/** Characters that cannot be part of an address token. */
function isAddressBoundary(c: string): boolean {
  return (
    c === " " ||
    c === "\t" ||
    c === "\n" ||
    c === "\r" ||
    c === "\u00a0" ||
    c === "<" ||
    c === ">" ||
    c === "(" ||
    c === ")" ||
    c === "[" ||
    c === "]" ||
    c === '"' ||
    c === "'" ||
    c === "," ||
    c === ";" ||
    c === "@"
  );
}

/** A plausible address: one `@`, something either side, a dot or a name in the domain. */
function isPlausibleAddress(candidate: string): boolean {
  const at = candidate.indexOf("@");
  if (at <= 0 || at !== candidate.lastIndexOf("@") || at === candidate.length - 1) return false;
  for (let i = 0; i < candidate.length; i++) {
    if (isAddressBoundary(candidate.charAt(i)) && candidate.charAt(i) !== "@") return false;
  }
  return true;
}

function stripMailto(value: string): string {
  const trimmed = value.trim();
  return trimmed.slice(0, 7).toLowerCase() === "mailto:" ? trimmed.slice(7).trim() : trimmed;
}

/** Trailing punctuation that ends a sentence rather than an address. */
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
  let searchFrom = 0;
  for (;;) {
    const at = text.indexOf("@", searchFrom);
    if (at < 0) return undefined;
    let start = at;
    while (start > 0 && !isAddressBoundary(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isAddressBoundary(text.charAt(end))) end++;
    let token = text.slice(start, end);
    if (token.slice(0, 7).toLowerCase() === "mailto:") {
      token = token.slice(7);
      start += 7;
    }
    const address = trimAddressPunctuation(token);
    // `end` is the end of the whole token, so trailing punctuation goes with the address.
    if (isPlausibleAddress(address)) return { address, start, end };
    searchFrom = at + 1;
  }
}

/**
 * Any ASCII letter or digit, or a non-ASCII character other than spaces and general punctuation
 * (so names in other scripts count, curly quotes do not). Written out rather than as
 * `/\p{L}/u`: Unicode property escapes do not parse in classic Outlook's ES2016 runtime.
 */
function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    const spaceOrPunctuation =
      c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;
    if (c > 127 && !spaceOrPunctuation) return true;
  }
  return false;
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
    if (end - start >= 2 && (quoted || (first === "(" && last === ")"))) {
      start++;
      end--;
      continue;
    }
    break;
  }
  const name = folded.slice(start, end).replace(/\\(["\\])/g, "$1");
  // Punctuation left over (an unbalanced quote, a full stop) is not a name.
  return hasLetterOrDigit(name) ? name : undefined;
}

function person(name: string | undefined, address: string | undefined): Person | undefined {
  const result: Person = {};
  const cleanedName = name === undefined ? undefined : cleanName(name);
  if (address) result.address = address;
  if (cleanedName && (!address || cleanedName.toLowerCase() !== address.toLowerCase())) {
    result.name = cleanedName;
  }
  return result.name || result.address ? result : undefined;
}

/** Finds the delimited part `open ... close` that holds an address, scanning from the right. */
function findDelimitedAddress(
  item: string,
  open: string,
  close: string,
): { address: string; start: number; end: number } | undefined {
  const openAt = item.lastIndexOf(open);
  if (openAt < 0) return undefined;
  const closeAt = item.indexOf(close, openAt + 1);
  const end = closeAt < 0 ? item.length : closeAt;
  const inner = trimAddressPunctuation(stripMailto(item.slice(openAt + 1, end)));
  if (!isPlausibleAddress(inner)) return undefined;
  return { address: inner, start: openAt, end: closeAt < 0 ? item.length : closeAt + 1 };
}

/** One recipient: `Name <addr>`, `"Doe, Jane" <addr>`, `Name [mailto:addr]`, `addr (Name)`, `addr`, `Name`. */
export function parsePerson(item: string): Person | undefined {
  const text = item.trim();
  if (text.length === 0) return undefined;

  const delimited =
    findDelimitedAddress(text, "<", ">") ??
    findDelimitedAddress(text, "[", "]") ??
    findDelimitedAddress(text, "(", ")");
  if (delimited) {
    const outside = `${text.slice(0, delimited.start)} ${text.slice(delimited.end)}`;
    return person(outside, delimited.address);
  }

  const bare = findBareAddress(text);
  if (bare) {
    const outside = `${text.slice(0, bare.start)} ${text.slice(bare.end)}`;
    // `jane@x (Jane Doe)`, or a name written before a bare address.
    return person(stripMailtoWord(outside), bare.address);
  }
  return person(text, undefined);
}

/** Drops a dangling `mailto:` word left when an address was cut out of `Name mailto:addr`. */
function stripMailtoWord(text: string): string {
  const lower = text.toLowerCase();
  const at = lower.lastIndexOf("mailto:");
  return at < 0 ? text : text.slice(0, at) + text.slice(at + 7);
}

interface ListPart {
  text: string;
  /** The separator that ended this part. */
  separator: ";" | "," | "end";
}

/** Splits at top-level `;` and `,`, ignoring separators inside quotes, `<>`, `[]` and `()`. */
function splitTopLevel(text: string): ListPart[] {
  const parts: ListPart[] = [];
  let inQuote = false;
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
    else if ((c === ";" || c === ",") && angle === 0 && square === 0 && round === 0) {
      parts.push({ text: text.slice(start, i), separator: c });
      start = i + 1;
    }
  }
  parts.push({ text: text.slice(start), separator: "end" });
  return parts;
}

function hasAddress(text: string): boolean {
  return text.includes("@") && parsePerson(text)?.address !== undefined;
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0";
}

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
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
  const [first = "", second = ""] = nonEmpty;
  if (nonEmpty.length === 2 && (wordCount(first) === 1 || wordCount(second) === 1)) {
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
  const input = text.length > MAX_LIST_LENGTH ? text.slice(0, MAX_LIST_LENGTH) : text;
  const people: Person[] = [];
  const parts = splitTopLevel(input);
  const semicolonList = parts.some((part) => part.separator === ";");
  let segment: string[] = [];
  for (const part of parts) {
    segment.push(part.text);
    if (part.separator === ",") continue;
    for (const item of itemsOfSegment(segment, semicolonList)) {
      const parsed = parsePerson(item);
      if (parsed) people.push(parsed);
    }
    segment = [];
  }
  return people;
}

/** Addresses compare case-insensitively; stray spaces and angle brackets are not part of them. */
export function normaliseAddress(address: string): string {
  return address
    .trim()
    .replace(/^<|>$/g, "")
    .replace(/^mailto:/i, "")
    .toLowerCase();
}
