/**
 * Reads a saved message (.eml, RFC 5322) into a Draft, the same model the Outlook add-in builds
 * from a compose item, so the CLI checks exactly what the add-in would.
 */
import PostalMime from "postal-mime";
import type { AttachedMessage, Draft, DraftBody, Person, Recipient } from "../core/draft";
import { makeDraft, MAX_ATTACHED_DEPTH } from "../core/draft";
import { parseQuotedHistory } from "../core/quoted";
import { detectComposeType } from "./compose-type";
import { CONSENT_HEADER, parseConsentHeader } from "./consent-header";
import { InputError } from "./errors";

type Email = PostalMime.Email;
type Address = PostalMime.Address;

export interface EmlReadResult {
  draft: Draft;
  /** The whole body as plain text (quoted history included), to find the postcodes it mentions. */
  bodyText: string;
  /** Things worth telling the user that do not stop the check (a malformed consent header). */
  warnings: string[];
  /** In-Reply-To and References, for writing the message back out (`fix`). */
  thread: { inReplyTo?: string; references?: string };
}

/** Every message/rfc822 part becomes an attachment, so attached emails stay out of the body. */
const PARSE_OPTIONS = { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" } as const;

/** At least one of these makes a file a message rather than some other text. */
const MESSAGE_HEADERS = ["from", "to", "cc", "bcc", "subject", "date", "message-id"];

function headerValue(email: Email, key: string): string | undefined {
  const value = email.headers.find((h) => h.key === key)?.value;
  if (value === undefined) return undefined;
  // Header values come back undecoded; a consent note in another language is an encoded-word.
  return value.includes("=?") ? PostalMime.decodeWords(value) : value;
}

function mailboxes(addresses: readonly Address[] | Address | undefined): Person[] {
  const people: Person[] = [];
  for (const a of ([] as Address[]).concat(addresses ?? [])) {
    for (const box of a.group ?? [a]) {
      const name = box.name.trim() || undefined;
      const address = box.address?.trim() || undefined;
      if (name || address) people.push({ ...(name && { name }), ...(address && { address }) });
    }
  }
  return people;
}

function recipients(addresses: readonly Address[] | undefined): Recipient[] {
  return mailboxes(addresses)
    .filter((p): p is Person & { address: string } => p.address !== undefined)
    .map(({ name, address }) => ({ address, ...(name && { name }) }));
}

/** HTML when the message has it: Outlook's quoting is only recognisable in the HTML. */
function bodyOf(email: Email): DraftBody {
  if (email.html) return { type: "html", content: email.html };
  return { type: "text", content: email.text ?? "" };
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array | string {
  return content instanceof ArrayBuffer ? new Uint8Array(content) : content;
}

/** Emails attached to `email`, with those attached inside them, MAX_ATTACHED_DEPTH deep. */
async function parseAttachedMessages(email: Email, depth = 1): Promise<AttachedMessage[]> {
  const attached: AttachedMessage[] = [];
  for (const attachment of email.attachments) {
    if (attachment.mimeType !== "message/rfc822") continue;
    const inner = await PostalMime.parse(toBytes(attachment.content), PARSE_OPTIONS);
    const name = attachment.filename ?? inner.subject;
    const sent = headerValue(inner, "date");
    const nested = depth < MAX_ATTACHED_DEPTH ? await parseAttachedMessages(inner, depth + 1) : [];
    attached.push({
      from: mailboxes(inner.from),
      to: mailboxes(inner.to),
      cc: mailboxes(inner.cc),
      ...(sent !== undefined && { sent }),
      ...(inner.subject !== undefined && { subject: inner.subject }),
      ...(name && { name }),
      body: bodyOf(inner),
      ...(nested.length > 0 && { attachedMessages: nested }),
    });
  }
  return attached;
}

async function parseMessage(raw: Uint8Array | string, file: string): Promise<Email> {
  let email: Email;
  try {
    email = await PostalMime.parse(raw, PARSE_OPTIONS);
  } catch (error) {
    throw new InputError(file, `is not an email message (${(error as Error).message})`);
  }
  if (!email.headers.some((h) => MESSAGE_HEADERS.includes(h.key))) {
    throw new InputError(file, "is not an email message (no From, To, Subject or Date header)");
  }
  return email;
}

function readConsents(email: Email, file: string, warnings: string[]): Draft["records"] {
  const header = headerValue(email, CONSENT_HEADER.toLowerCase());
  if (header === undefined) return { consents: [] };
  const parsed = parseConsentHeader(header);
  if (parsed.ok) return { consents: parsed.consents };
  warnings.push(`${file}: ${CONSENT_HEADER} header ignored: ${parsed.reason}`);
  return { consents: [] };
}

/** `file` names the message in errors and warnings. */
export async function emlToDraft(raw: Uint8Array | string, file: string): Promise<EmlReadResult> {
  const email = await parseMessage(raw, file);
  const warnings: string[] = [];
  const body = bodyOf(email);
  const subject = email.subject ?? "";
  const attachedMessages = await parseAttachedMessages(email);
  const from = mailboxes(email.from)[0];
  const date = isoDate(email.date);
  const quoted = parseQuotedHistory(body);
  const composeType = detectComposeType({
    subject,
    hasThreadHeaders: Boolean(email.inReplyTo || email.references),
    attachedMessageCount: attachedMessages.length,
    quotedKinds: quoted.messages.map((m) => m.kind),
  });
  const draft = makeDraft({
    from,
    to: recipients(email.to),
    cc: recipients(email.cc),
    bcc: recipients(email.bcc),
    subject,
    body,
    composeType,
    attachedMessages,
    date,
    records: readConsents(email, file, warnings),
  });
  const thread = {
    ...(email.inReplyTo && { inReplyTo: email.inReplyTo }),
    ...(email.references && { references: email.references }),
  };
  return { draft, bodyText: quoted.text, warnings, thread };
}
