/**
 * Lines clients put above a quoted message's header block: "-----Original Message-----",
 * Gmail's "---------- Forwarded message ---------", Thunderbird's
 * "-------- Forwarded Message --------", Apple Mail's "Begin forwarded message:", and the
 * underscore rule Outlook on the web puts above "From:" in plain text.
 */
import type { QuoteStyle } from "./types";

export interface Separator {
  kind: "reply" | "forward";
  style: QuoteStyle;
  /** Only a separator when a header block follows (an underscore rule may just be decoration). */
  needsHeaders: boolean;
}

/** No separator is longer than this; longer lines are not looked at. */
const MAX_SEPARATOR_LENGTH = 120;
const MIN_UNDERSCORES = 10;

function countLeading(text: string, c: string): number {
  let n = 0;
  while (n < text.length && text.charAt(n) === c) n++;
  return n;
}

function countTrailing(text: string, c: string): number {
  let n = 0;
  while (n < text.length && text.charAt(text.length - 1 - n) === c) n++;
  return n;
}

/** Reads `content` (a folded line) as a separator, for a body of `bodyType`. */
export function readSeparator(content: string, bodyType: "html" | "text"): Separator | undefined {
  if (content.length === 0 || content.length > MAX_SEPARATOR_LENGTH) return undefined;

  const underscores = countLeading(content, "_");
  if (underscores === content.length && underscores >= MIN_UNDERSCORES) {
    return {
      kind: "reply",
      style: bodyType === "text" ? "outlook-text" : "outlook-web",
      needsHeaders: true,
    };
  }
  if (content.toLowerCase() === "begin forwarded message:") {
    return { kind: "forward", style: "apple-mail", needsHeaders: false };
  }

  const leadingDashes = countLeading(content, "-");
  const trailingDashes = countTrailing(content, "-");
  if (leadingDashes < 2 || trailingDashes < 2 || leadingDashes === content.length) return undefined;
  const words = content
    .slice(leadingDashes, content.length - trailingDashes)
    .trim()
    .toLowerCase();
  if (words === "original message") {
    // Thunderbird writes eight dashes and spaces; Outlook five and none.
    if (leadingDashes >= 8) return { kind: "reply", style: "thunderbird", needsHeaders: false };
    const style = bodyType === "text" ? "outlook-text" : "outlook-desktop";
    return { kind: "reply", style, needsHeaders: false };
  }
  if (words === "forwarded message") {
    const style =
      leadingDashes === 10 ? "gmail" : leadingDashes === 8 ? "thunderbird" : "header-block";
    return { kind: "forward", style, needsHeaders: false };
  }
  return undefined;
}
