import type { Ward, WardMention } from "./types";
import { escapeRegExp } from "../text/regexp";

/**
 * Ward detection in linear time: the text is read word by word, once, and ward names and aliases sit in a
 * phrase trie keyed by word, so each position costs at most one walk as deep as the longest ward
 * name. Never one regular expression per ward.
 *
 * Regular expressions here avoid ES2018 features (\p{...}, lookbehind): core code also runs in
 * classic Outlook's JavaScript-only runtime, which may only understand ES2016. Letters are those
 * of the Latin, Greek and Cyrillic scripts, which covers UK ward names (Welsh included).
 */

/**
 * Letters and digits of the Latin, Greek and Cyrillic scripts. \u0300-\u052f starts with the
 * combining accents (\u0300-\u036f), so that a decomposed "â" stays in its word.
 */
const LETTER =
  "0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u052f\u1e00-\u1fff";

/** A word (apostrophes inside it kept: "Anne's"), or "&" standing for "and". */
// The class deliberately holds combining marks (see LETTER).
// eslint-disable-next-line no-misleading-character-class
const TOKEN = new RegExp(`[${LETTER}]+(?:['\\u2019][${LETTER}]+)*|&`, "g");

// The class deliberately holds combining marks (see LETTER).
// eslint-disable-next-line no-misleading-character-class
const IS_LETTER = new RegExp(`[${LETTER}]`);

/** Words after an ambiguous ward name that make it one ("Town ward", "Town Division"). */
const WARD_WORDS = new Set(["ward", "division"]);

/** A word of a text in comparable form, and where it was written. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Lowercase, accents folded, apostrophes dropped ("Anne’s" → "annes"), "&" → "and". */
function foldWord(raw: string): string {
  if (raw === "&") return "and";
  // Only non-ASCII words need Unicode normalisation; skipping it keeps long texts fast.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\u0000-\u007f]*$/.test(raw);
  const folded = ascii ? raw : raw.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return folded.toLowerCase().replace(/['\u2019]/g, "");
}

/**
 * The first word of the text at or after `from`. Words are read one at a time, only where the
 * matcher looks, so a long text never becomes a long array of tokens (which made timings on 1 MB
 * texts depend on the garbage collector).
 */
function wordFrom(text: string, from: number): Token | undefined {
  TOKEN.lastIndex = from;
  const match = TOKEN.exec(text);
  if (!match) return undefined;
  return { word: foldWord(match[0]), start: match.index, end: match.index + match[0].length };
}

/** Splits a text into words; hyphens, punctuation and runs of whitespace all separate words. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (let token = wordFrom(text, 0); token; token = wordFrom(text, token.end)) tokens.push(token);
  return tokens;
}

/** The comparable words of a ward name or alias ("St Anne's & Kingsway" → st, annes, and, kingsway). */
export function phraseWords(phrase: string): string[] {
  return tokenise(phrase).map((token) => token.word);
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /**
   * The wards whose name or alias ends here, each with whether it needs "ward" or "division"
   * after it (an ambiguous ward's name does).
   */
  ends: Map<string, boolean>;
}

function newNode(): TrieNode {
  return { next: new Map(), ends: new Map() };
}

/** Adds a phrase's words to the trie, ending in the ward `wardId` (a phrase with none is left out). */
function insert(
  root: TrieNode,
  words: readonly string[],
  wardId: string,
  needsWardWord: boolean,
): void {
  if (words.length === 0) return;
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = newNode();
      node.next.set(word, child);
    }
    node = child;
  }
  // A ward's unambiguous alias spelt like its ambiguous name still counts on its own.
  node.ends.set(wardId, node.ends.get(wardId) !== false && needsWardWord);
}

/**
 * The longest phrase in the trie whose first word starts exactly at `start` and that counts
 * there: where it ends, and the wards it names.
 */
function longestPhraseAt(
  root: TrieNode,
  text: string,
  start: number,
): { end: number; wardIds: string[] } | undefined {
  let token = wordFrom(text, start);
  if (!token || token.start !== start) return undefined;
  let best: { end: number; wardIds: string[] } | undefined;
  let node = root.next.get(token.word);
  while (node && token) {
    const next = wordFrom(text, token.end);
    const followedByWardWord = next !== undefined && WARD_WORDS.has(next.word);
    const wardIds = [...node.ends]
      .filter(([, needsWardWord]) => !needsWardWord || followedByWardWord)
      .map(([wardId]) => wardId);
    if (wardIds.length > 0) best = { end: token.end, wardIds };
    token = next;
    node = token && node.next.get(token.word);
  }
  return best;
}

/** Letters a text may write with an accent (Welsh â, ŵ, ŷ; French é…), as a precomposed letter or with a combining mark. */
const ACCENTED = {
  // As the contents of a character class: "à-å" is àáâãäå.
  a: "aà-åā",
  c: "cç",
  e: "eè-ëē",
  i: "iì-ïī",
  n: "nñ",
  o: "oò-öøō",
  u: "uù-üū",
  w: "wŵ",
  y: "yýÿŷ",
};

/**
 * A pattern for the ways a phrase's first word may be written: with or without accents, and
 * with or without a possessive apostrophe ("Queens" / "Queen's" / "Queen’s").
 */
function firstWordPattern(folded: string): string {
  const pattern =
    folded.length > 2 && folded.endsWith("s")
      ? `${escapeRegExp(folded.slice(0, -1))}['\u2019]?s`
      : escapeRegExp(folded);
  // Escaping only puts a backslash before punctuation, so every letter here is one of the word's;
  // the letters replaced are ACCENTED's keys.
  return pattern.replace(
    /[aceinouwy]/g,
    (letter) => `[${ACCENTED[letter as keyof typeof ACCENTED]}][\u0300-\u036f]?`,
  );
}

/** Finds ward names and aliases in texts. Build once per directory; `find` is linear in the text. */
export class WardMatcher {
  private readonly root = newNode();
  /**
   * Where a phrase could start: one case-insensitive alternation of every phrase's first word,
   * accents allowed. V8 scans for it far faster than the text can be split into words, so only
   * the few places it stops at are read word by word. (On a text without accented letters it
   * stops where a plain alternation would; with 90 wards it scans 1 MB in about 9 ms against 8.)
   */
  private readonly candidates: RegExp | undefined;

  constructor(wards: readonly Ward[]) {
    for (const ward of wards) {
      insert(this.root, phraseWords(ward.name), ward.id, ward.ambiguous === true);
      for (const alias of ward.aliases || []) insert(this.root, phraseWords(alias), ward.id, false);
    }
    // Every phrase's first word is a child of the root. Longest first, so an alternative that is
    // a prefix of another cannot cut it short.
    const words = [...this.root.next.keys()].sort(
      (a, b) => b.length - a.length || (a < b ? -1 : 1),
    );
    if (words.length > 0) {
      this.candidates = new RegExp(`(?:${words.map(firstWordPattern).join("|")})`, "gi");
    }
  }

  /**
   * Every ward name or alias in the text, as whole words, in order of appearance. Where phrases
   * overlap the longest wins, so "Frimley Green" is a mention of Frimley Green, not of Frimley.
   */
  find(text: string): WardMention[] {
    const mentions: WardMention[] = [];
    const candidates = this.candidates;
    if (!candidates) return mentions;
    candidates.lastIndex = 0;
    for (let hit = candidates.exec(text); hit; hit = candidates.exec(text)) {
      // Only a hit at the start of a word can begin a phrase; the trie then decides.
      if (IS_LETTER.test(text.charAt(hit.index - 1))) continue;
      const phrase = longestPhraseAt(this.root, text, hit.index);
      if (!phrase) continue;
      const matched = text.slice(hit.index, phrase.end);
      for (const wardId of phrase.wardIds) mentions.push({ wardId, matched, index: hit.index });
      candidates.lastIndex = phrase.end;
    }
    return mentions;
  }
}
