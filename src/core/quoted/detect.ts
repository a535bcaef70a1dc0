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

/** A quote recognised only by its shape; `headerLine`: its first line is an unreadable header. */
interface AnonymousQuote {
  style: QuoteStyle;
  headerLine: boolean;
}

interface Found {
  headers: MessageHeaders;
  kind: "reply" | "forward";
  style: QuoteStyle;
  /** Index of the first line after the message's header part. */
  end: number;
}

/** For each line, the index of the next non-blank line at or after it. */
function nextContentIndexes(lines: readonly BodyLine[]): Int32Array {
  const next = new Int32Array(lines.length + 1);
  next[lines.length] = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = lines[i]?.blank ? (next[i + 1] ?? -1) : i;
  }
  return next;
}

/** The client a marker names, if it names one. */
function specificStyle(markers: readonly QuoteMarker[]): QuoteStyle | undefined {
  for (const marker of markers) {
    if (marker.style !== "generic" && marker.style !== "blockquote") return marker.style;
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
  if (markers.some((marker) => marker.shape === "border") || context.wordDocument) return outlook;
  if (context.bodyType === "text" && block.dateLabel === "sent") return "outlook-text";
  return "header-block";
}

function emptyHeaders(): MessageHeaders {
  return { from: [], to: [], cc: [] };
}

class ChainDetector {
  private readonly next: Int32Array;

  constructor(
    private readonly lines: readonly BodyLine[],
    private readonly context: ChainContext,
  ) {
    this.next = nextContentIndexes(lines);
  }

  private nextContent(index: number): BodyLine | undefined {
    const at = this.next[Math.min(index, this.lines.length)] ?? -1;
    return at < 0 ? undefined : this.lines[at];
  }

  /** A separator, then (after at most two blank lines) its header block. */
  private separatorAt(index: number, line: BodyLine): Found | undefined {
    const separator = readSeparator(line.content, this.context.bodyType);
    if (!separator) return undefined;
    let headerIndex = index + 1;
    let blanks = 0;
    while (this.lines[headerIndex]?.blank && blanks < MAX_BLANKS_AFTER_SEPARATOR) {
      headerIndex++;
      blanks++;
    }
    const block = readHeaderBlock(this.lines, headerIndex);
    if (block && isMessageHeader(block, true)) {
      return {
        headers: headersOf(block),
        kind: separator.kind,
        style: headerBlockStyle(line.markers, separator, block, this.context),
        end: block.end,
      };
    }
    if (separator.needsHeaders) return undefined;
    const style = specificStyle(line.markers) ?? separator.style;
    return { headers: emptyHeaders(), kind: separator.kind, style, end: index + 1 };
  }

  private headerBlockAt(index: number, line: BodyLine): Found | undefined {
    const block = readHeaderBlock(this.lines, index);
    if (!block || !isMessageHeader(block, line.markers.length > 0)) return undefined;
    return {
      headers: headersOf(block),
      kind: "reply",
      style: headerBlockStyle(line.markers, undefined, block, this.context),
      end: block.end,
    };
  }

  /**
   * "On ... wrote:" (possibly wrapped onto a second line), accepted only when something quoted
   * follows: a deeper line next, or a client's quote element around it.
   */
  private attributionAt(index: number, line: BodyLine): Found | undefined {
    if (line.content.length > MAX_ATTRIBUTION_LENGTH) return undefined;
    let text = line.content;
    let end = index + 1;
    const following = this.lines[index + 1];
    if (
      !endsAttribution(text) &&
      text.startsWith("On ") &&
      following &&
      !following.blank &&
      following.depth === line.depth &&
      endsAttribution(following.content) &&
      text.length + following.content.length < MAX_ATTRIBUTION_LENGTH
    ) {
      text = `${text} ${following.content}`;
      end = index + 2;
    }
    const attribution = readAttribution(text);
    if (!attribution) return undefined;
    const quoted = this.nextContent(end);
    const deeper = quoted !== undefined && quoted.depth > line.depth;
    const inQuoteElement = line.markers.some((marker) => marker.strong);
    if (!deeper && !(attribution.explicit && inQuoteElement)) return undefined;

    const headers = emptyHeaders();
    headers.from = attribution.from;
    if (attribution.sent) headers.sent = attribution.sent;
    const style =
      specificStyle(line.markers) ??
      specificStyle(deeper && quoted ? quoted.markers : []) ??
      "attribution-line";
    return { headers, kind: "reply", style, end };
  }

  private messageAt(index: number, line: BodyLine): Found | undefined {
    return (
      this.separatorAt(index, line) ??
      this.headerBlockAt(index, line) ??
      this.attributionAt(index, line)
    );
  }

  /**
   * A quote with no recognisable header: a client's quote element (whose first line is then taken
   * as the header we cannot read, say in another language), or a deeper quote (whose first line
   * is already the quoted text).
   */
  private anonymousQuoteAt(
    index: number,
    line: BodyLine,
    bodyDepth: number,
  ): AnonymousQuote | undefined {
    for (const marker of line.markers) {
      if (!marker.strong) continue;
      const style = marker.style === "generic" ? "blockquote" : marker.style;
      if (!marker.blockquote) return { style, headerLine: true };
      if (line.depth > bodyDepth) return { style, headerLine: false };
    }
    if (line.prefixDepth > 0 && line.depth > bodyDepth) {
      // One stray "> " line is not a quote; two or more at this depth are.
      const after = this.nextContent(index + 1);
      if (after && after.depth >= line.depth) return { style: "text-quote", headerLine: false };
    }
    return undefined;
  }

  detect(): Chain {
    const messages: QuotedMessage[] = [];
    let firstLine: number | undefined;
    let awaitingBody = false;
    /** Depth of the latest message's text; a quote must be deeper to be an older message. */
    let bodyDepth = 0;

    const add = (index: number, message: Omit<QuotedMessage, "depth">): void => {
      firstLine ??= index;
      messages.push({ ...message, depth: messages.length });
    };

    let index = 0;
    while (index < this.lines.length) {
      const line = this.lines[index];
      if (!line || line.blank) {
        index++;
        continue;
      }
      const found = this.messageAt(index, line);
      if (found) {
        add(index, { ...found.headers, kind: found.kind, style: found.style });
        awaitingBody = true;
        bodyDepth = line.depth;
        index = Math.max(found.end, index + 1);
        continue;
      }
      const anonymous: AnonymousQuote | undefined = awaitingBody
        ? undefined
        : this.anonymousQuoteAt(index, line, bodyDepth);
      if (anonymous) add(index, { ...emptyHeaders(), kind: "reply", style: anonymous.style });
      if (anonymous || awaitingBody) bodyDepth = line.depth;
      awaitingBody = anonymous?.headerLine ?? false;
      index++;
    }
    markForwardedBySubject(messages);
    return firstLine === undefined ? { messages } : { messages, firstLine };
  }
}

/** A message whose subject is "FW: ..." forwarded the message quoted below it. */
function markForwardedBySubject(messages: QuotedMessage[]): void {
  for (let i = 1; i < messages.length; i++) {
    const subject = messages[i - 1]?.subject ?? "";
    const message = messages[i];
    if (message && /^\s{0,4}fwd?\s{0,2}:/i.test(subject)) message.kind = "forward";
  }
}

export function detectChain(lines: readonly BodyLine[], context: ChainContext): Chain {
  return new ChainDetector(lines, context).detect();
}
