/**
 * Writes a Draft back out as a saved message (.eml, RFC 5322 with MIME), so that `fix` can show
 * what the add-in's fix would leave and the result can be checked again with `check`.
 * emlToDraft reads back what this writes (tests/cli/draft-to-eml.test.ts holds the round trip).
 */
import type { AttachedMessage, Draft, DraftBody, Person } from "../core/draft";
import { consentHeaderValue } from "../core/consent-header";
import { CONSENT_HEADER } from "./consent-header";

/** The thread headers of the message the draft was read from: they tell a reply from a new email. */
export interface ThreadHeaders {
  inReplyTo?: string;
  references?: string;
}

/** Characters a display name may hold unquoted ("atext" and spaces). */
const PLAIN_NAME = /^[\w !#$%&'*+/=?^`{|}~.-]*$/;
// Printable ASCII apart from "?", "=" and "_", which the Q encoding gives meaning.
const NEEDS_NO_ENCODING = /^[\x20-\x3c\x3e\x40-\x5e\x60-\x7e]*$/;

/** A header text as an RFC 2047 encoded-word when it is not plain ASCII. */
function encodedWord(text: string): string {
  if (NEEDS_NO_ENCODING.test(text)) return text;
  return `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}

function mailbox(person: Person): string {
  const address = person.address ?? "";
  const name = person.name?.replace(/[\r\n]+/g, " ").trim();
  if (!name) return address;
  const shown = NEEDS_NO_ENCODING.test(name)
    ? PLAIN_NAME.test(name)
      ? name
      : `"${name.replace(/["\\]/g, "\\$&")}"`
    : encodedWord(name);
  return address ? `${shown} <${address}>` : shown;
}

function addressHeader(key: string, people: readonly Person[]): string[] {
  return people.length === 0 ? [] : [`${key}: ${people.map(mailbox).join(",\r\n ")}`];
}

/** Base64 in lines of 76, as MIME asks. */
function base64Lines(text: string): string {
  return (
    Buffer.from(text, "utf8")
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join("\r\n");
}

function bodyPart(body: DraftBody): string {
  return [
    `Content-Type: ${body.type === "html" ? "text/html" : "text/plain"}; charset=utf-8`,
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(body.content),
  ].join("\r\n");
}

function rfc2822Date(iso: string | undefined): string[] {
  if (!iso) return [];
  const time = Date.parse(iso);
  return Number.isNaN(time)
    ? []
    : [`Date: ${new Date(time).toUTCString().replace("GMT", "+0000")}`];
}

/**
 * A message's header lines and body as MIME text; with attached emails a multipart/mixed whose
 * parts are the body and each email (theirs in turn, one boundary per depth).
 */
function mimeMessage(
  headers: string[],
  body: DraftBody,
  attached: readonly AttachedMessage[],
  depth: number,
): string {
  if (attached.length === 0) return `${headers.join("\r\n")}\r\n${bodyPart(body)}\r\n`;
  const boundary = depth === 0 ? "member-mail-check-part" : `member-mail-check-part-${depth}`;
  const parts = [
    bodyPart(body),
    ...attached.map((m, i) =>
      [
        "Content-Type: message/rfc822",
        `Content-Disposition: attachment; filename="${(m.name ?? `message-${i + 1}.eml`).replace(/["\r\n\\]/g, "_")}"`,
        "",
        attachedMessage(m, depth + 1),
      ].join("\r\n"),
    ),
  ];
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    ...parts.map((p) => `--${boundary}\r\n${p}`),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

function attachedMessage(message: AttachedMessage, depth: number): string {
  const headers = [
    ...addressHeader("From", message.from),
    ...addressHeader("To", message.to),
    ...addressHeader("Cc", message.cc),
    ...(message.sent ? [`Date: ${message.sent}`] : []),
    ...(message.subject !== undefined ? [`Subject: ${encodedWord(message.subject)}`] : []),
    "MIME-Version: 1.0",
  ];
  return mimeMessage(
    headers,
    message.body ?? { type: "text", content: "" },
    message.attachedMessages ?? [],
    depth,
  );
}

/** The draft as an .eml file, CRLF line ends. */
export function draftToEml(draft: Draft, thread: ThreadHeaders = {}): string {
  const headers = [
    ...addressHeader("From", draft.from ? [draft.from] : []),
    ...addressHeader("To", draft.to),
    ...addressHeader("Cc", draft.cc),
    ...addressHeader("Bcc", draft.bcc),
    `Subject: ${encodedWord(draft.subject)}`,
    ...rfc2822Date(draft.date),
    ...(thread.inReplyTo ? [`In-Reply-To: ${thread.inReplyTo}`] : []),
    ...(thread.references ? [`References: ${thread.references}`] : []),
    ...(draft.records.consents.length > 0
      ? [`${CONSENT_HEADER}: ${consentHeaderValue(draft.records.consents)}`]
      : []),
    "MIME-Version: 1.0",
  ];
  return mimeMessage(headers, draft.body, draft.attachedMessages, 0);
}
