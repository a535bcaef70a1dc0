/**
 * The Smart Alerts dialog's text: the findings that stop the send, then what the officer can do,
 * in at most 500 characters (Outlook's limit for `errorMessage` and `errorMessageMarkdown`).
 * Up to three findings are shown, the rest counted ("…and 2 more."), each as a whole sentence
 * naming its rule and its people, at the fullest of these that fits its share of the room:
 *   1. the title, the finding's message and the cited paragraph with its quotation;
 *   2. the message's first sentence (the one naming the people), the quotation shortened at a word;
 *   3. that sentence and the paragraph's number alone, "(Surrey Heath 7.1)";
 *   4. the people, "Cllr Jane Doe and 3 others", and the paragraph's number;
 * cut at a word only if even that does not fit. A paragraph quoted once is cited by number after.
 * The dialog's own title names the add-in, so the text does not. Every piece is one line first
 * (trim.ts `oneLine`): a display name cannot start a line of its own or reorder the text.
 */
import type { Finding } from "../core/findings";
import type { RuleId } from "../core/policy/types";
import { RULES } from "../core/rules";
import { oneLine, withoutTrailing } from "../core/text/trim";
import type { Outcome } from "../office/smart-alert-context";

export const MAX_MESSAGE_LENGTH = 500;
/** More than three findings in a dialog is a list nobody reads: Review shows them all. */
const MAX_SHOWN = 3;
/** A quotation shorter than this says too little to be worth its marks. */
const MIN_QUOTE = 24;

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
  return `${withoutTrailing(atWord, " ")}…`;
}

/**
 * Up to the first full stop that ends a sentence: after a word of three letters or more, or a
 * bracket, so "Cllr J. Doe" and "St. Michaels" are not cut.
 */
function firstSentence(text: string): string {
  for (let i = text.indexOf(". "); i !== -1; i = text.indexOf(". ", i + 1)) {
    if (/^(?:[A-Za-z]{3}|..\))$/.test(text.slice(i - 3, i))) return text.slice(0, i + 1);
  }
  return text;
}

/** "Cllr Jane Doe", "Cllr Jane Doe and Tom Baker", "Cllr Jane Doe and 3 others". */
function namesOf(f: Finding): string {
  const names = f.people.length > 0 ? f.people.map((p) => p.name) : f.recipients;
  return names.length > 2 ? `${names[0]} and ${names.length - 1} others` : names.join(" and ");
}

const escapeMarkdown = (text: string): string => text.replace(/([\\*_[\]`#<>])/g, "\\$1");

/** The dialog's text, plain or in Markdown (escaped, with the titles bold and the citations in italics). */
function compose(input: MessageInput, markdown: boolean): string {
  const escape = (text: string) => (markdown ? escapeMarkdown(oneLine(text)) : oneLine(text));
  const [bold, italic] = markdown ? ["**", "*"] : ["", ""];
  const block = input.outcome === "block";
  const head = block
    ? "This email breaks your council's protocol and cannot be sent as it is."
    : "Please check this email against your council's protocol.";
  const onTheRibbon = "with Member Mail Check on the ribbon, then send again.";
  const tail = [
    ...listLine(
      "Could not be checked (the add-in failed)",
      input.unchecked.map((id) => RULES[id].meta.title),
    ),
    ...listLine("Checked without what could not be read", input.unread),
    input.canReview
      ? `Choose Review to fix it${block ? "" : ", or Send Anyway if you are sure"}.`
      : block
        ? `Fix it ${onTheRibbon}`
        : `This Outlook cannot offer Send Anyway: fix it ${onTheRibbon}`,
  ].map(escape);
  // Up to three findings, fewer when the rest of the text leaves under 100 characters each.
  const layout = (count: number) => {
    const hidden = input.stopping.length - count;
    const more = hidden > 0 ? [`…and ${hidden} more.`] : [];
    return { more, room: MAX_MESSAGE_LENGTH - [head, ...more, ...tail].join("\n").length - count };
  };
  let count = Math.min(MAX_SHOWN, input.stopping.length);
  while (count > 1 && layout(count).room < 100 * count) count--;
  const shown = input.stopping.slice(0, count);
  const { more, room } = layout(count);
  // Each finding's lines, fullest first; a paragraph is quoted only where it is first cited.
  const cited = new Set<string>();
  const choices = shown.map((f, i) => {
    // "Surrey Heath 7.1: “quote”" (formatCitation): one pair of quotation marks, the
    // quotation's own become single ones.
    const at = f.citation.indexOf(": “");
    const ref = escape(at < 0 ? f.citation : f.citation.slice(0, at));
    const quote =
      cited.has(ref) || at < 0
        ? ""
        : f.citation
            .slice(at + 3, -1)
            .replace(/“/g, "‘")
            .replace(/”/g, "’");
    cited.add(ref);
    const line = (body: string) => `${i + 1}. ${bold}${escape(f.title)}${bold}: ${body}`;
    const cite = (q: string) => (q ? `${italic}${ref}: “${escape(q)}”${italic}` : `(${ref})`);
    const sentence = escape(firstSentence(f.message));
    const lines = [line(`${escape(f.message)} ${cite(quote)}`)];
    for (let q = quote.length; q >= MIN_QUOTE; q -= 8)
      lines.push(line(`${sentence} ${cite(truncate(quote, q))}`));
    lines.push(
      line(`${sentence} (${ref})`),
      line(`${escape(namesOf(f))} (${ref}).`),
      `${i + 1}. ${bold}${escape(f.title)}${bold} (${ref}).`,
    );
    return lines;
  });
  // Until they fit: the longest line that has a shorter form gives way to it.
  const chosen = () => choices.map((lines) => lines[0] as string);
  for (let lines = chosen(); lines.join("").length > room; lines = chosen()) {
    let longest: string[] | undefined;
    for (const c of choices)
      if (c.length > 1 && (!longest || (c[0] as string).length > (longest[0] as string).length))
        longest = c;
    if (!longest) break;
    longest.shift();
  }
  // Only a title and names longer than the whole dialog get here: each is cut at a word.
  let lines = chosen();
  if (lines.join("").length > room)
    lines = lines.map((t) => truncate(t, Math.floor(room / shown.length)));
  return truncate([head, ...lines, ...more, ...tail].join("\n"), MAX_MESSAGE_LENGTH);
}

const HOLDS_UNCHECKED = "your council holds email it cannot check";

/** `what: a; b.` as the one line of a list, or no line when the list is empty. */
const listLine = (what: string, list: readonly string[]): string[] =>
  list.length > 0 ? [`${what}: ${list.join("; ")}.`] : [];

export function dialogMessage(input: MessageInput): DialogMessage {
  return { plain: compose(input, false), markdown: compose(input, true) };
}

/** When the check could not run and the council holds email it cannot check. */
export function unavailableMessage(reason: string, canReview: boolean): DialogMessage {
  const plain = truncate(
    [
      `The add-in could not check this email, and ${HOLDS_UNCHECKED}.`,
      `Reason: ${truncate(oneLine(reason), 160)}`,
      `Try again in a minute${canReview ? ", or choose Review for details" : ""}. If it keeps happening, contact IT.`,
    ].join("\n"),
    MAX_MESSAGE_LENGTH,
  );
  return { plain, markdown: truncate(escapeMarkdown(plain), MAX_MESSAGE_LENGTH) };
}
