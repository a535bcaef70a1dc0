/**
 * The headers of an attached email (getAttachmentContentAsync's "eml" text), read cheaply: the
 * on-send bundle cannot carry a MIME parser, and the rules need only From, To, Cc, Date and
 * Subject of an attached message. Encoded-words are decoded where the runtime has the means
 * (TextDecoder); otherwise they are left as written, which costs a display name, never an address.
 */
import type { AttachedMessage, MessageHeaders, Person } from "../core/draft";
import { parseAddressList } from "../core/text/addresses";

/** The header section: everything before the first empty line, with folded lines unfolded. */
function headerLines(eml: string): string[] {
  const end = eml.search(/\r?\n\r?\n/);
  const section = end === -1 ? eml : eml.slice(0, end);
  return section.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/);
}

function decodeBytes(bytes: number[], charset: string): string | undefined {
  // `typeof`, not globalThis: the JS-only runtime of older classic Outlook builds lacks both.
  if (typeof TextDecoder === "undefined") return undefined;
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function base64Bytes(text: string): number[] {
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const c of text) {
    const value = BASE64.indexOf(c);
    if (value === -1) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** Q-encoding: "_" is a space and "=XX" a byte; any other character stands for its own byte. */
function quotedPrintableBytes(text: string): number[] {
  return text
    .replace(/_/g, " ")
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .split("")
    .map((c) => c.charCodeAt(0) & 0xff);
}

/** RFC 2047 encoded-words (`=?utf-8?B?…?=`), adjacent ones joined. */
export function decodeEncodedWords(value: string): string {
  if (!value.includes("=?")) return value;
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (word, charset: string, encoding: string, text: string) => {
        const bytes =
          encoding.toUpperCase() === "B" ? base64Bytes(text) : quotedPrintableBytes(text);
        // RFC 2231 adds a language after "*" ("utf-8*en"): the charset is what comes before.
        const star = charset.indexOf("*");
        return decodeBytes(bytes, star < 0 ? charset : charset.slice(0, star)) ?? word;
      },
    );
}

/**
 * At most this many emails attached inside one attached email are read (at any depth, listed
 * together: they travel as one): a forward of a forward holds a handful, and the cap keeps the
 * scan for them linear in the email's size.
 */
export const MAX_NESTED_EMAILS = 20;

/**
 * An attached email's headers and, as `attachedMessages`, those of every email attached inside it
 * at any depth (each a message/rfc822 part, whose text MIME keeps as written; its own headers
 * start after the part's blank line).
 */
export function readEmlMessage(eml: string): AttachedMessage {
  return Object.assign(readEmlHeaders(eml), {
    attachedMessages: eml
      .split(/^content-type:[ \t]*message\/rfc822/im, MAX_NESTED_EMAILS + 1)
      .slice(1)
      .map((part) => readEmlHeaders(part.slice(part.search(/\n\r?\n/) + 1))),
  });
}

/** The headers an attached email's rules need, from its raw text. */
export function readEmlHeaders(eml: string): MessageHeaders {
  const values = new Map<string, string>();
  for (const line of headerLines(eml)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // The first occurrence wins, as for a message's own From/To/Subject.
    if (!values.has(name)) values.set(name, line.slice(colon + 1).trim());
  }
  const people = (name: string): Person[] => {
    const value = values.get(name);
    return value ? parseAddressList(decodeEncodedWords(value)) : [];
  };
  const headers: MessageHeaders = { from: people("from"), to: people("to"), cc: people("cc") };
  const sent = values.get("date");
  const subject = values.get("subject");
  if (sent !== undefined) headers.sent = sent;
  if (subject !== undefined) headers.subject = decodeEncodedWords(subject);
  return headers;
}
