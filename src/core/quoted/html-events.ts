/**
 * A streaming walk over HTML: open tags (with attributes and source offset), close tags and text,
 * with the element nesting worked out the way htmlparser2's `Parser` does it.
 *
 * Why not `Parser` itself: it keeps its open-element stack with `Array#unshift`/`indexOf` from the
 * top, which is quadratic in nesting depth (1 MB of nested `<div>`s takes seconds). This drives
 * htmlparser2's `Tokenizer` (a linear state machine) and keeps the stack with push/pop plus a count
 * per tag name, so every event is O(1) amortised and the whole walk is linear.
 */
import { Tokenizer } from "htmlparser2";
import { decodeHtmlEntities, forEachDecodedPiece } from "../text/html-entities";

export interface HtmlHandler {
  /** `start` is the offset of the tag's `<` in the source. */
  onOpen(name: string, attributes: Readonly<Record<string, string>>, start: number): void;
  /** Called for every element closed, explicitly or implicitly (void elements close at once). */
  onClose(name: string): void;
  /** Decoded text; `start` is where the text (or the entity) begins in the source. */
  onText(text: string, start: number): void;
}

/** A set of names written as one space-separated list (element lists read better that way). */
export const nameSet = (names: string): ReadonlySet<string> => new Set(names.split(" "));

/** Elements with no content and no end tag (htmlparser2's list). */
export const VOID_ELEMENTS = nameSet(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param " +
    "source track wbr",
);

/** Elements whose opening closes an open `<p>`: block-level ones (htmlparser2's list). */
export const CLOSING_PARAGRAPHS =
  "p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption " +
  "figure footer form header hr main nav ol pre section table ul";

/**
 * htmlparser2's table of implied end tags: opening an element named before the ">" closes the
 * current element, and then its parent, for as long as they are named after it.
 */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>();
for (const rule of [
  "tr > tr th td",
  "th > th",
  "td > thead th td",
  "body > head link script",
  "li > li",
  "option > option",
  "optgroup > optgroup option",
  "dd dt > dd dt",
  "tbody tfoot > thead tbody",
  "rt rp > rt rp",
  "select input output button datalist textarea > " +
    "input option optgroup select button datalist textarea",
  `${CLOSING_PARAGRAPHS} > p`,
]) {
  const [opening = "", closed = ""] = rule.split(" > ");
  const closes = nameSet(closed);
  for (const name of opening.split(" ")) OPEN_IMPLIES_CLOSE.set(name, closes);
}

/** For tokenizer events that carry nothing we use. */
const ignore = (): void => {};

/**
 * Walks `html`, calling `handler` for each event in source order. Returns the elements still open
 * at the end of the input, outermost first (what a truncated document would need closing).
 */
export function walkHtml(html: string, handler: HtmlHandler): string[] {
  /** The open elements, outermost first, with a count per name for an O(1) "is it open?". */
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let tagName = "";
  let tagStart = 0;
  let attributes: Record<string, string> = {};
  let attributeName = "";
  let attributeValue = "";

  const closeCurrent = (): string | undefined => {
    const name = open.pop();
    if (name !== undefined) {
      openCount.set(name, (openCount.get(name) || 0) - 1);
      handler.onClose(name);
    }
    return name;
  };

  const endOpenTag = (): void => {
    handler.onOpen(tagName, attributes, tagStart);
    if (VOID_ELEMENTS.has(tagName)) {
      handler.onClose(tagName);
    } else {
      open.push(tagName);
      openCount.set(tagName, (openCount.get(tagName) || 0) + 1);
    }
  };

  /** An element made up by a lone end tag, as browsers do for `</br>` and `</p>`. */
  const emptyElement = (name: string, start: number): void => {
    handler.onOpen(name, {}, start);
    handler.onClose(name);
  };

  const tokenizer = new Tokenizer(
    // Entities are decoded here by ../text/html-entities, which keeps the on-send script small;
    // without decoding the tokenizer also skips to the next "<" instead of stopping at each "&".
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const closes = OPEN_IMPLIES_CLOSE.get(name);
        while (closes?.has(open[open.length - 1] ?? "")) closeCurrent();
        tagName = name;
        tagStart = start - 1;
        attributes = {};
      },
      onattribname(start, end) {
        attributeName = html.slice(start, end).toLowerCase();
      },
      onattribdata(start, end) {
        attributeValue += html.slice(start, end);
      },
      onattribend() {
        // The first of repeated attributes counts, as in browsers.
        if (!Object.prototype.hasOwnProperty.call(attributes, attributeName)) {
          attributes[attributeName] = decodeHtmlEntities(attributeValue, true);
        }
        attributeValue = "";
      },
      onopentagend: endOpenTag,
      // In HTML `<div/>` opens a div; only void elements (already handled) have no content.
      onselfclosingtag: endOpenTag,
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (VOID_ELEMENTS.has(name)) {
          // Browsers (and htmlparser2) read a stray `</br>` as `<br>`; other void end tags are ignored.
          if (name === "br") emptyElement(name, start - 2);
        } else if (openCount.get(name)) {
          // Closes everything opened inside it too.
          while (closeCurrent() !== name) continue;
        } else if (name === "p") {
          emptyElement(name, start - 2);
        }
      },
      // Text, with each character reference its own event at its offset. A text runs up to a
      // "<" or the end, and references hold no "<", so each text decodes on its own.
      ontext(start, end) {
        forEachDecodedPiece(html.slice(start, end), (piece, offset) =>
          handler.onText(piece, start + offset),
        );
      },
      // Comments, CDATA, declarations and processing instructions are not content; entities
      // are not reported with decoding off; open elements are returned rather than flushed.
      oncomment: ignore,
      oncdata: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onattribentity: ignore,
      ontextentity: ignore,
      onend: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  // A tag cut off by the end of input is dropped, as htmlparser2 does.
  return open;
}
