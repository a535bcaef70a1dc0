/**
 * A whole compose message as the playground loads it into the scripted mailbox (a scenario, a
 * Reply/Forward starter, or a fresh message after Send), and the one officer the page writes as.
 */
import {
  emptyState,
  type MailboxState,
  type ScriptedComposeType,
  type ScriptedRecipient,
} from "../mailbox-state";

export interface Person {
  name: string;
  address: string;
}

export interface PlaygroundDraft {
  from: Person;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  subject: string;
  composeType: ScriptedComposeType;
  bodyHtml: string;
}

/** The officer the playground writes as unless a scenario names another. */
export const OFFICER: Person = {
  name: "Priya Patel",
  address: "priya.patel@surreyheath.gov.example",
};

export const recipient = (p: Person): ScriptedRecipient => ({
  emailAddress: p.address,
  displayName: p.name,
});

/** `Name <address>`, as Outlook shows a resolved recipient in a header. */
export const display = (p: { displayName: string; emailAddress: string }): string =>
  p.displayName && p.displayName !== p.emailAddress
    ? `${p.displayName} <${p.emailAddress}>`
    : p.emailAddress;

/**
 * Replaces everything in `state` with `draft`, as opening a new compose window does: no headers,
 * session data, attachments or Review context carry over from the message before.
 */
export function loadDraft(state: MailboxState, draft: PlaygroundDraft): void {
  const fresh: MailboxState = {
    ...emptyState(),
    from: recipient(draft.from),
    to: draft.to.map(recipient),
    cc: draft.cc.map(recipient),
    bcc: draft.bcc.map(recipient),
    subject: draft.subject,
    composeType: draft.composeType,
    bodyHtml: draft.bodyHtml,
  };
  delete state.contextData;
  Object.assign(state, fresh);
}
