/**
 * The draft being checked: everything a rule may look at, independent of where it came from
 * (an Outlook compose item, an .eml file, the admin page's preview form).
 */

/** A name and/or an address as it appears in a header or a quoted "From:" line. */
export interface Person {
  name?: string;
  /** As written; compare case-insensitively. */
  address?: string;
}

/** Office.MailboxEnums.RecipientType, as a string. */
export type RecipientType = "user" | "distributionList" | "externalUser" | "other";

export interface Recipient {
  address: string;
  name?: string;
  type?: RecipientType;
}

export type RecipientField = "to" | "cc" | "bcc";
export const RECIPIENT_FIELDS: readonly RecipientField[] = ["to", "cc", "bcc"];

export type ComposeType = "new" | "reply" | "forward" | "unknown";

export interface DraftBody {
  type: "html" | "text";
  content: string;
}

/** Headers of an earlier message: quoted in the body or attached as an email item. */
export interface MessageHeaders {
  from: Person[];
  to: Person[];
  cc: Person[];
  /** The Sent:/Date: value as written (not parsed: clients write it in many formats). */
  sent?: string;
  subject?: string;
}

export interface AttachedMessage extends MessageHeaders {
  /** The attachment's id in the compose item (Office's attachment id), for removing it. */
  id?: string;
  /** The attachment's file name or item name, for messages. */
  name?: string;
  /** The attached message's own body when it could be read (it may quote a chain too). */
  body?: DraftBody;
  /**
   * Emails attached inside this one (a forward of a forward), which travel with it; the analysis
   * follows them MAX_ATTACHED_DEPTH deep.
   */
  attachedMessages?: AttachedMessage[];
}

/**
 * How deep emails attached inside attached emails are followed. Real forwards of forwards are a
 * few deep; the bound keeps a crafted message from making the check's work unbounded.
 */
export const MAX_ATTACHED_DEPTH = 10;

/**
 * A member's agreement (or instruction) recorded with the draft. It suppresses the findings of
 * `rule` (or of every rule when absent) whose consent would come from `memberId`.
 */
export interface ConsentRecord {
  memberId: string;
  rule?: string;
  note?: string;
  /** ISO 8601 timestamp. */
  recordedAt: string;
}

export interface DraftRecords {
  consents: ConsentRecord[];
}

export interface Draft {
  from?: Person;
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  subject: string;
  body: DraftBody;
  composeType: ComposeType;
  attachedMessages: AttachedMessage[];
  /** ISO 8601; the time of the check when unknown. */
  date?: string;
  records: DraftRecords;
}

// Common HTML tags only: plain text is full of "<jane.doe@council.example>" that a looser test
// would take for markup.
const LOOKS_LIKE_HTML =
  /<(?:!doctype|html|head|body|div|p|br|span|table|font|blockquote|b|i|a)\b[^>]*>/i;

/** A draft with every optional part filled in, for tests and callers that only know some fields. */
export function makeDraft(
  parts: Omit<Partial<Draft>, "body"> & { body?: DraftBody | string },
): Draft {
  const {
    to = [],
    cc = [],
    bcc = [],
    subject = "",
    body = { type: "text", content: "" },
    composeType = "unknown",
    attachedMessages = [],
    records = { consents: [] },
  } = parts;
  return {
    from: parts.from,
    to,
    cc,
    bcc,
    subject,
    body:
      typeof body === "string"
        ? { type: LOOKS_LIKE_HTML.test(body) ? "html" : "text", content: body }
        : body,
    composeType,
    attachedMessages,
    date: parts.date,
    records,
  };
}
