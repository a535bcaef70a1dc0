/**
 * Attribution lines: "On Mon, 9 Nov 2026 at 10:02, Jane Doe <jane@x.example> wrote:" (Gmail,
 * Apple Mail "On 9 Nov 2026, at 10:02, ...", Thunderbird "On 09/11/2026 10:02, Jane Doe wrote:"),
 * and the shorter "<date>, <name> <address>:" some webmail writes. Whether one really introduces
 * a quote is decided by the caller (something quoted must follow).
 */
import type { Person } from "../draft";
import { parsePerson } from "../text/addresses";

/** Longer lines are prose, not attributions. */
export const MAX_ATTRIBUTION_LENGTH = 400;

export interface Attribution {
  from: Person[];
  sent?: string;
  /** "wrote:" (English); otherwise only an address followed by a colon, which needs more proof. */
  explicit: boolean;
}

function endsWithWrote(text: string): boolean {
  const lower = text.slice(-8).toLowerCase();
  return lower.endsWith("wrote:") || lower.endsWith("wrote :");
}

/** Quick test before joining a wrapped attribution: does this line end one? */
export function endsAttribution(text: string): boolean {
  return endsWithWrote(text);
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isUpper(c: string): boolean {
  return c >= "A" && c <= "Z";
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charAt(i) === " ") i++;
  return i;
}

/** End of the last "h:mm" or "h:mm:ss" before `limit`, or -1. */
function endOfLastTime(text: string, limit: number): number {
  let end = -1;
  for (let i = 0; i + 3 < limit; i++) {
    if (
      isDigit(text.charAt(i)) &&
      text.charAt(i + 1) === ":" &&
      isDigit(text.charAt(i + 2)) &&
      isDigit(text.charAt(i + 3))
    ) {
      let e = i + 4;
      if (text.charAt(e) === ":" && isDigit(text.charAt(e + 1)) && isDigit(text.charAt(e + 2))) {
        e += 3;
      }
      end = e;
    }
  }
  return end;
}

/** End of the last four-digit year (19xx/20xx) before `limit`, or -1. */
function endOfLastYear(text: string, limit: number): number {
  let end = -1;
  for (let i = 0; i + 3 < limit; i++) {
    const prefix = text.slice(i, i + 2);
    if (
      (prefix === "19" || prefix === "20") &&
      isDigit(text.charAt(i + 2)) &&
      isDigit(text.charAt(i + 3)) &&
      !isDigit(text.charAt(i - 1)) &&
      !isDigit(text.charAt(i + 4))
    ) {
      end = i + 4;
    }
  }
  return end;
}

/** Skips what may follow a time: "PM", "+0000", "GMT", "(UTC)", then commas and spaces. */
function skipTimeSuffix(text: string, at: number): number {
  let i = skipSpaces(text, at);
  const ampm = text.slice(i, i + 4).toLowerCase();
  if (ampm.startsWith("a.m.") || ampm.startsWith("p.m.")) i += 4;
  else if ((ampm.startsWith("am") || ampm.startsWith("pm")) && !/[a-z]/i.test(text.charAt(i + 2))) {
    i += 2;
  }
  i = skipSpaces(text, i);
  const sign = text.charAt(i);
  if ((sign === "+" || sign === "-") && /^\d{4}$/.test(text.slice(i + 1, i + 5))) {
    i = skipSpaces(text, i + 5);
  }
  if (text.charAt(i) === "(") {
    const close = text.indexOf(")", i);
    if (close > i && close - i <= 12) i = skipSpaces(text, close + 1);
  }
  // A zone name such as GMT or BST, only when a comma follows (a name could be in capitals).
  let letters = 0;
  while (letters < 6 && isUpper(text.charAt(i + letters))) letters++;
  if (letters >= 2 && letters <= 5 && text.charAt(skipSpaces(text, i + letters)) === ",") {
    i += letters;
  }
  while (i < text.length && (text.charAt(i) === " " || text.charAt(i) === ",")) i++;
  return i;
}

function trimTrailing(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** Splits "<date>, <person>" at the end of the date. */
function splitDateAndPerson(body: string, hasOnPrefix: boolean): { sent?: string; who: string } {
  const angle = body.indexOf("<");
  const limit = angle < 0 ? body.length : angle;
  let cut = endOfLastTime(body, limit);
  if (cut < 0) cut = endOfLastYear(body, limit);
  if (cut >= 0) {
    const personStart = skipTimeSuffix(body, cut);
    const sent = trimTrailing(body.slice(0, personStart), " ,");
    return { sent: sent || undefined, who: body.slice(personStart) };
  }
  if (hasOnPrefix) {
    // "On Monday, Jane Doe wrote:": the person follows the last comma.
    const comma = body.lastIndexOf(",", limit);
    if (comma >= 0) return { sent: body.slice(0, comma).trim(), who: body.slice(comma + 1) };
  }
  return { who: body };
}

/** Reads `text` (one line, or a wrapped attribution joined) as an attribution. */
export function readAttribution(text: string): Attribution | undefined {
  if (text.length > MAX_ATTRIBUTION_LENGTH) return undefined;
  let body = text.trim();
  let explicit: boolean;
  if (endsWithWrote(body)) {
    explicit = true;
    body = body.slice(0, body.toLowerCase().lastIndexOf("wrote")).trim();
  } else if (body.endsWith(":") && body.includes("@")) {
    explicit = false;
    body = body.slice(0, -1).trim();
  } else {
    return undefined;
  }
  const hasOnPrefix = body.startsWith("On ");
  if (hasOnPrefix) body = body.slice(3);
  const { sent, who } = splitDateAndPerson(body, hasOnPrefix);
  const author = parsePerson(who);
  if (!author && !sent) return undefined;
  const attribution: Attribution = { from: author ? [author] : [], explicit };
  if (sent) attribution.sent = sent;
  return attribution;
}
