/**
 * Whole-word phrase search for the option word lists (trigger words, casework words, enquiry
 * words). Case-insensitive; apostrophes straight or curly and any run of whitespace alike. All
 * of a list's phrases go into one regular expression, so a 1 MB body is scanned once per list,
 * not once per phrase.
 */
import { escapeRegExp } from "./regexp";

// Latin (with accents), Greek and Cyrillic letters and digits; no \p{…} (ES2018), since classic
// Outlook's on-send runtime may only run ES2016.
const WORD_CHAR = /[0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

/** Straight and curly apostrophes, and the modifier letter some keyboards type for one. */
export const APOSTROPHES = /['\u2018\u2019\u02bc]/g;

/** The comparable key of a phrase or of the text it matched: lower case, plain apostrophes, single spaces. */
function keyOf(s: string): string {
  return s.toLowerCase().replace(APOSTROPHES, "'").replace(/\s+/g, " ").trim();
}

/** A phrase's key as a pattern: apostrophes of any kind, whitespace of any length. */
function keyPattern(key: string): string {
  return escapeRegExp(key).replace(/'/g, APOSTROPHES.source).replace(/ /g, "\\s+");
}

interface PhraseList {
  pattern: RegExp;
  /** Each phrase by its key, the first spelling in list order. */
  byKey: Map<string, string>;
}

/** Compiled lists, by their phrases: policies hand the same lists to every check. */
const compiled = new Map<string, PhraseList>();

function compile(phrases: readonly string[]): PhraseList {
  const cacheKey = phrases.join("\u0000");
  let list = compiled.get(cacheKey);
  if (list) return list;
  const byKey = new Map<string, string>();
  for (const phrase of phrases) {
    const key = keyOf(phrase);
    if (key && !byKey.has(key)) byKey.set(key, phrase);
  }
  // Longest first, so that a phrase which starts another cannot hide it.
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length);
  list = { pattern: new RegExp(keys.map(keyPattern).join("|"), "gi"), byKey };
  if (compiled.size > 64) compiled.clear();
  compiled.set(cacheKey, list);
  return list;
}

/** The phrases of `phrases` that occur in `text` as whole words, in list order. */
export function findPhrases(text: string, phrases: readonly string[]): string[] {
  const { pattern, byKey } = compile(phrases);
  // An empty list's pattern matches the empty string everywhere: nothing to look for.
  if (byKey.size === 0) return [];
  const found = new Set<string>();
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) {
    const matched = hit[0];
    const before = text.charAt(hit.index - 1);
    const after = text.charAt(hit.index + matched.length);
    const wholeWords =
      (!isWordChar(matched.charAt(0)) || !isWordChar(before)) &&
      (!isWordChar(matched.charAt(matched.length - 1)) || !isWordChar(after));
    if (wholeWords) {
      found.add(keyOf(matched));
      if (found.size === byKey.size) break;
    }
    // Phrases may overlap ("road closure" inside "major road closure"): look again just after.
    pattern.lastIndex = hit.index + 1;
  }
  return [...byKey].filter(([key]) => found.has(key)).map(([, phrase]) => phrase);
}

/** True when `phrase` occurs in `text` as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  return findPhrases(text, [phrase]).length > 0;
}
