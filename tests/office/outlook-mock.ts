/**
 * The Outlook compose item and `Office` namespace for jest tests, built with office-addin-mock:
 * `office` and `item` are OfficeMockObjects (host Outlook) seeded from the scripted mailbox
 * (src/playground/scripted-mailbox.ts, which the browser tests and the compose playground use
 * too), so their methods are the scripted mailbox's and share its state, faults and call log.
 * Each call answers on a later microtask from a mutable `state` and is recorded; `faults` makes a
 * named call fail ("failed" status, code 9000) or hang (never call back), e.g.
 * `faults.fail.set("bcc.getAsync", "Internal error")`; `user` edits the draft as the officer
 * would (raising RecipientsChanged); `mailbox` is the full scripting handle.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeApp } from "office-addin-manifest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Draft } from "../../src/core/draft";
import { emlToDraft } from "../../src/cli/eml-to-draft";
import {
  MAX_RECIPIENTS_PER_CALL,
  createScriptedMailbox,
  type Faults,
  type MailboxCall,
  type MailboxState,
  type ScriptedAttachment,
  type ScriptedMailbox,
  type ScriptedRecipient,
  type UserActions,
} from "../../src/playground/scripted-mailbox";

export type MockRecipient = ScriptedRecipient;
export type MockAttachment = ScriptedAttachment;
export type MockCall = MailboxCall;
export type { Faults, MailboxState };

export interface OutlookMock {
  /** The `Office` namespace (an OfficeMockObject). */
  office: any;
  item: any;
  state: MailboxState;
  faults: Faults;
  calls: MockCall[];
  callsTo(name: string): MockCall[];
  /** Requirement sets: Mailbox 1.1 … this version; newer members leave the item. */
  setMailboxVersion(version: string): void;
  /** The officer's edits: recipient changes raise RecipientsChanged, as in Outlook. */
  user: UserActions;
  /** The scripted mailbox behind this mock (latency, theme…). */
  mailbox: ScriptedMailbox;
}

export const MAX_PER_CALL = MAX_RECIPIENTS_PER_CALL;

export function createOutlookMock(
  initial: Partial<MailboxState> = {},
  version = "1.15",
): OutlookMock {
  const mailbox = createScriptedMailbox(initial, { mailboxVersion: version });
  const office = new OfficeMockObject(mailbox.office, OfficeApp.Outlook) as any;
  // associate() records into the scripted mailbox's table: show that one, not a copy of it.
  office.actions.associated = mailbox.office.actions.associated;
  // An OfficeMockObject copies its seed's members once, so after a version change the members
  // the item (and officeTheme) gain or lose are copied again.
  const copyVersionedMembers = (): void => {
    office.context.mailbox.item = new OfficeMockObject(mailbox.item, OfficeApp.Outlook);
    const theme = mailbox.office.context.officeTheme;
    if (theme) office.context.officeTheme = new OfficeMockObject(theme, OfficeApp.Outlook);
    else delete office.context.officeTheme;
  };
  return {
    office,
    get item() {
      return office.context.mailbox.item;
    },
    state: mailbox.state,
    faults: mailbox.faults,
    calls: mailbox.calls,
    callsTo: mailbox.callsTo,
    setMailboxVersion: (next) => {
      mailbox.setMailboxVersion(next);
      copyVersionedMembers();
    },
    user: mailbox.user,
    mailbox,
  };
}

/** Office's view of a Draft's recipients (display name defaults to the address, as Outlook does). */
export function toMockRecipients(list: Draft["to"]): MockRecipient[] {
  return list.map((r) => ({
    emailAddress: r.address,
    displayName: r.name ?? r.address,
    recipientType: r.type ?? "user",
  }));
}

/** Mailbox state holding a Draft, as Outlook would show it in compose. */
export function stateFromDraft(draft: Draft): Partial<MailboxState> {
  const composeType =
    draft.composeType === "reply"
      ? "reply"
      : draft.composeType === "forward"
        ? "forward"
        : "newMail";
  return {
    to: toMockRecipients(draft.to),
    cc: toMockRecipients(draft.cc),
    bcc: toMockRecipients(draft.bcc),
    ...(draft.from?.address
      ? {
          from: {
            emailAddress: draft.from.address,
            displayName: draft.from.name ?? draft.from.address,
          },
        }
      : {}),
    subject: draft.subject,
    bodyHtml:
      draft.body.type === "html"
        ? draft.body.content
        : `<html><body><pre>${draft.body.content.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</pre></body></html>`,
    composeType,
  };
}

export const REPO = join(__dirname, "..", "..");

/** One of the sample council's messages (config/samples/*.eml) as a Draft, via the CLI's reader. */
export async function sampleDraft(file: string): Promise<Draft> {
  const raw = readFileSync(join(REPO, "config", "samples", file));
  return (await emlToDraft(new Uint8Array(raw), file)).draft;
}
