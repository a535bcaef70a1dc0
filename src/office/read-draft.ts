/**
 * The compose item → Draft. Every read starts at once, so reading costs one Office round trip
 * (a second only when emails are attached and their headers are read). Required parts (the
 * recipients, subject and body) fail the read; optional parts degrade and are reported through
 * `onProblem`: no compose type means "unknown" (core then decides from the subject and quotes),
 * no consents means the officer is asked again, no attachment list means attached emails go
 * unseen.
 */
import type { AttachedMessage, ComposeType, ConsentRecord, Draft, Person } from "../core/draft";
import { makeDraft } from "../core/draft";
import { officeCall } from "./async";
import { CONSENT_SESSION_KEY, parseConsents } from "./consents";
import { readEmlHeaders } from "./eml-headers";
import { getRecipients, toRecipient, type OfficeRecipient } from "./recipients";
import type { MailboxFeatures } from "./requirements";

/** Office.CoercionType.Html: the text body is unreliable on the web, the HTML keeps quoting. */
export const HTML_COERCION = "html" as Office.CoercionType;

export interface ReadDraftOptions {
  /** Read the headers of attached emails (a second round trip, only when there are any). Default true. */
  readAttachedEmails?: boolean;
  /** Told about each optional part that could not be read. */
  onProblem?: (part: string, error: unknown) => void;
  /** ISO time for Draft.date (defaults to now). */
  date?: string;
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

function optional<T>(
  enabled: boolean,
  part: string,
  read: () => Promise<T>,
  fallback: T,
  onProblem: ReadDraftOptions["onProblem"],
): Promise<T> {
  if (!enabled) return Promise.resolve(fallback);
  return read().catch((error: unknown) => {
    onProblem?.(part, error);
    return fallback;
  });
}

function readConsents(item: Office.MessageCompose): Promise<ConsentRecord[]> {
  return officeCall<object>("sessionData.getAllAsync", (cb) =>
    item.sessionData.getAllAsync(cb),
  ).then((all) => parseConsents((all as Record<string, unknown> | null)?.[CONSENT_SESSION_KEY]));
}

async function readAttachedEmail(
  item: Office.MessageCompose,
  attachment: AttachmentDetails,
  onProblem: ReadDraftOptions["onProblem"],
): Promise<AttachedMessage> {
  const base: AttachedMessage = {
    id: attachment.id,
    name: attachment.name,
    from: [],
    to: [],
    cc: [],
  };
  try {
    const content = await officeCall<Office.AttachmentContent>("getAttachmentContentAsync", (cb) =>
      item.getAttachmentContentAsync(attachment.id, cb),
    );
    if (String(content.format).toLowerCase() !== "eml") return base;
    return { ...readEmlHeaders(content.content), id: attachment.id, name: attachment.name };
  } catch (error) {
    onProblem?.(`attachment ${attachment.name}`, error);
    return base;
  }
}

function toPerson(details: OfficeRecipient | undefined): Person | undefined {
  if (!details || !details.emailAddress) return undefined;
  const { address, name } = toRecipient(details);
  return { address, ...(name ? { name } : {}) };
}

/**
 * Reads the item into a Draft. Rejects (with an OfficeCallError) when To, Cc, Bcc, the subject or
 * the body cannot be read: a check without them would be a guess. Never settles if one of those
 * calls never calls back; the on-send handler races it against its deadline.
 */
export async function readDraft(
  item: Office.MessageCompose,
  features: MailboxFeatures,
  options: ReadDraftOptions = {},
): Promise<Draft> {
  const { onProblem } = options;
  // Everything starts here, before the first await.
  const to = getRecipients(item, "to");
  const cc = getRecipients(item, "cc");
  const bcc = getRecipients(item, "bcc");
  const subject = officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb));
  const body = officeCall<string>("body.getAsync", (cb) => item.body.getAsync(HTML_COERCION, cb));
  const from = optional<OfficeRecipient | undefined>(
    features.from,
    "from",
    () => officeCall<OfficeRecipient>("from.getAsync", (cb) => item.from.getAsync(cb)),
    undefined,
    onProblem,
  );
  const composeType = optional<ComposeType>(
    features.composeType,
    "compose type",
    () =>
      officeCall<unknown>("getComposeTypeAsync", (cb) => item.getComposeTypeAsync(cb)).then(
        toComposeType,
      ),
    "unknown",
    onProblem,
  );
  const attachments = optional<AttachmentDetails[]>(
    features.attachmentsAndHeaders,
    "attachments",
    () =>
      officeCall<AttachmentDetails[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb)),
    [],
    onProblem,
  );
  const consents = optional<ConsentRecord[]>(
    features.sessionData,
    "consents",
    () => readConsents(item),
    [],
    onProblem,
  );

  // Attached emails: a second round trip, started as soon as the list is known.
  const attachedMessages = attachments.then((list) => {
    const emails = (list ?? []).filter((a) => String(a.attachmentType).toLowerCase() === "item");
    if (options.readAttachedEmails === false || !features.attachmentsAndHeaders) {
      return emails.map((a): AttachedMessage => ({
        id: a.id,
        name: a.name,
        from: [],
        to: [],
        cc: [],
      }));
    }
    return Promise.all(emails.map((a) => readAttachedEmail(item, a, onProblem)));
  });

  const [toList, ccList, bccList, subjectText, html, fromDetails, type, attached, records] =
    await Promise.all([to, cc, bcc, subject, body, from, composeType, attachedMessages, consents]);
  return makeDraft({
    from: toPerson(fromDetails),
    to: (toList ?? []).map(toRecipient),
    cc: (ccList ?? []).map(toRecipient),
    bcc: (bccList ?? []).map(toRecipient),
    subject: subjectText ?? "",
    body: { type: "html", content: html ?? "" },
    composeType: type,
    attachedMessages: attached,
    date: options.date ?? new Date().toISOString(),
    records: { consents: records },
  });
}
