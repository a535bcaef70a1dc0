/**
 * Header blocks: the "From: / Sent: / To: / Cc: / Subject:" lines clients write above a quoted
 * message (Outlook, Gmail and Apple forwards, Thunderbird's header table, Hotmail, Outlook for
 * Mac's "Date:"). English labels, plus Russian as written by Windows Mail and Outlook.
 */
import type { MessageHeaders, Person } from "../draft";
import { parseAddressList } from "../text/addresses";
import type { BodyLine, MailtoLink } from "./lines";

export type HeaderField = "from" | "sent" | "to" | "cc" | "bcc" | "subject" | "other";

const LABELS = new Map<string, HeaderField>([
  ["from", "from"],
  ["sent", "sent"],
  ["date", "sent"],
  ["to", "to"],
  ["cc", "cc"],
  ["bcc", "bcc"],
  ["subject", "subject"],
  ["reply-to", "other"],
  ["importance", "other"],
  ["attachments", "other"],
  ["sensitivity", "other"],
  // Russian (Outlook, Windows Mail).
  ["от", "from"],
  ["отправлено", "sent"],
  ["дата", "sent"],
  ["кому", "to"],
  ["копия", "cc"],
  ["тема", "subject"],
]);

/** Labels are short; the colon must come within this many characters. */
const MAX_LABEL_LENGTH = 16;
/** Header lines in one block (besides continuation lines). */
const MAX_BLOCK_LINES = 16;
/** Wrapped lines of one recipient list. */
const MAX_CONTINUATION_LINES = 200;

export interface HeaderLine {
  field: HeaderField;
  /** The label as written, lower-cased ("sent" or "date" matters for telling clients apart). */
  label: string;
  value: string;
}

/** Reads `content` as a "Label: value" header line. */
export function readHeaderLine(content: string): HeaderLine | undefined {
  const colon = content.slice(0, MAX_LABEL_LENGTH + 1).indexOf(":");
  if (colon <= 0) return undefined;
  const label = content.slice(0, colon).trim().toLowerCase();
  const field = LABELS.get(label);
  if (!field) return undefined;
  return { field, label, value: content.slice(colon + 1).trim() };
}

interface FieldValue {
  value: string;
  links: MailtoLink[];
}

export interface HeaderBlock {
  /** Index of the line after the block. */
  end: number;
  values: Map<HeaderField, FieldValue>;
  /** "sent" (Outlook on Windows, Outlook on the web) or "date" (Mac, Gmail, Apple) or other. */
  dateLabel?: string;
}

function endsWithListSeparator(value: string): boolean {
  const lastCharacter = value.charAt(value.length - 1);
  return lastCharacter === ";" || lastCharacter === ",";
}

function isListField(field: HeaderField): boolean {
  return field === "to" || field === "cc" || field === "bcc";
}

/**
 * Reads the header block starting at line `index`: consecutive header lines, each field once,
 * allowing one blank line inside and wrapped recipient lists (a line ending in `;` or `,`).
 * Bounded work per call, so trying it at every line stays linear.
 */
export function readHeaderBlock(
  lines: readonly BodyLine[],
  index: number,
): HeaderBlock | undefined {
  const firstLine = lines[index];
  if (!firstLine || !readHeaderLine(firstLine.content)) return undefined;

  const values = new Map<HeaderField, FieldValue>();
  let dateLabel: string | undefined;
  let last: { field: HeaderField; value: FieldValue } | undefined;
  let headerLines = 0;
  let continuations = 0;
  let gapUsed = false;
  let j = index;
  while (j < lines.length && headerLines < MAX_BLOCK_LINES) {
    const line = lines[j];
    if (!line) break;
    if (line.blank) {
      const next = lines[j + 1];
      const nextHeader = next && !next.blank ? readHeaderLine(next.content) : undefined;
      if (gapUsed || !nextHeader || values.has(nextHeader.field)) break;
      gapUsed = true;
      j++;
      continue;
    }
    const header = readHeaderLine(line.content);
    if (header) {
      if (header.field !== "other" && values.has(header.field)) break;
      const value: FieldValue = { value: header.value, links: line.links.slice() };
      if (header.field !== "other") values.set(header.field, value);
      if (header.field === "sent") dateLabel = header.label;
      last = { field: header.field, value };
      headerLines++;
      j++;
      continue;
    }
    const wrapped =
      last !== undefined &&
      isListField(last.field) &&
      continuations < MAX_CONTINUATION_LINES &&
      endsWithListSeparator(last.value.value);
    if (!wrapped || !last) break;
    last.value.value = `${last.value.value} ${line.content}`;
    last.value.links.push(...line.links);
    continuations++;
    j++;
  }
  return { end: j, values, dateLabel };
}

/**
 * Whether a block is a quoted message's header. With a separator or a client's marker above it,
 * "From:" and one other field are enough; on its own it needs From, a date, and To/Cc/Subject.
 */
export function isMessageHeader(block: HeaderBlock, hasContext: boolean): boolean {
  const has = (field: HeaderField): boolean => block.values.has(field);
  if (!has("from")) return false;
  const hasDate = has("sent");
  const hasAddressing = has("to") || has("cc") || has("subject");
  return hasContext ? hasDate || hasAddressing : hasDate && hasAddressing;
}

/** Names without addresses that a mailto link on the same line gives an address to. */
function withLinkAddresses(people: Person[], links: readonly MailtoLink[]): Person[] {
  if (links.length === 0) return people;
  return people.map((person) => {
    if (person.address || !person.name) return person;
    const name = person.name.toLowerCase();
    const link = links.find((candidate) => candidate.text.toLowerCase() === name);
    return link ? { name: person.name, address: link.address } : person;
  });
}

function peopleOf(field: FieldValue | undefined): Person[] {
  return field ? withLinkAddresses(parseAddressList(field.value), field.links) : [];
}

/**
 * "From: Foo [mailto:foo@x] On Behalf Of Bar" (a delegate or a list sending for someone): both
 * people, the one shown first first.
 */
function fromPeople(field: FieldValue | undefined): Person[] {
  if (!field) return [];
  const onBehalf = field.value.toLowerCase().indexOf(" on behalf of ");
  if (onBehalf < 0) return peopleOf(field);
  return [
    ...peopleOf({ value: field.value.slice(0, onBehalf), links: field.links }),
    ...peopleOf({ value: field.value.slice(onBehalf + 14), links: field.links }),
  ];
}

export function headersOf(block: HeaderBlock): MessageHeaders {
  const headers: MessageHeaders = {
    from: fromPeople(block.values.get("from")),
    to: peopleOf(block.values.get("to")),
    cc: peopleOf(block.values.get("cc")),
  };
  const sent = block.values.get("sent")?.value;
  if (sent) headers.sent = sent;
  const subject = block.values.get("subject")?.value;
  if (subject) headers.subject = subject;
  return headers;
}
