/**
 * Header blocks: the "From: / Sent: / To: / Cc: / Subject:" lines clients write above a quoted
 * message (Outlook, Gmail and Apple forwards, Thunderbird's header table, Hotmail, Outlook for
 * Mac's "Date:"). English labels, plus Russian as written by Windows Mail and Outlook.
 */
import type { MessageHeaders, Person } from "../draft";
import { parseAddressList } from "../text/addresses";
import type { BodyLine, MailtoLink } from "./lines";
import { entriesOf } from "../builtins";

export type HeaderField = "from" | "sent" | "to" | "cc" | "bcc" | "subject" | "other";

/** Each field's labels, lower-cased: English, then Russian (Outlook, Windows Mail). */
const FIELD_LABELS: Record<HeaderField, string> = {
  from: "from от",
  sent: "sent date отправлено дата",
  to: "to кому",
  cc: "cc копия",
  bcc: "bcc",
  subject: "subject тема",
  other: "reply-to importance attachments sensitivity",
};
const LABELS = new Map<string, HeaderField>();
for (const [field, labels] of entriesOf(FIELD_LABELS) as [HeaderField, string][]) {
  for (const label of labels.split(" ")) LABELS.set(label, field);
}

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
  /** Each field's value (a wrapped list joined) and the mailto links on its lines. */
  values: Partial<Record<HeaderField, FieldValue>>;
  /** "sent" (Outlook on Windows, Outlook on the web) or "date" (Mac, Gmail, Apple) or other. */
  dateLabel?: string;
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

  const values: HeaderBlock["values"] = {};
  let dateLabel: string | undefined;
  /** The latest field's value when it is a recipient list, which may wrap onto more lines. */
  let list: FieldValue | undefined;
  let headerLines = 0;
  let continuations = 0;
  let gapUsed = false;
  let j = index;
  for (; j < lines.length && headerLines < MAX_BLOCK_LINES; j++) {
    const line = lines[j];
    if (!line) break;
    if (line.blank) {
      // One blank line, if a field not seen yet follows it (a blank line reads as no header).
      const next = lines[j + 1];
      const nextHeader = next && readHeaderLine(next.content);
      if (gapUsed || !nextHeader || values[nextHeader.field]) break;
      gapUsed = true;
      continue;
    }
    const header = readHeaderLine(line.content);
    if (header) {
      const { field } = header;
      const value: FieldValue = { value: header.value, links: line.links.slice() };
      // Other fields ("Importance:") may repeat and are not kept.
      if (field !== "other") {
        if (values[field]) break;
        values[field] = value;
      }
      if (field === "sent") dateLabel = header.label;
      list = field === "to" || field === "cc" || field === "bcc" ? value : undefined;
      headerLines++;
      continue;
    }
    if (!list || continuations >= MAX_CONTINUATION_LINES || !/[;,]$/.test(list.value)) break;
    list.value = `${list.value} ${line.content}`;
    list.links.push(...line.links);
    continuations++;
  }
  return { end: j, values, dateLabel };
}

/**
 * Whether a block is a quoted message's header. With a separator or a client's marker above it,
 * "From:" and one other field are enough; on its own it needs From, a date, and To/Cc/Subject.
 */
export function isMessageHeader(block: HeaderBlock, hasContext: boolean): boolean {
  const { from, sent, to, cc, subject } = block.values;
  if (!from) return false;
  const hasDate = !!sent;
  const hasAddressing = !!(to || cc || subject);
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
  const { value, links } = field;
  const onBehalf = value.toLowerCase().indexOf(" on behalf of ");
  if (onBehalf < 0) return peopleOf(field);
  return [
    ...peopleOf({ value: value.slice(0, onBehalf), links }),
    ...peopleOf({ value: value.slice(onBehalf + 14), links }),
  ];
}

export function headersOf({ values }: HeaderBlock): MessageHeaders {
  const headers: MessageHeaders = {
    from: fromPeople(values.from),
    to: peopleOf(values.to),
    cc: peopleOf(values.cc),
  };
  // Fields with a value only.
  if (values.sent?.value) headers.sent = values.sent.value;
  if (values.subject?.value) headers.subject = values.subject.value;
  return headers;
}
