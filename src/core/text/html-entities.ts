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

/** U+00A0…U+00BF in order: with the letters below, the names browsers accept without ";". */
const LATIN1_SYMBOLS =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn " +
  "sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest";
/**
 * U+00C0…U+00DF in order. U+00E0…U+00FF are the same letters in lower case, named the same in
 * lower case ("Eacute", "eacute"), except for ÷ "divide" where × is and ÿ "yuml" where ß is.
 */
const LATIN1_CAPITALS =
  "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute " +
  "Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml " +
  "Yacute THORN szlig";
const LATIN1_SMALL = LATIN1_CAPITALS.toLowerCase()
  .replace("times", "divide")
  .replace("szlig", "yuml");
const LATIN1_NAMES = `${LATIN1_SYMBOLS} ${LATIN1_CAPITALS} ${LATIN1_SMALL}`.split(" ");

/** Accepted without ";" (HTML's legacy references): the Latin-1 names and these. */
const LEGACY_NAMES = "amp AMP lt LT gt GT quot QUOT COPY REG";
const LEGACY_CHARACTERS = '&&<<>>""©®';

/**
 * What Windows-1252 puts at 0x80–0x9F, which numeric references there mean (HTML spec), and the
 * names of those characters. "-": no name, for the unassigned 0x81, 0x8D, 0x8F, 0x90 and 0x9D
 * (whose numbers stay as they are) and for Ž and ž (mail clients do not write &Zcaron;).
 */
const WINDOWS_1252 = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ";
const WINDOWS_1252_NAMES =
  "euro - sbquo fnof bdquo hellip dagger Dagger circ permil Scaron lsaquo OElig - - - " +
  "- lsquo rsquo ldquo rdquo bull ndash mdash tilde trade scaron rsaquo oelig - - Yuml";

/** The other names that need their ";", with their characters in the same order. */
const OTHER_NAMES =
  "apos Tab NewLine ensp emsp thinsp zwnj zwj lrm rlm hyphen prime Prime oline " +
  "larr uarr rarr darr harr minus ne le ge";
const OTHER_CHARACTERS = "'\t\n\u2002\u2003\u2009\u200c\u200d\u200e\u200f\u2010′″‾←↑→↓↔−≠≤≥";

/** Adds each of the space-separated `names` for the character at its position ("-": none). */
function addNames(table: Map<string, string>, names: string, characters: string): void {
  names.split(" ").forEach((name, i) => {
    if (name !== "-") table.set(name, characters.charAt(i));
  });
}

const LEGACY = new Map<string, string>();
LATIN1_NAMES.forEach((name, i) => LEGACY.set(name, String.fromCharCode(0xa0 + i)));
addNames(LEGACY, LEGACY_NAMES, LEGACY_CHARACTERS);
const NAMED = new Map(LEGACY);
addNames(NAMED, WINDOWS_1252_NAMES, WINDOWS_1252);
addNames(NAMED, OTHER_NAMES, OTHER_CHARACTERS);
/** The longest legacy name ("curren", "Agrave" and others). */
const LONGEST_LEGACY = 6;

/** A numeric reference's character: NUL, surrogates and out-of-range numbers become U+FFFD. */
function numericCharacter(codePoint: number): string {
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
    return "\ufffd";
  }
  return codePoint >= 0x80 && codePoint < 0xa0
    ? WINDOWS_1252.charAt(codePoint - 0x80)
    : String.fromCodePoint(codePoint);
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
    const digits = numeric[1] || numeric[2] || "";
    const codePoint = digits.length > 8 ? Infinity : parseInt(digits, numeric[1] ? 16 : 10);
    return { text: numericCharacter(codePoint), length: numeric[0].length };
  }
  const named = NAME.exec(rest);
  if (!named) return undefined;
  const name = named[1] || "";
  if (named[2] === ";") {
    const character = NAMED.get(name);
    // A name this table lacks ("&notin;") stays literal rather than decoding a wrong prefix.
    return character === undefined ? undefined : { text: character, length: name.length + 2 };
  }
  // Without ";" browsers take the longest legacy name the letters start with ("&notit" → "¬it").
  for (let length = Math.min(name.length, LONGEST_LEGACY); length > 1; length--) {
    const character = LEGACY.get(name.slice(0, length));
    if (character === undefined) continue;
    const next = source.charAt(index + 1 + length);
    if (inAttribute && /[=a-zA-Z0-9]/.test(next)) return undefined;
    return { text: character, length: length + 1 };
  }
  return undefined;
}

/**
 * Calls `emit` for each piece of `text` in order: plain text, or one reference's characters,
 * with the offset in `text` where the piece starts.
 */
export function forEachDecodedPiece(
  text: string,
  emit: (piece: string, offset: number) => void,
  inAttribute = false,
): void {
  let from = 0;
  for (let at = text.indexOf("&"); at >= 0; at = text.indexOf("&", at + 1)) {
    const reference = decodeReferenceAt(text, at, inAttribute);
    if (!reference) continue;
    if (at > from) emit(text.slice(from, at), from);
    emit(reference.text, at);
    from = at + reference.length;
    at = from - 1;
  }
  if (text.length > from) emit(text.slice(from), from);
}

/** Every reference in `text` decoded (for attribute values and other whole strings). */
export function decodeHtmlEntities(text: string, inAttribute = false): string {
  let decoded = "";
  forEachDecodedPiece(text, (piece) => (decoded += piece), inAttribute);
  return decoded;
}
