/**
 * HTML character references, decoded the way a browser does for the references mail clients
 * actually write: numeric ones (with the Windows-1252 fix-ups for 0x80–0x9F), the Latin-1 names
 * (also without the ";" browsers tolerate), and the punctuation Word, Outlook, Gmail and Apple
 * Mail emit (&rsquo; &ndash; &hellip; …). An unknown name stays as written, as in a browser.
 *
 * Why not `entities`' full table: its 2,231 names cost ~40 KB, which the on-send script for
 * classic Outlook (≤ 60 KB in all) cannot carry. Tests compare this with `entities` on every name
 * listed here.
 */

/** U+00A0…U+00FF in order: the names browsers also accept without a trailing ";". */
const LATIN1_NAMES = (
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn " +
  "sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave " +
  "Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
  "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN " +
  "szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave " +
  "iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc " +
  "uuml yacute thorn yuml"
).split(" ");

/** Names that need their ";", with their code points. */
const OTHER_NAMES: Record<string, number> = {
  apos: 39,
  OElig: 338,
  oelig: 339,
  Scaron: 352,
  scaron: 353,
  Yuml: 376,
  fnof: 402,
  circ: 710,
  tilde: 732,
  ensp: 8194,
  emsp: 8195,
  thinsp: 8201,
  zwnj: 8204,
  zwj: 8205,
  lrm: 8206,
  rlm: 8207,
  hyphen: 8208,
  ndash: 8211,
  mdash: 8212,
  lsquo: 8216,
  rsquo: 8217,
  sbquo: 8218,
  ldquo: 8220,
  rdquo: 8221,
  bdquo: 8222,
  dagger: 8224,
  Dagger: 8225,
  bull: 8226,
  hellip: 8230,
  permil: 8240,
  prime: 8242,
  Prime: 8243,
  lsaquo: 8249,
  rsaquo: 8250,
  oline: 8254,
  euro: 8364,
  trade: 8482,
  larr: 8592,
  uarr: 8593,
  rarr: 8594,
  darr: 8595,
  harr: 8596,
  minus: 8722,
  ne: 8800,
  le: 8804,
  ge: 8805,
  Tab: 9,
  NewLine: 10,
};

/** Accepted without ";" (HTML's legacy references), besides the Latin-1 names. */
const LEGACY_BASICS: Record<string, number> = {
  amp: 38,
  AMP: 38,
  lt: 60,
  LT: 60,
  gt: 62,
  GT: 62,
  quot: 34,
  QUOT: 34,
  COPY: 169,
  REG: 174,
};

const LEGACY = new Map<string, number>(Object.entries(LEGACY_BASICS));
LATIN1_NAMES.forEach((name, i) => LEGACY.set(name, 0xa0 + i));
const NAMED = new Map<string, number>([...LEGACY, ...Object.entries(OTHER_NAMES)]);
const LONGEST_LEGACY = Math.max(...[...LEGACY.keys()].map((name) => name.length));

/** What Windows-1252 puts at 0x80–0x9F, which numeric references there mean (HTML spec). */
const C1_REPLACEMENTS: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

/** A numeric reference's character: NUL, surrogates and out-of-range numbers become U+FFFD. */
function numericCharacter(codePoint: number): string {
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
    return "\ufffd";
  }
  return String.fromCodePoint(C1_REPLACEMENTS[codePoint] ?? codePoint);
}

export interface DecodedReference {
  /** The character(s) the reference stands for. */
  text: string;
  /** How many source characters it took, from the "&". */
  length: number;
}

const NUMERIC = /^&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?/;
const NAME = /^&([a-zA-Z][a-zA-Z0-9]*)(;?)/;

/**
 * The reference starting at `source[index]` (an "&"), or undefined when it is not one (then the
 * "&" is literal text). In attribute values a legacy name without ";" followed by "=" or a letter
 * or digit is not a reference (HTML's rule, so URLs like `?a=1&copy=2` survive).
 */
export function decodeReferenceAt(
  source: string,
  index: number,
  inAttribute = false,
): DecodedReference | undefined {
  const rest = source.slice(index, index + 40);
  const numeric = NUMERIC.exec(rest);
  if (numeric) {
    const digits = numeric[1] ?? numeric[2] ?? "";
    const codePoint = digits.length > 8 ? Infinity : parseInt(digits, numeric[1] ? 16 : 10);
    return { text: numericCharacter(codePoint), length: numeric[0].length };
  }
  const named = NAME.exec(rest);
  if (!named) return undefined;
  const name = named[1] ?? "";
  if (named[2] === ";") {
    const codePoint = NAMED.get(name);
    // A name this table lacks ("&notin;") stays literal rather than decoding a wrong prefix.
    return codePoint === undefined
      ? undefined
      : { text: String.fromCharCode(codePoint), length: name.length + 2 };
  }
  // Without ";" browsers take the longest legacy name the letters start with ("&notit" → "¬it").
  for (let length = Math.min(name.length, LONGEST_LEGACY); length > 1; length--) {
    const codePoint = LEGACY.get(name.slice(0, length));
    if (codePoint === undefined) continue;
    const next = source.charAt(index + 1 + length);
    if (inAttribute && /[=a-zA-Z0-9]/.test(next)) return undefined;
    return { text: String.fromCharCode(codePoint), length: length + 1 };
  }
  return undefined;
}

/** Every reference in `text` decoded (for attribute values and other whole strings). */
export function decodeHtmlEntities(text: string, inAttribute = false): string {
  if (!text.includes("&")) return text;
  let result = "";
  let from = 0;
  for (let at = text.indexOf("&"); at >= 0; at = text.indexOf("&", at + 1)) {
    const reference = decodeReferenceAt(text, at, inAttribute);
    if (!reference) continue;
    result += text.slice(from, at) + reference.text;
    from = at + reference.length;
    at = from - 1;
  }
  return result + text.slice(from);
}
