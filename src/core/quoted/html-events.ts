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
import type { TokenizerCallbacks } from "htmlparser2";
import { decodeHtmlEntities, decodeReferenceAt } from "../text/html-entities";

export interface HtmlHandler {
  /** `start` is the offset of the tag's `<` in the source. */
  onOpen(name: string, attributes: Readonly<Record<string, string>>, start: number): void;
  /** Called for every element closed, explicitly or implicitly (void elements close at once). */
  onClose(name: string): void;
  /** Decoded text; `start` is where the text (or the entity) begins in the source. */
  onText(text: string, start: number): void;
}

/** Elements with no content and no end tag (htmlparser2's list). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

const P_ONLY = new Set(["p"]);
const FORM_TAGS = new Set([
  "input",
  "option",
  "optgroup",
  "select",
  "button",
  "datalist",
  "textarea",
]);
const DD_DT = new Set(["dd", "dt"]);

/** Opening these closes the listed elements when they are the current element (htmlparser2's table). */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT],
  ["dt", DD_DT],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ...["select", "input", "output", "button", "datalist", "textarea"].map(
    (tag): [string, ReadonlySet<string>] => [tag, FORM_TAGS],
  ),
  ...[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "pre",
    "section",
    "table",
    "ul",
  ].map((tag): [string, ReadonlySet<string>] => [tag, P_ONLY]),
]);

/** The open-element stack: push/pop at the end, with a count per name for O(1) "is it open?". */
class ElementStack {
  private readonly names: string[] = [];
  private readonly counts = new Map<string, number>();

  get top(): string | undefined {
    return this.names[this.names.length - 1];
  }

  isOpen(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  pop(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    return name;
  }

  /** Outermost first. */
  snapshot(): string[] {
    return this.names.slice();
  }
}

/**
 * Walks `html`, calling `handler` for each event in source order. Returns the elements still open
 * at the end of the input, outermost first (what a truncated document would need closing).
 */
export function walkHtml(html: string, handler: HtmlHandler): string[] {
  const stack = new ElementStack();
  let tagName = "";
  let tagStart = 0;
  let attributes: Record<string, string> = {};
  let attributeName = "";
  let attributeValue = "";

  const closeTop = (): void => {
    const name = stack.pop();
    if (name !== undefined) handler.onClose(name);
  };

  const openTag = (name: string, start: number): void => {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) {
      while (stack.top !== undefined && closes.has(stack.top)) closeTop();
    }
    tagName = name;
    tagStart = start;
    attributes = {};
  };

  const endOpenTag = (): void => {
    handler.onOpen(tagName, attributes, tagStart);
    if (VOID_ELEMENTS.has(tagName)) handler.onClose(tagName);
    else stack.push(tagName);
    tagName = "";
  };

  const callbacks: TokenizerCallbacks = {
    onattribdata(start, end) {
      attributeValue += html.slice(start, end);
    },
    onattribentity() {
      // Not called: entities are decoded here, not by the tokenizer (see walkHtml's options).
    },
    onattribend() {
      if (!Object.prototype.hasOwnProperty.call(attributes, attributeName)) {
        attributes[attributeName] = decodeHtmlEntities(attributeValue, true);
      }
      attributeValue = "";
    },
    onattribname(start, end) {
      attributeName = html.slice(start, end).toLowerCase();
    },
    oncdata() {
      // Not content.
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (VOID_ELEMENTS.has(name)) {
        // Browsers (and htmlparser2) read a stray `</br>` as `<br>`; other void end tags are ignored.
        if (name === "br") {
          handler.onOpen("br", {}, start - 2);
          handler.onClose("br");
        }
        return;
      }
      if (stack.isOpen(name)) {
        let closed: string | undefined;
        do {
          closed = stack.pop();
          if (closed !== undefined) handler.onClose(closed);
        } while (closed !== undefined && closed !== name);
      } else if (name === "p") {
        // A stray `</p>` makes an empty paragraph.
        handler.onOpen("p", {}, start - 2);
        handler.onClose("p");
      }
    },
    oncomment() {
      // Not content.
    },
    ondeclaration() {
      // Not content.
    },
    onend() {
      // Nothing to flush: open elements are returned to the caller.
    },
    onopentagend() {
      endOpenTag();
    },
    onopentagname(start, end) {
      openTag(html.slice(start, end).toLowerCase(), start - 1);
    },
    onprocessinginstruction() {
      // Not content.
    },
    onselfclosingtag() {
      // In HTML `<div/>` opens a div; only void elements (already handled) have no content.
      endOpenTag();
    },
    ontext(start, end) {
      emitText(start, end);
    },
    ontextentity() {
      // Not called: see ontext.
    },
  };

  /** The next "&" at or after a position (texts arrive in order, so the search never restarts). */
  let nextAmpersand = -1;
  const ampersandFrom = (position: number): number => {
    if (nextAmpersand !== Infinity && nextAmpersand < position) {
      const found = html.indexOf("&", position);
      nextAmpersand = found < 0 ? Infinity : found;
    }
    return nextAmpersand;
  };

  /** Text between `start` and `end`, with each character reference its own event at its offset. */
  const emitText = (start: number, end: number): void => {
    let from = start;
    for (let at = ampersandFrom(start); at < end; at = ampersandFrom(at + 1)) {
      // A reference is only "#", letters, digits and ";", so it cannot run past the text's "<".
      const reference = decodeReferenceAt(html, at);
      if (!reference) continue;
      if (at > from) handler.onText(html.slice(from, at), from);
      handler.onText(reference.text, at);
      from = at + reference.length;
      at = from - 1;
    }
    if (end > from) handler.onText(html.slice(from, end), from);
  };

  // decodeEntities off: our own decoder (../text/html-entities) keeps the on-send script small,
  // and the tokenizer skips to the next "<" instead of stopping at every "&".
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  // A tag cut off by the end of input is dropped, as htmlparser2 does.
  return stack.snapshot();
}
