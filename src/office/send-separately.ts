/**
 * "Send them a separate email": opens a new message to the people hidden in Bcc (still in Bcc,
 * so they stay hidden from each other), with this email's subject and body, and only once
 * Outlook has opened it takes them off this one. New before remove: if the new email cannot be
 * opened nobody is taken off, and the officer is told exactly what to do by hand.
 *
 * Outlook's new-message form (Mailbox 1.6, `displayNewMessageForm`; 1.9 adds the Async form
 * with a callback) is documented for read mode; compose-mode clients that have it open it, the
 * others get the manual steps. Its limits: 100 recipients per field and a 32 KB body.
 */
import type { RecipientRef } from "../core/findings";
import { officeCall } from "./async";

/** Outlook's limits on the new-message form. */
export const NEW_FORM_MAX_RECIPIENTS = 100;
export const NEW_FORM_MAX_BODY_CHARS = 32 * 1024;

/** Why the new email could not be opened, with what the officer should do instead. */
export class SeparateEmailError extends Error {
  constructor(reason: string, recipients: readonly RecipientRef[]) {
    const who = recipients.map((r) => r.address).join("; ");
    super(
      `${reason} Nobody has been taken off this email. To do it yourself: start a new email ` +
        `with the same subject and text, put these addresses in Bcc, then remove them here: ${who}`,
    );
    this.name = "SeparateEmailError";
  }
}

interface NewMessageMailbox {
  displayNewMessageForm?: (form: Office.MessageForm) => void;
  displayNewMessageFormAsync?: (
    form: Office.MessageForm,
    callback: (result: Office.AsyncResult<void>) => void,
  ) => void;
}

/** Opens the new email, or throws a SeparateEmailError saying what to do instead. */
export async function openSeparateEmail(
  mailbox: NewMessageMailbox,
  recipients: readonly RecipientRef[],
  subject: string,
  htmlBody: string,
): Promise<void> {
  if (recipients.length > NEW_FORM_MAX_RECIPIENTS) {
    throw new SeparateEmailError(
      `Outlook can open a new email for at most ${NEW_FORM_MAX_RECIPIENTS} people at once.`,
      recipients,
    );
  }
  if (htmlBody.length > NEW_FORM_MAX_BODY_CHARS) {
    throw new SeparateEmailError(
      "This email is too long for Outlook to copy into a new one.",
      recipients,
    );
  }
  const form: Office.MessageForm = {
    bccRecipients: recipients.map((r) => ({
      emailAddress: r.address,
      displayName: r.name ?? r.address,
    })) as Office.EmailAddressDetails[],
    subject,
    htmlBody,
  };
  try {
    if (mailbox.displayNewMessageFormAsync) {
      const open = mailbox.displayNewMessageFormAsync.bind(mailbox);
      await officeCall<void>("displayNewMessageFormAsync", (cb) => open(form, cb));
    } else if (mailbox.displayNewMessageForm) {
      mailbox.displayNewMessageForm(form);
    } else {
      throw new Error("unavailable");
    }
  } catch {
    throw new SeparateEmailError(
      "This version of Outlook cannot open a new email from the add-in.",
      recipients,
    );
  }
}
