/**
 * HTML body → plain-text lines, in one streaming pass.
 *
 * Block elements end lines, `<br>` always does, `<style>`/`<script>`/`<title>`/`<o:p>` and comments
 * (including Word's conditional comments) add nothing. Each line also records the source offset
 * where cutting would keep everything above it: the first tag or text after the previous line's
 * last visible content, so a cut there never splits the officer's own markup.
 */
import { CLOSING_PARAGRAPHS, nameSet, VOID_ELEMENTS, walkHtml } from "./html-events";
import { markerForElement } from "./markers";
import { foldWhitespace, splitQuotePrefix } from "./lines";
import type { BodyLine, MailtoLink, QuoteMarker } from "./lines";

/** Content that is never displayed as text. */
const SKIPPED_ELEMENTS = nameSet("style script title xml o:p template");

/** Elements that end the line before them and the line they hold. */
const BLOCK_ELEMENTS = nameSet(
  `${CLOSING_PARAGRAPHS} body caption center dd dt html li summary tr`,
);

/** Shown without text: a line holding one is not blank (a signature logo is the officer's). */
const MEDIA_ELEMENTS = nameSet("img svg video audio object embed iframe canvas input");

/**
 * The document shell: never a cut point, so a body that is all quoted history keeps its `<head>`
 * (Word's styles) and `<body>` attributes when the history is removed.
 */
const SHELL_ELEMENTS = nameSet("html head body meta link base basefont");

/** More markers than this between two lines is pathological; the first ones are enough. */
const MAX_MARKERS_PER_LINE = 16;

/** Any character that is not whitespace or a zero-width mark. */
const VISIBLE_CHARACTER = /[^\s\u200b-\u200f\u2060\ufeff]/;
/** A character HTML does not collapse (a no-break space shows as space: the line exists). */
const NON_COLLAPSIBLE = /[^ \t\n\r\f]/;

const MAILTO = /^mailto:([^?]*)/i;

interface OpenElement {
  /** Numbers the non-void elements in opening order. */
  serial: number;
  /** A skipped element: nothing inside it is shown. */
  skip: boolean;
}

interface PendingMarker {
  marker: QuoteMarker;
  /** Index of the element in the open-element stack, and its serial, to tell if it is still open. */
  stackIndex: number;
  serial: number;
}

export interface HtmlLines {
  lines: BodyLine[];
  /** Written by Microsoft Word (classic Outlook on Windows and Mac). */
  wordDocument: boolean;
}

function mailtoAddress(href = ""): string | undefined {
  const mailto = MAILTO.exec(href);
  if (!mailto) return undefined;
  let address = mailto[1] || "";
  try {
    address = decodeURIComponent(address);
  } catch {
    // A malformed escape: keep it as written.
  }
  address = address.trim();
  return address.includes("@") ? address : undefined;
}

function isWordGenerator(name: string, attributes: Readonly<Record<string, string>>): boolean {
  return (
    name === "meta" &&
    (attributes["name"] || "").toLowerCase() === "generator" &&
    (attributes["content"] || "").toLowerCase().startsWith("microsoft word")
  );
}

/** Converts an HTML body to lines; linear in the length of `html`. */
export function htmlToLines(html: string): HtmlLines {
  const lines: BodyLine[] = [];
  const open: OpenElement[] = [];
  let serial = 0;
  /** Open skipped elements; nothing is shown while there are any. */
  let skipDepth = 0;
  let blockquoteDepth = 0;
  let preDepth = 0;
  let wordDocument = false;

  // The line being built.
  let chunks: string[] = [];
  let touched = false;
  let hasContent = false;
  let lineStart = 0;
  let lineDepth = 0;
  let lineMarkers: QuoteMarker[] = [];
  let lineLinks: MailtoLink[] = [];

  // Since the last visible content: where a cut may start, and the markers seen.
  let pendingStart: number | undefined;
  let pendingMarkers: PendingMarker[] = [];

  // The mailto link being read: its address, and where its text starts (undefined when none).
  let linkAddress = "";
  let linkFirstChunk: number | undefined;

  const isLive = (pending: PendingMarker): boolean =>
    !pending.marker.strong || open[pending.stackIndex]?.serial === pending.serial;

  /** Visible content at `position`: the line starts here if it had none yet. */
  const markContent = (position: number): void => {
    if (!hasContent) {
      hasContent = true;
      lineStart = pendingStart ?? position;
      lineDepth = blockquoteDepth;
      lineMarkers = pendingMarkers.filter(isLive).map((pending) => pending.marker);
    }
    touched = true;
    pendingStart = undefined;
    pendingMarkers = [];
  };

  const flushLine = (): void => {
    const text = foldWhitespace(chunks.join(""));
    const prefix = splitQuotePrefix(text);
    lines.push({
      text,
      content: prefix.content,
      start: hasContent ? lineStart : (pendingStart ?? lineStart),
      depth: (hasContent ? lineDepth : blockquoteDepth) + prefix.depth,
      prefixDepth: prefix.depth,
      markers: hasContent ? lineMarkers : [],
      links: lineLinks,
      blank: !hasContent,
    });
    chunks = [];
    touched = false;
    hasContent = false;
    lineMarkers = [];
    lineLinks = [];
    // A link's text ends with its line.
    linkFirstChunk = undefined;
  };

  const addText = (text: string, position: number): void => {
    if (text.length === 0) return;
    chunks.push(text);
    if (VISIBLE_CHARACTER.test(text)) markContent(position);
    else if (NON_COLLAPSIBLE.test(text)) touched = true;
  };

  walkHtml(html, {
    onOpen(name, attributes, start) {
      const isVoid = VOID_ELEMENTS.has(name);
      const skip = SKIPPED_ELEMENTS.has(name);
      if (!isVoid) open.push({ serial: ++serial, skip });
      if (isWordGenerator(name, attributes)) wordDocument = true;
      if (skip) skipDepth++;
      if (skipDepth > 0) return;
      if (/(^|\s)MsoNormal(\s|$)/.test(attributes["class"] || "")) wordDocument = true;

      if (!SHELL_ELEMENTS.has(name)) pendingStart ??= start;
      if (BLOCK_ELEMENTS.has(name) && touched) flushLine();
      const marker = markerForElement(name, attributes);
      if (marker && pendingMarkers.length < MAX_MARKERS_PER_LINE) {
        pendingMarkers.push({ marker, stackIndex: open.length - 1, serial });
      }
      if (name === "br") flushLine();
      else if (name === "td" || name === "th") addText(" ", start);
      else if (name === "blockquote") blockquoteDepth++;
      else if (name === "pre") preDepth++;
      else if (MEDIA_ELEMENTS.has(name)) markContent(start);
      else if (name === "a") {
        const address = mailtoAddress(attributes["href"]);
        if (address) {
          linkAddress = address;
          linkFirstChunk = chunks.length;
        }
      }
    },

    onClose(name) {
      if (VOID_ELEMENTS.has(name)) return;
      if (open.pop()?.skip) {
        skipDepth--;
        return;
      }
      if (skipDepth > 0) return;
      // Opened with nothing skipped around it, so each close matches an open counted above.
      if (name === "a" && linkFirstChunk !== undefined) {
        const text = foldWhitespace(chunks.slice(linkFirstChunk).join(""));
        if (text.length > 0) lineLinks.push({ text, address: linkAddress });
        linkFirstChunk = undefined;
      } else if (name === "blockquote") blockquoteDepth--;
      else if (name === "pre") preDepth--;
      if (BLOCK_ELEMENTS.has(name) && touched) flushLine();
    },

    onText(text, start) {
      if (skipDepth > 0) return;
      // Inside <pre> a newline is a line break.
      const pieces = preDepth > 0 ? text.split("\n") : [text];
      let offset = start;
      pieces.forEach((piece, i) => {
        if (i > 0) flushLine();
        addText(piece, offset);
        offset += piece.length + 1;
      });
    },
  });
  if (touched) flushLine();
  return { lines, wordDocument };
}
