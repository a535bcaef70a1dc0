/**
 * The compose item → Draft. Every read starts at once, so reading costs one Office round trip
 * (a second only when emails are attached and their headers are read). Required parts (the
 * recipients, subject and body) fail the read; optional parts degrade and are reported through
 * `onProblem`: no compose type means "unknown" (core then decides from the subject and quotes),
 * no consents means the officer is asked again, no attachment list means attached emails go
 * unseen. Given timers, each optional read also gives up after OPTIONAL_READ_MS, so one slow
 * optional call never holds up a check whose required parts are all in; and the subject and body
 * become "required on Send": waited for up to REQUIRED_READ_MS, then checked as empty and
 * reported like an optional part, so members in Bcc are still seen (the handler then never
 * allows on such a check alone).
 */
import type {
  AttachedMessage,
  ComposeType,
  ConsentRecord,
  Draft,
  Person,
  RecipientField,
} from "../core/draft";
import { officeCall } from "./async";
import { CONSENT_SESSION_KEY, parseConsents } from "./consents";
import { readEmlMessage } from "./eml-headers";
import { getRecipients, toRecipient, type OfficeRecipient } from "./recipients";
import type { MailboxFeatures } from "./requirements";
import { withTimeout, type Timers } from "./timers";

/** Office.CoercionType.Html: the text body is unreliable on the web, the HTML keeps quoting. */
export const HTML_COERCION = "html" as Office.CoercionType;

export interface ReadDraftOptions {
  /** Told about each optional part that could not be read. */
  onProblem?: (part: string, error: unknown) => void;
  /** ISO time for Draft.date (defaults to now). */
  date?: string;
  /**
   * When given (on Send), an optional read that takes longer than OPTIONAL_READ_MS is given up;
   * and the subject and body, when they fail or take longer than REQUIRED_READ_MS, are read as
   * empty and told to `onProblem` ("subject", "body") instead of failing the read, since the
   * recipients alone may stop a Send.
   */
  timers?: Timers;
}

/**
 * How long an optional read may take. Office answers a read in one round trip: tens of
 * milliseconds, a few hundred on a slow client. The attachment list and then each attached
 * email's content are read one after the other, so in the worst case two of these (1.6 s) pass
 * before the check runs, which still leaves it time to decide before the on-send deadline (2.5 s).
 */
export const OPTIONAL_READ_MS = 800;

/**
 * How long the subject and body are waited for on Send: the on-send deadline (2.5 s) less time
 * to check the rest before it.
 */
export const REQUIRED_READ_MS = 2000;

/** An optional read's value, or `fallback` (told to `onProblem`) when it fails or is too slow. */
export function optionalRead<T>(
  part: string,
  read: () => Promise<T>,
  fallback: T,
  { timers, onProblem }: ReadDraftOptions,
  ms = OPTIONAL_READ_MS,
): Promise<T> {
  const pending = read();
  return (timers ? withTimeout(pending, ms, part, timers) : pending).catch((error: unknown) => {
    onProblem?.(part, error);
    return fallback;
  });
}

interface AttachmentDetails {
  id: string;
  name: string;
  attachmentType: string;
}

const COMPOSE_TYPES: Record<string, ComposeType> = {
  newMail: "new",
  reply: "reply",
  forward: "forward",
};

/** `getComposeTypeAsync`'s value → the Draft's compose type. */
export function toComposeType(value: unknown): ComposeType {
  const composeType = (value as { composeType?: unknown } | undefined)?.composeType;
  return (typeof composeType === "string" && COMPOSE_TYPES[composeType]) || "unknown";
}

function readConsents(item: Office.MessageCompose): Promise<ConsentRecord[]> {
  return officeCall<object>("sessionData.getAllAsync", (cb) =>
    item.sessionData.getAllAsync(cb),
  ).then((all) => parseConsents((all as Record<string, unknown> | null)?.[CONSENT_SESSION_KEY]));
}

/** An attached email's headers; just its id and name when they cannot be read. */
function readAttachedEmail(
  item: Office.MessageCompose,
  { id, name }: AttachmentDetails,
  options: ReadDraftOptions,
): Promise<AttachedMessage> {
  const unread: AttachedMessage = { id, name, from: [], to: [], cc: [] };
  return optionalRead(
    `attachment ${name}`,
    () =>
      officeCall<Office.AttachmentContent>("getAttachmentContentAsync", (cb) =>
        item.getAttachmentContentAsync(id, cb),
      ).then((content) =>
        String(content.format).toLowerCase() === "eml"
          ? Object.assign(readEmlMessage(content.content), { id, name })
          : unread,
      ),
    unread,
    options,
  );
}

function toPerson(details: OfficeRecipient | undefined): Person | undefined {
  if (!details || !details.emailAddress) return undefined;
  const { address, name } = toRecipient(details);
  return name ? { address, name } : { address };
}

/**
 * Reads the item into a Draft. Rejects (with an OfficeCallError) when To, Cc, Bcc, the subject or
 * the body cannot be read (the subject and body only without `timers`): a check without them
 * would be a guess. Never settles if one of those calls never calls back; the on-send handler
 * races it against its deadline.
 */
export function readDraft(
  item: Office.MessageCompose,
  features: MailboxFeatures,
  options: ReadDraftOptions = {},
): Promise<Draft> {
  /** An optional part: `fallback` when the client lacks it, the read fails or is too slow. */
  const optional = <T>(enabled: boolean, part: string, read: () => Promise<T>, fallback: T) =>
    enabled ? optionalRead(part, read, fallback, options) : Promise.resolve(fallback);
  const recipients = (field: RecipientField) =>
    getRecipients(item, field).then((list) => (list ?? []).map(toRecipient));

  // Everything starts here, at once.
  const to = recipients("to");
  const cc = recipients("cc");
  const bcc = recipients("bcc");
  const text = (part: string, read: () => Promise<string>) =>
    options.timers ? optionalRead(part, read, "", options, REQUIRED_READ_MS) : read();
  const subject = text("subject", () =>
    officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
  );
  const body = text("body", () =>
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(HTML_COERCION, cb)),
  );
  const from = optional<OfficeRecipient | undefined>(
    features.from,
    "from",
    () => officeCall("from.getAsync", (cb) => item.from.getAsync(cb)),
    undefined,
  );
  const composeType = optional(
    features.composeType,
    "compose type",
    () =>
      officeCall("getComposeTypeAsync", (cb) => item.getComposeTypeAsync(cb)).then(toComposeType),
    "unknown",
  );
  const attachments = optional<AttachmentDetails[]>(
    features.attachmentsAndHeaders,
    "attachments",
    () => officeCall("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb)),
    [],
  );
  const consents = optional(features.sessionData, "consents", () => readConsents(item), []);

  // Attached emails: a second round trip, started as soon as the list is known.
  const attachedMessages = attachments.then((list) =>
    Promise.all(
      (list ?? [])
        .filter((a) => String(a.attachmentType).toLowerCase() === "item")
        .map((a) => readAttachedEmail(item, a, options)),
    ),
  );

  // Every field is known then, so no makeDraft (which the on-send script then need not carry).
  return Promise.all([
    to,
    cc,
    bcc,
    subject,
    body,
    from,
    composeType,
    attachedMessages,
    consents,
  ]).then(([toList, ccList, bccList, subjectText, html, fromDetails, type, attached, records]) => ({
    from: toPerson(fromDetails),
    to: toList,
    cc: ccList,
    bcc: bccList,
    subject: subjectText ?? "",
    body: { type: "html", content: html ?? "" },
    composeType: type,
    attachedMessages: attached,
    date: options.date ?? new Date().toISOString(),
    records: { consents: records },
  }));
}
