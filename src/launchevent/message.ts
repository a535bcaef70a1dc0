/**
 * The Smart Alerts dialog's text: each finding that stops the send with its title, message and
 * citation, then what the officer can do. Both forms are at most 500 characters (Outlook's limit
 * for `errorMessage` and `errorMessageMarkdown`): when the findings do not fit, each message and
 * then each quotation is shortened, and the rest are counted ("and 2 more: choose Review").
 */
import type { Finding } from "../core/findings";
import type { RuleId } from "../core/policy/types";
import { RULES } from "../core/rules";
import type { Outcome } from "../office/smart-alert-context";

export const MAX_MESSAGE_LENGTH = 500;

export interface MessageInput {
  outcome: Exclude<Outcome, "allow">;
  stopping: readonly Finding[];
  unchecked: readonly RuleId[];
  /** Optional parts of the email that could not be read in time (the check went on without). */
  unread: readonly string[];
  /** Mailbox 1.14: the dialog has Review (and, for a warn, Send Anyway). */
  canReview: boolean;
}

export interface DialogMessage {
  plain: string;
  markdown: string;
}

/** `text` in at most `max` characters, cut at a word boundary when one is near enough. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…";
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  const atWord = /\s/.test(text.charAt(max - 1)) || space < max - 16 ? cut : cut.slice(0, space);
  return `${atWord.trimEnd()}…`;
}

/** A paragraph already quoted above is named, not quoted again ("Surrey Heath 7.1, as above"). */
function withoutRepeatedQuotes(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.map((f) => {
    if (!seen.has(f.citation)) {
      seen.add(f.citation);
      return f;
    }
    const paragraph = f.citation.split(": “")[0] ?? f.citation;
    return Object.assign({}, f, { citation: `(${paragraph}, as above)` });
  });
}

/** `Surrey Heath 7.1: “quote”` with the quotation shortened to fit `max`. */
function shortCitation(citation: string, max: number): string {
  if (citation.length <= max) return citation;
  const open = citation.indexOf("“");
  if (open === -1 || open + 3 > max) return truncate(citation, max);
  return `${citation.slice(0, max - 2).trimEnd()}…”`;
}

function intro(outcome: MessageInput["outcome"]): string {
  const verdict =
    outcome === "block"
      ? "this email breaks your council's protocol and cannot be sent as it is"
      : "please check this email against your council's protocol";
  return `Member Mail Check: ${verdict}.`;
}

function footer({ canReview, outcome }: MessageInput): string {
  const warn = outcome === "warn";
  if (canReview) return `Choose Review to fix it${warn ? ", or Send Anyway if you are sure" : ""}.`;
  const onTheRibbon = "with Member Mail Check on the ribbon, then send again.";
  return warn
    ? `This version of Outlook cannot offer Send Anyway: fix it ${onTheRibbon}`
    : `Fix it ${onTheRibbon}`;
}

const HOLDS_UNCHECKED = "your council holds email it cannot check";

/** `what: a; b.` as the one line of a list, or no line when the list is empty. */
const listLine = (what: string, list: readonly string[]): string[] =>
  list.length > 0 ? [`${what}: ${list.join("; ")}.`] : [];

const escapeMarkdown = (text: string): string => text.replace(/([\\*_[\]`#<>])/g, "\\$1");

/** One finding's line, from its parts (already shortened as needed). */
type LineFormat = (message: string, citation: string) => string;

/** One finding's line in at most `max` characters: the message gives way first, then the quote. */
function fitLine(line: LineFormat, f: Finding, max: number): string {
  const full = line(f.message, f.citation);
  if (full.length <= max) return full;
  const room = Math.max(0, max - line("", "").length);
  const citationRoom = Math.min(f.citation.length, Math.max(40, Math.floor(room / 2)));
  let message = truncate(f.message, Math.max(1, room - citationRoom));
  let citation = shortCitation(f.citation, citationRoom);
  let fitted = line(message, citation);
  // Markdown escapes can add a few characters: trim until it fits.
  while (fitted.length > max && (message.length > 1 || citation.length > 10)) {
    if (message.length > 1) message = truncate(message, message.length - 5);
    else citation = shortCitation(citation, citation.length - 5);
    fitted = line(message, citation);
  }
  return fitted.length <= max ? fitted : truncate(fitted, max);
}

/** The dialog's text, plain or in Markdown (escaped, with the titles bold and the citations in italics). */
function compose(input: MessageInput, markdown: boolean): string {
  const escape = markdown ? escapeMarkdown : (text: string) => text;
  const [bold, italic] = markdown ? ["**", "*"] : ["", ""];
  const head = escape(intro(input.outcome));
  const tail = [
    ...listLine(
      `Could not be checked (the add-in failed), and ${HOLDS_UNCHECKED}`,
      input.unchecked.map((id) => RULES[id].meta.title),
    ),
    ...listLine("Checked without what could not be read", input.unread),
    footer(input),
  ].map(escape);
  const findings = withoutRepeatedQuotes(input.stopping);
  // As many findings as leave each line at least 110 characters (always at least one), and
  // "…and 2 more." for the rest.
  const layout = (shown: number) => {
    const hidden = findings.length - shown;
    const more = hidden > 0 ? [`…and ${hidden} more.`] : [];
    const fixedLength = [head, ...tail, ...more].join("\n").length + shown; // a newline per finding line
    const perLine = shown === 0 ? 0 : Math.floor((MAX_MESSAGE_LENGTH - fixedLength) / shown);
    return { more, perLine };
  };
  let shown = findings.length;
  while (shown > 1 && layout(shown).perLine < 110) shown--;
  const { more, perLine } = layout(shown);
  const lines = findings.slice(0, shown).map((f, i) => {
    const line: LineFormat = (message, citation) =>
      `${i + 1}. ${bold}${escape(f.title)}${bold}: ${escape(message)} ${italic}${escape(citation)}${italic}`;
    return fitLine(line, f, perLine);
  });
  return truncate([head, ...lines, ...more, ...tail].join("\n"), MAX_MESSAGE_LENGTH);
}

export function dialogMessage(input: MessageInput): DialogMessage {
  return { plain: compose(input, false), markdown: compose(input, true) };
}

/** When the check could not run and the council holds email it cannot check. */
export function unavailableMessage(reason: string, canReview: boolean): DialogMessage {
  const plain = truncate(
    [
      `Member Mail Check could not check this email, and ${HOLDS_UNCHECKED}.`,
      `Reason: ${truncate(reason, 160)}`,
      `Try again in a minute${canReview ? ", or choose Review for details" : ""}. If it keeps happening, contact IT.`,
    ].join("\n"),
    MAX_MESSAGE_LENGTH,
  );
  return { plain, markdown: truncate(escapeMarkdown(plain), MAX_MESSAGE_LENGTH) };
}
