/**
 * The Smart Alerts dialog's text: each finding that stops the send with its title, message and
 * citation, then what the officer can do. Both forms are at most 500 characters (Outlook's limit
 * for `errorMessage` and `errorMessageMarkdown`): when the findings do not fit, each message and
 * then each quotation is shortened, and the rest are counted ("and 2 more: choose Review").
 */
import type { Finding } from "../core/findings";
import type { RuleId } from "../core/policy/types";
import { RULES } from "../core/rules";
import type { Outcome } from "./decision";

export const MAX_MESSAGE_LENGTH = 500;

export interface MessageInput {
  outcome: Exclude<Outcome, "allow">;
  stopping: readonly Finding[];
  unchecked: readonly RuleId[];
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
    return { ...f, citation: `(${paragraph}, as above)` };
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
  return outcome === "block"
    ? "Member Mail Check: this email breaks your council's protocol and cannot be sent as it is."
    : "Member Mail Check: please check this email against your council's protocol.";
}

function footer(input: MessageInput): string {
  if (input.canReview) {
    return input.outcome === "warn"
      ? "Choose Review to fix it, or Send Anyway if you are sure."
      : "Choose Review to fix it.";
  }
  return input.outcome === "warn"
    ? "This version of Outlook cannot offer Send Anyway: fix it with Member Mail Check on the ribbon, then send again."
    : "Fix it with Member Mail Check on the ribbon, then send again.";
}

function uncheckedLine(unchecked: readonly RuleId[]): string | undefined {
  if (unchecked.length === 0) return undefined;
  const titles = unchecked.map((id) => RULES[id].meta.title).join("; ");
  return `Could not be checked (the add-in failed), and your council holds email it cannot check: ${titles}.`;
}

const escapeMarkdown = (text: string): string => text.replace(/([\\*_[\]`#<>])/g, "\\$1");

interface Style {
  line(n: number, title: string, message: string, citation: string): string;
  more(count: number): string;
  text(s: string): string;
}

const PLAIN: Style = {
  line: (n, title, message, citation) => `${n}. ${title}: ${message} ${citation}`,
  more: (count) => `…and ${count} more.`,
  text: (s) => s,
};

const MARKDOWN: Style = {
  line: (n, title, message, citation) =>
    `${n}. **${escapeMarkdown(title)}**: ${escapeMarkdown(message)} *${escapeMarkdown(citation)}*`,
  more: (count) => `…and ${count} more.`,
  text: escapeMarkdown,
};

/** One finding's line in at most `max` characters: the message gives way first, then the quote. */
function fitLine(style: Style, n: number, f: Finding, max: number): string {
  const full = style.line(n, f.title, f.message, f.citation);
  if (full.length <= max) return full;
  const overhead = style.line(n, f.title, "", "").length;
  const room = Math.max(0, max - overhead);
  const citationRoom = Math.min(f.citation.length, Math.max(40, Math.floor(room / 2)));
  let message = truncate(f.message, Math.max(1, room - citationRoom));
  let citation = shortCitation(f.citation, citationRoom);
  let line = style.line(n, f.title, message, citation);
  // Markdown escapes can add a few characters: trim until it fits.
  while (line.length > max && (message.length > 1 || citation.length > 10)) {
    if (message.length > 1) message = truncate(message, message.length - 5);
    else citation = shortCitation(citation, citation.length - 5);
    line = style.line(n, f.title, message, citation);
  }
  return line.length <= max ? line : truncate(line, max);
}

function compose(style: Style, input: MessageInput): string {
  const head = style.text(intro(input.outcome));
  const tail = [uncheckedLine(input.unchecked), footer(input)]
    .filter((s): s is string => s !== undefined)
    .map(style.text);
  const findings = withoutRepeatedQuotes(input.stopping);
  for (let shown = findings.length; shown >= Math.min(1, findings.length); shown--) {
    const hidden = findings.length - shown;
    const fixed = [head, ...tail, ...(hidden > 0 ? [style.more(hidden)] : [])];
    const fixedLength = fixed.join("\n").length + shown; // a newline per finding line
    const perLine = shown === 0 ? 0 : Math.floor((MAX_MESSAGE_LENGTH - fixedLength) / shown);
    if (shown > 1 && perLine < 110) continue;
    const lines = findings.slice(0, shown).map((f, i) => fitLine(style, i + 1, f, perLine));
    const text = [head, ...lines, ...(hidden > 0 ? [style.more(hidden)] : []), ...tail].join("\n");
    return truncate(text, MAX_MESSAGE_LENGTH);
  }
  return truncate([head, ...tail].join("\n"), MAX_MESSAGE_LENGTH);
}

export function dialogMessage(input: MessageInput): DialogMessage {
  return { plain: compose(PLAIN, input), markdown: compose(MARKDOWN, input) };
}

/** When the check could not run and the council holds email it cannot check. */
export function unavailableMessage(reason: string, canReview: boolean): DialogMessage {
  const plain = truncate(
    [
      "Member Mail Check could not check this email, and your council holds email it cannot check.",
      `Reason: ${truncate(reason, 160)}`,
      canReview
        ? "Try again in a minute, or choose Review for details. If it keeps happening, contact IT."
        : "Try again in a minute. If it keeps happening, contact IT.",
    ].join("\n"),
    MAX_MESSAGE_LENGTH,
  );
  return { plain, markdown: truncate(escapeMarkdown(plain), MAX_MESSAGE_LENGTH) };
}
