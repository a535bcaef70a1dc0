/**
 * The common shape both body types are reduced to before quoted history is looked for: a list of
 * plain-text lines, each knowing where it starts in the source and how deeply it is quoted.
 */
import type { QuoteStyle } from "./types";

/**
 * A hint from the HTML structure that quoted history starts here (an element a client only
 * writes around quoted messages, or a rule/border it draws above a header block).
 */
export interface QuoteMarker {
  /** The client convention the element belongs to; none for a plain rule or top border. */
  style?: QuoteStyle;
  /**
   * Strong markers only ever wrap quoted history (Gmail's `gmail_quote`, Outlook on the web's
   * `divRplyFwdMsg`, a `<blockquote type="cite">`): they start a message even when its header
   * lines are in a language we do not read. Weak ones (a rule, a top border) only vouch for a
   * header block that follows.
   */
  strong: boolean;
  /** The element is a quoting blockquote: its content is one level deeper. */
  blockquote: boolean;
  /** An Outlook-style top border (which only Outlook draws above a header block). */
  border?: boolean;
}

/** A mailto link on a line: the visible text and the address it points at. */
export interface MailtoLink {
  text: string;
  address: string;
}

export interface BodyLine {
  /** The line as displayed: whitespace folded, trimmed. */
  text: string;
  /** `text` without its leading `>` quote markers. */
  content: string;
  /** Source offset such that cutting there keeps every line above this one intact. */
  start: number;
  /** Quote nesting: enclosing blockquotes plus leading `>` markers. */
  depth: number;
  /** Leading `>` markers only. */
  prefixDepth: number;
  /** Structural hints seen since the previous line with content. */
  markers: QuoteMarker[];
  links: MailtoLink[];
  /** No text and no image. */
  blank: boolean;
}

const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff]/g;
const HAS_ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff]/;
const WHITESPACE_RUN = /\s+/g;
/** Whitespace other than single spaces between words: only then is there anything to fold. */
const NEEDS_FOLDING = /\s\s|[^\S ]|^\s|\s$/;

/** Folds whitespace (including no-break spaces) to single spaces and drops zero-width marks. */
export function foldWhitespace(text: string): string {
  const visible = HAS_ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH, "") : text;
  // Most lines are already folded; testing is much cheaper than rebuilding them.
  return NEEDS_FOLDING.test(visible) ? visible.replace(WHITESPACE_RUN, " ").trim() : visible;
}

/** Leading `>` quote markers, with spaces after each (`>`, `>>`, `> >`). */
const QUOTE_PREFIX = /^(?:> *)*/;

/** Splits leading `>` quote markers off a folded line. */
export function splitQuotePrefix(text: string): { depth: number; content: string } {
  const content = text.replace(QUOTE_PREFIX, "");
  const prefix = text.slice(0, text.length - content.length);
  return { depth: prefix.split(">").length - 1, content };
}

/**
 * Joins lines' display text, dropping blank lines at either end. Each line's text is folded
 * (no whitespace at its ends), so trimming the joined text drops exactly those blank lines.
 */
export function joinLineText(lines: readonly BodyLine[]): string {
  return lines
    .map((line) => line.text)
    .join("\n")
    .trim();
}
