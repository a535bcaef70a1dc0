/**
 * To, Cc and Bcc on the compose item: reading them into the Draft's Recipient, and writing them
 * back within Office's limit of 100 recipients per setAsync/addAsync call.
 */
import type { Recipient, RecipientField, RecipientType } from "../core/draft";
import { errorText, officeCall } from "./async";

/** Office.MailboxEnums.RecipientType values, which the Draft keeps as strings. */
const RECIPIENT_TYPES: readonly RecipientType[] = [
  "user",
  "distributionList",
  "externalUser",
  "other",
];

/** Office allows at most this many recipients in one setAsync or addAsync call. */
export const MAX_RECIPIENTS_PER_CALL = 100;

/** A recipient as Office reports it (Office.EmailAddressDetails, structurally). */
export interface OfficeRecipient {
  emailAddress: string;
  displayName?: string;
  recipientType?: string;
}

/** What Office accepts when adding or setting recipients. */
export type OfficeRecipientInput =
  OfficeRecipient | { emailAddress: string; displayName: string } | string;

export function toRecipient(details: OfficeRecipient): Recipient {
  const address = details.emailAddress;
  const name = details.displayName?.trim();
  const type = RECIPIENT_TYPES.find((t) => t === details.recipientType);
  const recipient: Recipient = { address };
  if (name && name !== address) recipient.name = name;
  if (type) recipient.type = type;
  return recipient;
}

export function recipientFieldOf(
  item: Office.MessageCompose,
  field: RecipientField,
): Office.Recipients {
  return item[field];
}

export function getRecipients(
  item: Office.MessageCompose,
  field: RecipientField,
): Promise<OfficeRecipient[]> {
  return officeCall<OfficeRecipient[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb));
}

function chunks<T>(list: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < list.length; i += MAX_RECIPIENTS_PER_CALL) {
    result.push(list.slice(i, i + MAX_RECIPIENTS_PER_CALL));
  }
  return result;
}

/** Office's types want EmailAddressDetails; what we pass is what Office handed us or a new address. */
function asOfficeInput(
  list: readonly OfficeRecipientInput[],
): Array<string | Office.EmailAddressDetails> {
  return list as Array<string | Office.EmailAddressDetails>;
}

/** Adds recipients, at most 100 per call, one call after another (so the order is kept). */
export async function addRecipients(
  item: Office.MessageCompose,
  field: RecipientField,
  added: readonly OfficeRecipientInput[],
): Promise<void> {
  for (const chunk of chunks(added)) {
    await officeCall<void>(`${field}.addAsync`, (cb) =>
      recipientFieldOf(item, field).addAsync(asOfficeInput(chunk), cb),
    );
  }
}

/**
 * Replaces a field's recipients (Office has no per-recipient remove). Over 100: the first 100 are
 * set and the rest added; when an add then fails it is tried once more, and the error names the
 * recipients still missing so the caller can tell the officer rather than lose them silently.
 */
export async function setRecipients(
  item: Office.MessageCompose,
  field: RecipientField,
  list: readonly OfficeRecipientInput[],
): Promise<void> {
  const [first = [], ...rest] = chunks(list);
  await officeCall<void>(`${field}.setAsync`, (cb) =>
    recipientFieldOf(item, field).setAsync(asOfficeInput(first), cb),
  );
  for (let i = 0; i < rest.length; i++) {
    const chunk = rest[i] as OfficeRecipientInput[];
    try {
      await addRecipients(item, field, chunk);
    } catch {
      try {
        await addRecipients(item, field, chunk);
      } catch (error) {
        const missing = rest.slice(i).reduce<OfficeRecipientInput[]>((all, c) => all.concat(c), []);
        throw new RecipientsNotRestoredError(field, missing.map(addressOf), error);
      }
    }
  }
}

function addressOf(input: OfficeRecipientInput): string {
  return typeof input === "string" ? input : input.emailAddress;
}

/**
 * A long field was only partly written back: `addresses` are no longer in it. The message is
 * Office's own failure; who is missing is said once, by whoever reads the fields back.
 */
export class RecipientsNotRestoredError extends Error {
  constructor(
    readonly field: RecipientField,
    readonly addresses: string[],
    readonly cause: unknown,
  ) {
    super(errorText(cause));
    this.name = "RecipientsNotRestoredError";
  }
}
