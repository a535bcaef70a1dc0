/**
 * What the simulated compose window holds: plain JSON data (so a scenario can be stored in
 * sessionStorage and passed through Playwright), read and written by the simulated Office calls
 * and by the scripted "user".
 */
import { htmlToLines } from "../core/quoted/html-lines";
import { joinLineText } from "../core/quoted/lines";

export type RecipientField = "to" | "cc" | "bcc";
export const RECIPIENT_FIELDS: readonly RecipientField[] = ["to", "cc", "bcc"];

/** A recipient in a field: Office.EmailAddressDetails, plus whether Outlook has resolved it. */
export interface ScriptedRecipient {
  emailAddress: string;
  displayName: string;
  recipientType?: string;
  /**
   * False while the officer's typed text is not yet resolved to an address: Outlook's getAsync
   * returns resolved recipients only. Absent means resolved.
   */
  resolved?: boolean;
}

export interface ScriptedAttachment {
  id: string;
  name: string;
  attachmentType: "file" | "item" | "cloud";
  size?: number;
  isInline?: boolean;
  /** What getAttachmentContentAsync returns (default: empty, "eml" for an item, else "base64"). */
  content?: { format: string; content: string };
}

export type ScriptedComposeType = "newMail" | "reply" | "forward";

/** A new email an add-in opened (displayNewMessageForm): addresses as "Name <address>". */
export interface OpenedMessage {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  htmlBody: string;
}

export interface MailboxState {
  to: ScriptedRecipient[];
  cc: ScriptedRecipient[];
  bcc: ScriptedRecipient[];
  from?: ScriptedRecipient;
  subject: string;
  bodyHtml: string;
  composeType: ScriptedComposeType;
  attachments: ScriptedAttachment[];
  sessionData: Record<string, string>;
  internetHeaders: Record<string, string>;
  /**
   * What getInitializationContextAsync returns (the Smart Alert's contextData when the officer
   * chose its button). Absent: the pane was opened from the ribbon, and the call fails.
   */
  contextData?: string;
  /** New emails add-ins opened from this one, oldest first (absent: none). */
  openedMessages?: OpenedMessage[];
}

export function emptyState(): MailboxState {
  return {
    to: [],
    cc: [],
    bcc: [],
    subject: "",
    bodyHtml: "<html><body></body></html>",
    composeType: "newMail",
    attachments: [],
    sessionData: {},
    internetHeaders: {},
  };
}

/** What add-ins and the user may put in a field: an address or EmailAddressDetails-like object. */
export type RecipientInput =
  string | { emailAddress: string; displayName?: string; recipientType?: string };

/** Outlook resolves an address an add-in sets by pattern: something@somewhere. */
const RESOLVABLE = /^[^\s@]+@[^\s@]+$/;

/** A recipient as Outlook holds it once resolving was tried (an add-in's call, Tab, a suggestion). */
export function toScriptedRecipient(input: RecipientInput): ScriptedRecipient {
  const details = typeof input === "string" ? { emailAddress: input } : input;
  const emailAddress = String(details.emailAddress ?? "");
  return {
    emailAddress,
    displayName: details.displayName || emailAddress,
    ...(details.recipientType ? { recipientType: details.recipientType } : {}),
    ...(RESOLVABLE.test(emailAddress) ? {} : { resolved: false }),
  };
}

/** A field as getAsync reports it: resolved recipients only, as Office.EmailAddressDetails. */
export function resolvedView(list: readonly ScriptedRecipient[]): Office.EmailAddressDetails[] {
  return list
    .filter((r) => r.resolved !== false)
    .map(({ emailAddress, displayName, recipientType }) => ({
      emailAddress,
      displayName,
      ...(recipientType ? { recipientType } : {}),
    })) as Office.EmailAddressDetails[];
}

/** body.getAsync("text"): the lines a reader sees (core's HTML reader, as the add-in uses). */
export function htmlToText(html: string): string {
  return joinLineText(htmlToLines(html).lines);
}

/** body.setAsync(text, {coercionType: "text"}): the text as an HTML body, line for line. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<html><body>${escaped.split(/\r?\n/).join("<br>")}</body></html>`;
}

/**
 * A copy no later change to `state` can reach. Field by field rather than through JSON: strings
 * cannot change, so a 1 MB body is shared, not escaped, written out and read back on every
 * keystroke and Office call.
 */
export function copyState(state: MailboxState): MailboxState {
  const recipients = (list: ScriptedRecipient[]) => list.map((r) => ({ ...r }));
  return {
    ...state,
    to: recipients(state.to),
    cc: recipients(state.cc),
    bcc: recipients(state.bcc),
    ...(state.from ? { from: { ...state.from } } : {}),
    attachments: state.attachments.map((a) =>
      a.content ? { ...a, content: { ...a.content } } : { ...a },
    ),
    sessionData: { ...state.sessionData },
    internetHeaders: { ...state.internetHeaders },
    ...(state.openedMessages
      ? {
          openedMessages: state.openedMessages.map((m) => ({
            ...m,
            to: [...m.to],
            cc: [...m.cc],
            bcc: [...m.bcc],
          })),
        }
      : {}),
  };
}
