/**
 * Finds the quoted messages in a body's lines, nearest first, in one forward pass.
 *
 * A message starts at a separator ("-----Original Message-----"), a header block ("From: ...
 * Sent: ..."), an attribution ("On ..., Jane Doe wrote:") or, failing those, a client's quote
 * element or a deeper `>` quote. Outlook chains put header blocks one after another; Gmail and
 * Apple Mail nest each older message one blockquote deeper; both come out in reading order.
 */
import type { MessageHeaders } from "../draft";
import { endsAttribution, MAX_ATTRIBUTION_LENGTH, readAttribution } from "./attribution";
import { headersOf, isMessageHeader, readHeaderBlock } from "./header-block";
import type { HeaderBlock } from "./header-block";
import type { BodyLine, QuoteMarker } from "./lines";
import { readSeparator } from "./separators";
import type { Separator } from "./separators";
import type { QuotedMessage, QuoteStyle } from "./types";

export interface ChainContext {
  bodyType: "html" | "text";
  /** The HTML was written by Microsoft Word (classic Outlook). */
  wordDocument: boolean;
}

export interface Chain {
  messages: QuotedMessage[];
  /** Index of the line where the quoted history starts. */
  firstLine?: number;
}

/** Blank lines allowed between a separator and its header block. */
const MAX_BLANKS_AFTER_SEPARATOR = 2;

/** A subject saying the message forwarded the one quoted below it. */
const FORWARD_SUBJECT = /^\s{0,4}fwd?\s{0,2}:/i;

/** A quote recognised only by its shape; `headerLine`: its first line is an unreadable header. */
interface AnonymousQuote {
  style: QuoteStyle;
  headerLine: boolean;
}

/** A message recognised by its header part. */
interface Found {
  headers: MessageHeaders;
  kind: QuotedMessage["kind"];
  style: QuoteStyle;
  /** Index of the first line after the header part. */
  end: number;
}

/** The client a marker names, if it names one. */
function specificStyle(markers: readonly QuoteMarker[]): QuoteStyle | undefined {
  for (const marker of markers) {
    if (marker.style && marker.style !== "blockquote") return marker.style;
  }
  return undefined;
}

/** Which convention a header block belongs to, from what surrounds it. */
function headerBlockStyle(
  markers: readonly QuoteMarker[],
  separator: Separator | undefined,
  block: HeaderBlock,
  context: ChainContext,
): QuoteStyle {
  // A quote element around a header block says who quoted it, not who wrote the header.
  const specific = specificStyle(markers.filter((marker) => !marker.blockquote));
  if (specific) return specific;
  if (separator) return separator.style;
  // Outlook for Mac labels the date "Date:", Outlook for Windows "Sent:".
  const outlook = block.dateLabel === "date" ? "outlook-mac" : "outlook-desktop";
  if (markers.some((marker) => marker.border) || context.wordDocument) return outlook;
  if (context.bodyType === "text" && block.dateLabel === "sent") return "outlook-text";
  return "header-block";
}

function emptyHeaders(): MessageHeaders {
  return { from: [], to: [], cc: [] };
}

/**
 * A header block at the line, or a separator and (after at most two blank lines) its header
 * block. A separator line is never a header line itself, so the two cannot both start here.
 */
function headerPartAt(
  lines: readonly BodyLine[],
  index: number,
  line: BodyLine,
  context: ChainContext,
): Found | undefined {
  const separator = readSeparator(line.content, context.bodyType);
  let headerIndex = index;
  if (separator) {
    headerIndex++;
    while (lines[headerIndex]?.blank && headerIndex - index <= MAX_BLANKS_AFTER_SEPARATOR) {
      headerIndex++;
    }
  }
  const block = readHeaderBlock(lines, headerIndex);
  // A separator or a client's marker above the block is context: it needs fewer fields.
  if (block && isMessageHeader(block, !!separator || line.markers.length > 0)) {
    return {
      headers: headersOf(block),
      kind: separator ? separator.kind : "reply",
      style: headerBlockStyle(line.markers, separator, block, context),
      end: block.end,
    };
  }
  if (!separator || separator.needsHeaders) return undefined;
  const style = specificStyle(line.markers) || separator.style;
  return { headers: emptyHeaders(), kind: separator.kind, style, end: index + 1 };
}

export function detectChain(lines: readonly BodyLine[], context: ChainContext): Chain {
  /**
   * The first line at or after `index` that is not blank. Only ever asked about the blank lines
   * after a line the main loop is on, so the scans add up to one pass.
   */
  const nextContent = (index: number): BodyLine | undefined => {
    while (lines[index]?.blank) index++;
    return lines[index];
  };

  /**
   * "On ... wrote:" (possibly wrapped onto a second line), accepted only when something quoted
   * follows: a deeper line next, or a client's quote element around it.
   */
  const attributionAt = (index: number, line: BodyLine): Found | undefined => {
    let text = line.content;
    if (text.length > MAX_ATTRIBUTION_LENGTH) return undefined;
    let end = index + 1;
    const following = lines[end];
    if (
      !endsAttribution(text) &&
      text.startsWith("On ") &&
      following &&
      following.depth === line.depth &&
      endsAttribution(following.content) &&
      text.length + following.content.length < MAX_ATTRIBUTION_LENGTH
    ) {
      text = `${text} ${following.content}`;
      end++;
    }
    const attribution = readAttribution(text);
    if (!attribution) return undefined;
    const quoted = nextContent(end);
    const deeper = quoted !== undefined && quoted.depth > line.depth;
    const inQuoteElement = line.markers.some((marker) => marker.strong);
    if (!deeper && !(attribution.explicit && inQuoteElement)) return undefined;

    const headers: MessageHeaders = { from: attribution.from, to: [], cc: [] };
    if (attribution.sent) headers.sent = attribution.sent;
    const style =
      specificStyle(line.markers) ||
      specificStyle(deeper ? quoted.markers : []) ||
      "attribution-line";
    return { headers, kind: "reply", style, end };
  };

  /**
   * A quote with no recognisable header: a client's quote element (whose first line is then taken
   * as the header we cannot read, say in another language), or a deeper quote (whose first line
   * is already the quoted text).
   */
  const anonymousQuoteAt = (
    index: number,
    line: BodyLine,
    bodyDepth: number,
  ): AnonymousQuote | undefined => {
    for (const marker of line.markers) {
      if (!marker.strong) continue;
      const style = marker.style || "blockquote";
      if (!marker.blockquote) return { style, headerLine: true };
      if (line.depth > bodyDepth) return { style, headerLine: false };
    }
    if (line.prefixDepth > 0 && line.depth > bodyDepth) {
      // One stray "> " line is not a quote; two or more at this depth are.
      const after = nextContent(index + 1);
      if (after && after.depth >= line.depth) return { style: "text-quote", headerLine: false };
    }
    return undefined;
  };

  const messages: QuotedMessage[] = [];
  let firstLine: number | undefined;
  let previousSubject = "";
  let awaitingBody = false;
  /** Depth of the latest message's text; a quote must be deeper to be an older message. */
  let bodyDepth = 0;

  const add = (
    index: number,
    headers: MessageHeaders,
    kind: Found["kind"],
    style: QuoteStyle,
  ): void => {
    firstLine ??= index;
    // A message whose subject is "FW: ..." forwarded the message quoted below it.
    if (FORWARD_SUBJECT.test(previousSubject)) kind = "forward";
    previousSubject = headers.subject || "";
    messages.push(Object.assign(headers, { kind, style, depth: messages.length }));
  };

  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || line.blank) {
      index++;
      continue;
    }
    const found = headerPartAt(lines, index, line, context) || attributionAt(index, line);
    if (found) {
      add(index, found.headers, found.kind, found.style);
      awaitingBody = true;
      bodyDepth = line.depth;
      // Always past this line: a header part is at least the line it starts on.
      index = found.end;
      continue;
    }
    const anonymous: AnonymousQuote | undefined = awaitingBody
      ? undefined
      : anonymousQuoteAt(index, line, bodyDepth);
    if (anonymous) add(index, emptyHeaders(), "reply", anonymous.style);
    if (anonymous || awaitingBody) bodyDepth = line.depth;
    awaitingBody = anonymous ? anonymous.headerLine : false;
    index++;
  }
  return firstLine === undefined ? { messages } : { messages, firstLine };
}
