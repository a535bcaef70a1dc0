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
/** Outlook on the web's rule: ten or more underscores. */
const UNDERSCORE_RULE = /^_{10,}$/;
/**
 * Words between two runs of dashes: the leading dashes, then the words (what
 * `/^(-{2,})([\s\S]*?)-{2,}$/` would capture, read in one pass from each end).
 */
function dashed(content: string): { dashes: string; words: string } | undefined {
  let lead = 0;
  while (lead < content.length && content.charAt(lead) === "-") lead++;
  if (lead === content.length) {
    // Dashes only: the words are empty and the closing run takes two.
    return lead >= 4 ? { dashes: content.slice(0, lead - 2), words: "" } : undefined;
  }
  let trail = content.length;
  while (content.charAt(trail - 1) === "-") trail--;
  if (lead < 2 || content.length - trail < 2) return undefined;
  return { dashes: content.slice(0, lead), words: content.slice(lead, trail) };
}

function separator(kind: Separator["kind"], style: QuoteStyle, needsHeaders = false): Separator {
  return { kind, style, needsHeaders };
}

/** Reads `content` (a folded line) as a separator, for a body of `bodyType`. */
export function readSeparator(content: string, bodyType: "html" | "text"): Separator | undefined {
  if (content.length > MAX_SEPARATOR_LENGTH) return undefined;
  const textBody = bodyType === "text";
  if (UNDERSCORE_RULE.test(content)) {
    return separator("reply", textBody ? "outlook-text" : "outlook-web", true);
  }
  if (content.toLowerCase() === "begin forwarded message:")
    return separator("forward", "apple-mail");

  const { dashes = "", words = "" } = dashed(content) ?? {};
  const phrase = words.trim().toLowerCase();
  if (phrase === "original message") {
    // Thunderbird writes eight dashes and spaces; Outlook five and none.
    if (dashes.length >= 8) return separator("reply", "thunderbird");
    return separator("reply", textBody ? "outlook-text" : "outlook-desktop");
  }
  if (phrase === "forwarded message") {
    const style =
      dashes.length === 10 ? "gmail" : dashes.length === 8 ? "thunderbird" : "header-block";
    return separator("forward", style);
  }
  return undefined;
}
