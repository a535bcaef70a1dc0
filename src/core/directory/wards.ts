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

/** Letters and digits; combining accents (\u0300-\u036f) too, so decomposed "â" stays in its word. */
const LETTER =
  "0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1fff";

/**
 * A fresh pattern for a word (apostrophes inside it kept: "Anne's"), or "&" standing for "and".
 * Fresh, so that each reader has its own `lastIndex`.
 */
function tokenPattern(): RegExp {
  // The class deliberately holds combining marks (see LETTER).
  // eslint-disable-next-line no-misleading-character-class
  return new RegExp(`[${LETTER}]+(?:['\\u2019][${LETTER}]+)*|&`, "g");
}

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
 * The words of a text, read on demand. Only the few words the matcher can still look at are
 * kept, so a long text does not become a long array of tokens (which made timings on 1 MB texts
 * depend on the garbage collector).
 */
class TokenReader {
  private readonly pending: Token[] = [];
  private exhausted = false;

  /** `pattern` is a token pattern the reader may move freely (one per reader at a time). */
  constructor(
    private readonly text: string,
    from = 0,
    private readonly pattern: RegExp = tokenPattern(),
  ) {
    this.pattern.lastIndex = from;
  }

  /** The word `ahead` places after the current one (0: the current word). */
  peek(ahead: number): Token | undefined {
    while (this.pending.length <= ahead && !this.exhausted) {
      const match = this.pattern.exec(this.text);
      if (match === null) this.exhausted = true;
      else {
        this.pending.push({
          word: foldWord(match[0]),
          start: match.index,
          end: match.index + match[0].length,
        });
      }
    }
    return this.pending[ahead];
  }

  /** Moves past `count` words. */
  skip(count: number): void {
    this.pending.splice(0, count);
  }
}

/** Splits a text into words; hyphens, punctuation and runs of whitespace all separate words. */
export function tokenise(text: string): Token[] {
  const reader = new TokenReader(text);
  const tokens: Token[] = [];
  for (let token = reader.peek(0); token !== undefined; token = reader.peek(0)) {
    tokens.push(token);
    reader.skip(1);
  }
  return tokens;
}

/** The comparable words of a ward name or alias ("St Anne's & Kingsway" → st, annes, and, kingsway). */
export function phraseWords(phrase: string): string[] {
  return tokenise(phrase).map((token) => token.word);
}

interface PhraseEnd {
  wardId: string;
  /** An ambiguous ward's name only counts when "ward" or "division" follows it. */
  needsWardWord: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: PhraseEnd[];
}

function newNode(): TrieNode {
  return { next: new Map(), ends: [] };
}

/** Letters a text may write with an accent (Welsh â, ŵ, ŷ; French é…), as a precomposed letter or with a combining mark. */
const ACCENTED: Record<string, string> = {
  a: "aàáâãäåā",
  c: "cç",
  e: "eèéêëē",
  i: "iìíîïī",
  n: "nñ",
  o: "oòóôõöøō",
  u: "uùúûüū",
  w: "wŵ",
  y: "yýÿŷ",
};

function accentTolerant(folded: string): string {
  let pattern = "";
  for (const ch of folded) {
    const variants = ACCENTED[ch];
    pattern += variants ? `[${variants}][\u0300-\u036f]?` : escapeRegExp(ch);
  }
  return pattern;
}

/**
 * A pattern for the ways a phrase's first word may be written: with or without accents, and
 * with or without a possessive apostrophe ("Queens" / "Queen's" / "Queen’s").
 */
function firstWordSpelling(folded: string, letters: (word: string) => string): string {
  if (folded.length > 2 && folded.endsWith("s")) {
    return `${letters(folded.slice(0, -1))}['\u2019]?s`;
  }
  return letters(folded);
}

/** Accented Latin letters, precomposed or combining: when a text has none, plain spellings do. */
// Combining marks on their own are exactly what this looks for.
// eslint-disable-next-line no-misleading-character-class
const ACCENTED_LETTER = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/;

/** Finds ward names and aliases in texts. Build once per directory; `find` is linear in the text. */
export class WardMatcher {
  private readonly root = newNode();
  /**
   * Where a phrase could start: one case-insensitive alternation of every phrase's first word.
   * V8 scans for it far faster than the text can be split into words, so only the few places
   * it stops at are read word by word.
   */
  private readonly candidates: RegExp | undefined;
  /** The same, accents allowed on every vowel: slower, so used only on texts with accented letters. */
  private readonly accentedCandidates: RegExp | undefined;
  private readonly tokens = tokenPattern();

  constructor(wards: readonly Ward[]) {
    const firstWords = new Set<string>();
    const note = (phrase: string): void => {
      const first = tokenise(phrase)[0];
      if (first) firstWords.add(first.word);
    };
    for (const ward of wards) {
      this.add(ward.name, { wardId: ward.id, needsWardWord: ward.ambiguous === true });
      note(ward.name);
      for (const alias of ward.aliases ?? []) {
        this.add(alias, { wardId: ward.id, needsWardWord: false });
        note(alias);
      }
    }
    // Longest first, so an alternative that is a prefix of another cannot cut it short.
    const words = [...firstWords].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const alternation = (spell: (word: string) => string): RegExp | undefined =>
      words.length > 0 ? new RegExp(`(?:${words.map(spell).join("|")})`, "gi") : undefined;
    this.candidates = alternation((w) => firstWordSpelling(w, escapeRegExp));
    this.accentedCandidates = alternation((w) => firstWordSpelling(w, accentTolerant));
  }

  private add(phrase: string, end: PhraseEnd): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = newNode();
        node.next.set(word, child);
      }
      node = child;
    }
    const same = node.ends.find((existing) => existing.wardId === end.wardId);
    // A ward's unambiguous alias spelt like its ambiguous name still counts on its own.
    if (same) same.needsWardWord = same.needsWardWord && end.needsWardWord;
    else node.ends.push({ ...end });
  }

  /**
   * Every ward name or alias in the text, as whole words, in order of appearance. Where phrases
   * overlap the longest wins, so "Frimley Green" is a mention of Frimley Green, not of Frimley.
   */
  find(text: string): WardMention[] {
    const mentions: WardMention[] = [];
    const candidates = ACCENTED_LETTER.test(text) ? this.accentedCandidates : this.candidates;
    if (!candidates) return mentions;
    candidates.lastIndex = 0;
    for (let hit = candidates.exec(text); hit !== null; hit = candidates.exec(text)) {
      // Only a hit at the start of a word can begin a phrase; the trie then decides.
      if (hit.index > 0 && IS_LETTER.test(text.charAt(hit.index - 1))) continue;
      const reader = new TokenReader(text, hit.index, this.tokens);
      const first = reader.peek(0);
      const longest = first && first.start === hit.index ? this.longestMatch(reader) : undefined;
      if (!first || !longest) continue;
      const matched = text.slice(first.start, longest.last.end);
      for (const wardId of longest.wardIds) mentions.push({ wardId, matched, index: first.start });
      candidates.lastIndex = longest.last.end;
    }
    return mentions;
  }

  /** The longest phrase starting at the reader's current word that counts, and the wards it names. */
  private longestMatch(
    reader: TokenReader,
  ): { words: number; last: Token; wardIds: string[] } | undefined {
    let best: { words: number; last: Token; wardIds: string[] } | undefined;
    let token = reader.peek(0);
    let node = token ? this.root.next.get(token.word) : undefined;
    for (let ahead = 0; node && token; ahead++) {
      if (node.ends.length > 0) {
        const followedByWardWord = WARD_WORDS.has(reader.peek(ahead + 1)?.word ?? "");
        const wardIds = node.ends
          .filter((end) => !end.needsWardWord || followedByWardWord)
          .map((end) => end.wardId);
        if (wardIds.length > 0) best = { words: ahead + 1, last: token, wardIds };
      }
      token = reader.peek(ahead + 1);
      node = token ? node.next.get(token.word) : undefined;
    }
    return best;
  }
}
