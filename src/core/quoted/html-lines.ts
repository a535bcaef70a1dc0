/**
 * HTML body → plain-text lines, in one streaming pass.
 *
 * Block elements end lines, `<br>` always does, `<style>`/`<script>`/`<title>`/`<o:p>` and comments
 * (including Word's conditional comments) add nothing. Each line also records the source offset
 * where cutting would keep everything above it: the first tag or text after the previous line's
 * last visible content, so a cut there never splits the officer's own markup.
 */
import { VOID_ELEMENTS, walkHtml } from "./html-events";
import { markerForElement } from "./markers";
import { foldWhitespace, splitQuotePrefix } from "./lines";
import type { BodyLine, MailtoLink, QuoteMarker } from "./lines";

/** Content that is never displayed as text. */
const SKIPPED_ELEMENTS = new Set(["style", "script", "title", "xml", "o:p", "template"]);

const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tr",
  "ul",
]);

/** Shown without text: a line holding one is not blank (a signature logo is the officer's). */
const MEDIA_ELEMENTS = new Set([
  "img",
  "svg",
  "video",
  "audio",
  "object",
  "embed",
  "iframe",
  "canvas",
  "input",
]);

/**
 * The document shell: never a cut point, so a body that is all quoted history keeps its `<head>`
 * (Word's styles) and `<body>` attributes when the history is removed.
 */
const SHELL_ELEMENTS = new Set(["html", "head", "body", "meta", "link", "base", "basefont"]);

/** More markers than this between two lines is pathological; the first ones are enough. */
const MAX_MARKERS_PER_LINE = 16;

/** Any character that is not whitespace or a zero-width mark. */
const VISIBLE_CHARACTER = /[^\s\u200b-\u200f\u2060\ufeff]/;
/** A character HTML does not collapse (a no-break space shows as space: the line exists). */
const NON_COLLAPSIBLE = /[^ \t\n\r\f]/;

interface OpenElement {
  name: string;
  serial: number;
  skip: boolean;
}

interface PendingMarker {
  marker: QuoteMarker;
  /** Index of the element in the open-element stack, and its serial, to tell if it is still open. */
  stackIndex: number;
  serial: number;
}

interface PendingLink {
  lineSerial: number;
  chunkIndex: number;
  address: string;
}

export interface HtmlLines {
  lines: BodyLine[];
  /** Written by Microsoft Word (classic Outlook on Windows and Mac). */
  wordDocument: boolean;
}

function mailtoAddress(href: string | undefined): string | undefined {
  if (!href || href.slice(0, 7).toLowerCase() !== "mailto:") return undefined;
  let address = href.slice(7);
  const query = address.indexOf("?");
  if (query >= 0) address = address.slice(0, query);
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
    (attributes["name"] ?? "").toLowerCase() === "generator" &&
    (attributes["content"] ?? "").toLowerCase().startsWith("microsoft word")
  );
}

/** Converts an HTML body to lines; linear in the length of `html`. */
export function htmlToLines(html: string): HtmlLines {
  const lines: BodyLine[] = [];
  const open: OpenElement[] = [];
  let serial = 0;
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
  let lineSerial = 0;

  // Since the last visible content: where a cut may start, and the markers seen.
  let pendingStart: number | undefined;
  let pendingMarkers: PendingMarker[] = [];
  let pendingLink: PendingLink | undefined;

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
    lineSerial++;
  };

  /** End of a block: ends the line if it has anything on it. */
  const blockBoundary = (): void => {
    if (touched) flushLine();
  };

  const addText = (text: string, position: number): void => {
    if (text.length === 0) return;
    chunks.push(text);
    if (VISIBLE_CHARACTER.test(text)) markContent(position);
    else if (NON_COLLAPSIBLE.test(text)) touched = true;
  };

  const finishLink = (): void => {
    if (!pendingLink) return;
    if (pendingLink.lineSerial === lineSerial) {
      const text = foldWhitespace(chunks.slice(pendingLink.chunkIndex).join(""));
      if (text.length > 0) lineLinks.push({ text, address: pendingLink.address });
    }
    pendingLink = undefined;
  };

  walkHtml(html, {
    onOpen(name, attributes, start) {
      const isVoid = VOID_ELEMENTS.has(name);
      const skip = SKIPPED_ELEMENTS.has(name);
      if (!isVoid) open.push({ name, serial: ++serial, skip });
      if (isWordGenerator(name, attributes)) wordDocument = true;
      if (skipDepth > 0 || skip) {
        if (skip && !isVoid) skipDepth++;
        return;
      }
      if (!wordDocument && /(^|\s)MsoNormal(\s|$)/.test(attributes["class"] ?? "")) {
        wordDocument = true;
      }

      if (!SHELL_ELEMENTS.has(name)) pendingStart ??= start;
      if (BLOCK_ELEMENTS.has(name)) blockBoundary();
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
        if (address) pendingLink = { lineSerial, chunkIndex: chunks.length, address };
      }
    },

    onClose(name) {
      if (VOID_ELEMENTS.has(name)) return;
      const element = open.pop();
      if (element?.skip && skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (skipDepth > 0) return;
      if (name === "a") finishLink();
      else if (name === "blockquote") blockquoteDepth = Math.max(0, blockquoteDepth - 1);
      else if (name === "pre") preDepth = Math.max(0, preDepth - 1);
      if (BLOCK_ELEMENTS.has(name)) blockBoundary();
    },

    onText(text, start) {
      if (skipDepth > 0) return;
      if (preDepth === 0) {
        addText(text, start);
        return;
      }
      // Inside <pre> a newline is a line break.
      let from = 0;
      for (;;) {
        const newline = text.indexOf("\n", from);
        if (newline < 0) break;
        addText(text.slice(from, newline), start + from);
        flushLine();
        from = newline + 1;
      }
      addText(text.slice(from), start + from);
    },
  });
  if (touched) flushLine();
  return { lines, wordDocument };
}
