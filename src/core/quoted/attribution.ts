/**
 * Attribution lines: "On Mon, 9 Nov 2026 at 10:02, Jane Doe <jane@x.example> wrote:" (Gmail,
 * Apple Mail "On 9 Nov 2026, at 10:02, ...", Thunderbird "On 09/11/2026 10:02, Jane Doe wrote:"),
 * and the shorter "<date>, <name> <address>:" some webmail writes. Whether one really introduces
 * a quote is decided by the caller (something quoted must follow).
 */
import type { Person } from "../draft";
import { parsePerson } from "../text/addresses";
import { withoutTrailing } from "../text/trim";

/** Longer lines are prose, not attributions. */
export const MAX_ATTRIBUTION_LENGTH = 400;

export interface Attribution {
  from: Person[];
  sent?: string;
  /** "wrote:" (English); otherwise only an address followed by a colon, which needs more proof. */
  explicit: boolean;
}

/** "wrote:" (or "wrote :") ending an English attribution. */
const WROTE = /wrote ?:$/i;

/** Quick test before joining a wrapped attribution: does this line end one? */
export function endsAttribution(text: string): boolean {
  return WROTE.test(text);
}

/** Up to the end of the last time, "h:mm" or "h:mm:ss". */
const UP_TO_LAST_TIME = /^[\s\S]*\d:\d\d(?::\d\d)?/;
/** Up to the end of the last four-digit year, 19xx or 20xx. */
const UP_TO_LAST_YEAR = /^(?:[\s\S]*\D)?(?:19|20)\d\d(?!\d)/;
/**
 * What may follow a time: "PM", "+0000", "(UTC)", a zone name such as GMT or BST (only when a
 * comma follows: a name could be in capitals), then commas and spaces.
 */
const TIME_SUFFIX =
  /^ *(?:[aApP]\.[mM]\.|[aApP][mM](?![a-zA-Z]))? *(?:[+-]\d{4} *)?(?:\([^)]{0,11}\) *)?(?:[A-Z]{2,5}(?= *,))?[ ,]*/;

/** Splits "<date>, <person>" at the end of the date. */
function splitDateAndPerson(body: string, hasOnPrefix: boolean): { sent?: string; who: string } {
  const angle = body.indexOf("<");
  const beforeAddress = angle < 0 ? body : body.slice(0, angle);
  const date = UP_TO_LAST_TIME.exec(beforeAddress) || UP_TO_LAST_YEAR.exec(beforeAddress);
  if (date) {
    const who = body.slice(date[0].length).replace(TIME_SUFFIX, "");
    const sent = withoutTrailing(body.slice(0, body.length - who.length), " ,");
    return { sent: sent || undefined, who };
  }
  if (hasOnPrefix) {
    // "On Monday, Jane Doe wrote:": the person follows the last comma.
    const comma = beforeAddress.lastIndexOf(",");
    if (comma >= 0) return { sent: body.slice(0, comma).trim(), who: body.slice(comma + 1) };
  }
  return { who: body };
}

/** Reads `text` (one line, or a wrapped attribution joined) as an attribution. */
export function readAttribution(text: string): Attribution | undefined {
  if (text.length > MAX_ATTRIBUTION_LENGTH) return undefined;
  let body = text.trim();
  let explicit = true;
  if (WROTE.test(body)) {
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
