import type { Ward, WardMention } from "./types";

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
  private readonly pattern = tokenPattern();
  private exhausted = false;

  constructor(private readonly text: string) {}

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

/** Finds ward names and aliases in texts. Build once per directory; `find` is linear in the text. */
export class WardMatcher {
  private readonly root = newNode();

  constructor(wards: readonly Ward[]) {
    for (const ward of wards) {
      this.add(ward.name, { wardId: ward.id, needsWardWord: ward.ambiguous === true });
      for (const alias of ward.aliases ?? [])
        this.add(alias, { wardId: ward.id, needsWardWord: false });
    }
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
    const reader = new TokenReader(text);
    const mentions: WardMention[] = [];
    for (let first = reader.peek(0); first !== undefined; first = reader.peek(0)) {
      const longest = this.longestMatch(reader);
      if (!longest) {
        reader.skip(1);
        continue;
      }
      const matched = text.slice(first.start, longest.last.end);
      for (const wardId of longest.wardIds) mentions.push({ wardId, matched, index: first.start });
      reader.skip(longest.words);
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
