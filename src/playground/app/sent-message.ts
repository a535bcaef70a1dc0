/** A message the playground has "sent": what was in the compose window at that moment. */
import { htmlToText, resolvedView, type MailboxState } from "../mailbox-state";
import { display } from "./draft";

export type SentHow = "checked" | "not-checked" | "sent-anyway" | "add-in-unavailable";

export interface SentMessage {
  id: number;
  sentAt: Date;
  how: SentHow;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** The internet headers add-ins set, in the order they were set. */
  headers: [string, string][];
  /** The body as text (as a reader sees it), never as HTML. */
  text: string;
}

let lastId = 0;

export function sentMessage(state: MailboxState, how: SentHow): SentMessage {
  const names = (field: "to" | "cc" | "bcc") => resolvedView(state[field]).map(display);
  return {
    id: ++lastId,
    sentAt: new Date(),
    how,
    from: state.from ? display(state.from) : "",
    to: names("to"),
    cc: names("cc"),
    bcc: names("bcc"),
    subject: state.subject,
    headers: Object.entries(state.internetHeaders),
    text: htmlToText(state.bodyHtml),
  };
}
