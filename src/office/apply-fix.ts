/**
 * Applying a finding's Fix to the compose item. The plan is core's pure `applyFix` (the new
 * recipient lists, body and consents are computed by it, from what the item holds now); this
 * module only reads the item and writes the difference back, in an order that never loses
 * anyone or anything:
 * - recipients are added before they are removed, so if the add works and the remove fails the
 *   recipient is in both fields (duplicated, reported), never in neither;
 * - a field is rewritten with setAsync of the recipients that stay, as Office handed them to us
 *   (display names and types kept exactly), since Office has no per-recipient remove;
 * - removing quoted history keeps everything above the split and returns the old body for Undo.
 * Every result carries what Undo needs; `undoFixOnItem` puts it back.
 */
import type { ConsentRecord, Draft, Recipient, RecipientField } from "../core/draft";
import { makeDraft, RECIPIENT_FIELDS } from "../core/draft";
import type { Fix } from "../core/findings";
import { applyFix, type FixInput } from "../core/fixes";
import { parseQuotedHistory } from "../core/quoted";
import { normaliseAddress } from "../core/text/addresses";
import { errorText, officeCall } from "./async";
import { CONSENT_HEADER, CONSENT_SESSION_KEY, consentHeaderValue, parseConsents } from "./consents";
import { HTML_COERCION } from "./read-draft";
import {
  addRecipients,
  getRecipients,
  MAX_RECIPIENTS_PER_CALL,
  setRecipients,
  toRecipient,
  type OfficeRecipient,
  type OfficeRecipientInput,
} from "./recipients";
import { ALL_FEATURES, type MailboxFeatures } from "./requirements";
import { openSeparateEmail } from "./send-separately";
import { fromEntries } from "../core/builtins";

/**
 * What Undo needs to take the fix back. Undo reverses only what the fix did: recipients the
 * officer added or removed since, and text typed since, are never overwritten.
 */
export type FixUndo =
  | {
      kind: "recipients";
      /** The fields the fix touched, as they were before it. */
      fields: Partial<Record<RecipientField, OfficeRecipient[]>>;
      /** The same fields as the fix meant to leave them (absent: as before, e.g. a failed add). */
      after?: Partial<Record<RecipientField, string[]>>;
    }
  /** `html` is the body before the fix; `after` the body the fix wrote. */
  | { kind: "body"; html: string; after?: string }
  | { kind: "consents"; consents: ConsentRecord[] }
  /** Removed attachments cannot be put back from an add-in: the task pane should ask first. */
  | { kind: "none"; reason: string };

export interface AppliedFix {
  fix: Fix;
  /** False when the item already looked as the fix would leave it. */
  changed: boolean;
  undo: FixUndo;
}

/** Undo would overwrite something the officer has changed since the fix. */
export class ChangedSinceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChangedSinceError";
  }
}

/**
 * A recipient write failed part-way. The fields were then put back as they were and read back:
 * `restored` says whether they now hold exactly what they held before (the message then says
 * nobody was lost); if not, the message says who is missing or extra where, and `undo` tries
 * again to put every field back as it was.
 */
export class FixIncompleteError extends Error {
  constructor(
    message: string,
    readonly undo: FixUndo,
    readonly cause: unknown,
    readonly restored = false,
  ) {
    super(message);
    this.name = "FixIncompleteError";
  }
}

export interface ApplyFixOptions {
  /** Which requirement sets the client has (record-consent needs 1.11, and 1.8 for the header). */
  features?: MailboxFeatures;
  /** Where "send them a separate email" opens the new one (Office.context.mailbox). */
  mailbox?: Parameters<typeof openSeparateEmail>[0];
}

const same = (a: string, b: string): boolean => normaliseAddress(a) === normaliseAddress(b);

type FieldLists = Partial<Record<RecipientField, OfficeRecipient[]>>;

async function readFields(
  item: Office.MessageCompose,
  fields: readonly RecipientField[],
): Promise<FieldLists> {
  const lists = await Promise.all(fields.map((field) => getRecipients(item, field)));
  const result: FieldLists = {};
  fields.forEach((field, i) => (result[field] = lists[i] ?? []));
  return result;
}

function draftOf(lists: FieldLists): Draft {
  return makeDraft({
    to: (lists.to ?? []).map(toRecipient),
    cc: (lists.cc ?? []).map(toRecipient),
    bcc: (lists.bcc ?? []).map(toRecipient),
  });
}

/** Recipients in `after` that `before` did not have, as Office input (the original details when known). */
function addedRecipients(
  before: readonly OfficeRecipient[],
  after: readonly Recipient[],
  known: FieldLists,
): OfficeRecipientInput[] {
  const added = after.filter((r) => !before.some((b) => same(b.emailAddress, r.address)));
  return added.map((r) => {
    for (const field of RECIPIENT_FIELDS) {
      const original = (known[field] ?? []).find((o) => same(o.emailAddress, r.address));
      if (original)
        return {
          emailAddress: original.emailAddress,
          displayName: original.displayName || original.emailAddress,
        };
    }
    return { emailAddress: r.address, displayName: r.name ?? r.address };
  });
}

/** The recipients of `before` still in `after`, exactly as Office handed them to us. */
function remaining(
  before: readonly OfficeRecipient[],
  after: readonly Recipient[],
): OfficeRecipient[] {
  return before.filter((b) => after.some((r) => same(r.address, b.emailAddress)));
}

/** `list` without anyone also in `others` (addresses compared case-insensitively). */
const without = (list: readonly OfficeRecipient[], others: readonly OfficeRecipient[]) =>
  list.filter((r) => !others.some((o) => same(o.emailAddress, r.emailAddress)));

const FIELD_NAMES: Record<RecipientField, string> = { to: "To", cc: "Cc", bcc: "Bcc" };
/** "Bcc is", "Cc and Bcc are", "To, Cc and Bcc are". */
function fieldsAre(fields: readonly RecipientField[]): string {
  const names = fields.map((f) => FIELD_NAMES[f]);
  const last = names.pop() ?? "";
  return names.length === 0 ? `${last} is` : `${names.join(", ")} and ${last} are`;
}
const count = (addresses: readonly string[]) =>
  addresses.length === 1 ? "1 person" : `${addresses.length} people`;

/** Who is missing from, or extra in, each field compared with `wanted`, in words. */
function whoIsWhere(wanted: FieldLists, now: FieldLists): string {
  const parts: string[] = [];
  for (const field of RECIPIENT_FIELDS) {
    const want = wanted[field];
    if (!want) continue;
    const have = now[field] ?? [];
    const missing = without(want, have).map((r) => r.emailAddress);
    const extra = without(have, want).map((r) => r.emailAddress);
    const name = FIELD_NAMES[field];
    if (missing.length > 0)
      parts.push(`${count(missing)} missing from ${name}: ${missing.join(", ")}`);
    if (extra.length > 0) parts.push(`${count(extra)} also in ${name}: ${extra.join(", ")}`);
  }
  return parts.join("; ");
}

/**
 * Puts `fields` back to `wanted`: each field that differs is set again (tried twice), then all
 * are read back. Returns what they hold then, or undefined when they cannot be read.
 */
async function restoreFields(
  item: Office.MessageCompose,
  wanted: FieldLists,
): Promise<FieldLists | undefined> {
  const fields = RECIPIENT_FIELDS.filter((f) => wanted[f] !== undefined);
  const read = () => readFields(item, fields).catch(() => undefined);
  const now = await read();
  await Promise.all(
    fields
      .filter((f) => !now || !sameAddresses(now[f] ?? [], wanted[f] ?? []))
      .map((f) => {
        const set = () => setRecipients(item, f, wanted[f] ?? []);
        return set()
          .catch(set)
          .catch(() => undefined);
      }),
  );
  return read();
}

/**
 * Writes `target` over the fields of `before` (adds first, so a field that only grows is never
 * rewritten; a field that loses anyone is set whole, 100 at a time). On any failure every field
 * is put back as it was and read back, and a FixIncompleteError says what is where.
 */
async function writeFields(
  item: Office.MessageCompose,
  before: FieldLists,
  target: FieldLists,
  undo: FixUndo,
): Promise<boolean> {
  const fields = RECIPIENT_FIELDS.filter((f) => before[f] !== undefined && target[f] !== undefined);
  const was = (f: RecipientField) => before[f] ?? [];
  const want = (f: RecipientField) => target[f] ?? [];
  // A field that only gains is added to, never rewritten: appended when that keeps its order,
  // or when it is too long for one atomic setAsync (order then matters less than the people).
  const adds = fields.filter(
    (f) =>
      without(was(f), want(f)).length === 0 &&
      want(f).length > was(f).length &&
      (sameAddresses(was(f), want(f).slice(0, was(f).length)) ||
        want(f).length > MAX_RECIPIENTS_PER_CALL),
  );
  // Fields that gain someone are written before those that only lose.
  const gains = (f: RecipientField) => (without(want(f), was(f)).length > 0 ? 0 : 1);
  const sets = fields
    .filter((f) => !adds.includes(f) && !sameAddresses(was(f), want(f)))
    .sort((a, b) => gains(a) - gains(b));
  try {
    for (const f of adds) await addRecipients(item, f, without(want(f), was(f)));
    for (const f of sets) await setRecipients(item, f, want(f));
  } catch (error) {
    const now = await restoreFields(item, before);
    const changes = now && whoIsWhere(before, now);
    if (changes === "") {
      throw new FixIncompleteError(
        `That did not work (${errorText(error)}). ${fieldsAre(fields)} back as they were: nobody has been lost.`,
        undo,
        error,
        true,
      );
    }
    throw new FixIncompleteError(
      `That did not work (${errorText(error)}), and the recipients could not all be put back: ${
        changes ?? "the recipient boxes could not be read back to see who is where"
      }. Choose "Put it back as it was" to try again, or add them by hand.`,
      undo,
      error,
    );
  }
  return adds.length > 0 || sets.length > 0;
}

/**
 * Writes the fix's recipient changes. Every field's final list is computed first (core's plan,
 * as Office handed each recipient to us); any failure puts every field back as it was.
 */
async function applyRecipientFix(
  item: Office.MessageCompose,
  fix: Fix,
  input: FixInput,
  fields: RecipientField[],
): Promise<AppliedFix> {
  const before = await readFields(item, fields);
  const after = applyFix(draftOf(before), fix, input);
  const target: FieldLists = {};
  for (const f of fields) {
    const was = before[f] ?? [];
    target[f] = [
      ...remaining(was, after[f]),
      ...addedRecipients(was, after[f], before).map((r) =>
        typeof r === "string" ? { emailAddress: r } : r,
      ),
    ];
  }
  // The fix's intent for Undo; a failed fix is undone in full (no `after`).
  const undo: FixUndo = {
    kind: "recipients",
    fields: before,
    after: fromEntries(fields.map((f) => [f, after[f].map((r) => r.address)])),
  };
  const changed = await writeFields(item, before, target, { kind: "recipients", fields: before });
  return { fix, changed, undo };
}

async function removeQuotedHistoryFromItem(
  item: Office.MessageCompose,
  fix: Fix,
): Promise<AppliedFix> {
  const html = await officeCall<string>("body.getAsync", (cb) =>
    item.body.getAsync(HTML_COERCION, cb),
  );
  const after = applyFix(makeDraft({ body: { type: "html", content: html } }), fix).body.content;
  const undo: FixUndo = { kind: "body", html, after };
  if (after === html) return { fix, changed: false, undo: { kind: "body", html } };
  await officeCall<void>("body.setAsync", (cb) =>
    item.body.setAsync(after, { coercionType: HTML_COERCION }, cb),
  );
  return { fix, changed: true, undo };
}

async function removeAttachedEmails(
  item: Office.MessageCompose,
  fix: Extract<Fix, { kind: "remove-attached-emails" }>,
): Promise<AppliedFix> {
  let ids = fix.attachments.map((a) => a.id).filter((id): id is string => id !== undefined);
  if (ids.length < fix.attachments.length) {
    // Some were named only: find their ids on the item.
    const list = await officeCall<Office.AttachmentDetailsCompose[]>("getAttachmentsAsync", (cb) =>
      item.getAttachmentsAsync(cb),
    );
    const named = fix.attachments.filter((a) => a.id === undefined).map((a) => a.name);
    ids = ids.concat(list.filter((a) => named.includes(a.name)).map((a) => a.id));
  }
  await Promise.all(
    ids.map((id) =>
      officeCall<void>("removeAttachmentAsync", (cb) => item.removeAttachmentAsync(id, cb)),
    ),
  );
  return {
    fix,
    changed: ids.length > 0,
    undo: {
      kind: "none",
      reason: "A removed attachment cannot be put back; attach it again from the original message.",
    },
  };
}

async function readStoredConsents(item: Office.MessageCompose): Promise<ConsentRecord[]> {
  const all = await officeCall<object>("sessionData.getAllAsync", (cb) =>
    item.sessionData.getAllAsync(cb),
  );
  return parseConsents((all as Record<string, unknown> | null)?.[CONSENT_SESSION_KEY]);
}

/** Writes the whole consent list to sessionData and the consent header, in parallel. */
export async function writeConsents(
  item: Office.MessageCompose,
  consents: readonly ConsentRecord[],
  features: MailboxFeatures,
): Promise<void> {
  const writes: Promise<void>[] = [];
  if (consents.length === 0) {
    writes.push(
      officeCall<void>("sessionData.removeAsync", (cb) =>
        item.sessionData.removeAsync(CONSENT_SESSION_KEY, cb),
      ),
    );
    if (features.attachmentsAndHeaders) {
      writes.push(
        officeCall<void>("internetHeaders.removeAsync", (cb) =>
          item.internetHeaders.removeAsync([CONSENT_HEADER], cb),
        ),
      );
    }
  } else {
    writes.push(
      officeCall<void>("sessionData.setAsync", (cb) =>
        item.sessionData.setAsync(CONSENT_SESSION_KEY, JSON.stringify(consents), cb),
      ),
    );
    if (features.attachmentsAndHeaders) {
      writes.push(
        officeCall<void>("internetHeaders.setAsync", (cb) =>
          item.internetHeaders.setAsync({ [CONSENT_HEADER]: consentHeaderValue(consents) }, cb),
        ),
      );
    }
  }
  await Promise.all(writes);
}

async function recordConsent(
  item: Office.MessageCompose,
  fix: Fix,
  input: FixInput,
  features: MailboxFeatures,
): Promise<AppliedFix> {
  if (!features.sessionData) {
    throw new Error(
      "This version of Outlook cannot keep a consent with the draft (it needs Mailbox 1.11).",
    );
  }
  const before = await readStoredConsents(item);
  const after = applyFix(makeDraft({ records: { consents: before } }), fix, input).records.consents;
  await writeConsents(item, after, features);
  return {
    fix,
    changed: after.length > before.length,
    undo: { kind: "consents", consents: before },
  };
}

function fieldsOf(fix: Fix, input: FixInput): RecipientField[] {
  switch (fix.kind) {
    case "move-to-cc":
      return RECIPIENT_FIELDS.filter(
        (f) => f === "cc" || fix.recipients.some((r) => r.field === f),
      );
    case "remove":
    case "send-separately":
      return RECIPIENT_FIELDS.filter((f) => fix.recipients.some((r) => r.field === f));
    case "add-local-members":
      return [input.field ?? fix.field];
    default:
      return [];
  }
}

/**
 * Applies one fix to the compose item and returns what Undo needs. Throws an OfficeCallError
 * when nothing could be done, or a FixIncompleteError (with its undo) when only part was done.
 */
export async function applyFixToItem(
  item: Office.MessageCompose,
  fix: Fix,
  input: FixInput = {},
  options: ApplyFixOptions = {},
): Promise<AppliedFix> {
  const features = options.features ?? ALL_FEATURES;
  switch (fix.kind) {
    case "move-to-cc":
    case "remove":
    case "add-local-members":
      return applyRecipientFix(item, fix, input, fieldsOf(fix, input));
    case "remove-quoted-history":
      return removeQuotedHistoryFromItem(item, fix);
    case "remove-attached-emails":
      return removeAttachedEmails(item, fix);
    case "record-consent":
      return recordConsent(item, fix, input, features);
    case "send-separately": {
      const [subject, html] = await Promise.all([
        officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
        officeCall<string>("body.getAsync", (cb) => item.body.getAsync(HTML_COERCION, cb)),
      ]);
      await openSeparateEmail(
        options.mailbox ?? Office.context.mailbox,
        fix.recipients,
        subject,
        html,
      );
      return applyRecipientFix(item, fix, input, fieldsOf(fix, input));
    }
  }
}

/**
 * A field with the fix taken back: in its order before the fix, the people the fix removed are
 * back and the people it added are gone, while anyone the officer added or removed since stays
 * added or removed. Without `after` (nothing known of the fix's intent) it is the field as before.
 */
function reverseFix(
  before: readonly OfficeRecipient[],
  after: readonly string[] | undefined,
  now: readonly OfficeRecipient[],
): OfficeRecipient[] {
  if (after === undefined) return [...before];
  const inList = (list: readonly string[], address: string) => list.some((a) => same(a, address));
  const beforeAddresses = before.map((r) => r.emailAddress);
  const nowAddresses = now.map((r) => r.emailAddress);
  const removedByFix = (address: string) => !inList(after, address);
  const restored = before.filter(
    (r) => inList(nowAddresses, r.emailAddress) || removedByFix(r.emailAddress),
  );
  // Whoever the officer added since the fix (neither there before nor put there by the fix).
  const addedSince = now.filter(
    (r) => !inList(beforeAddresses, r.emailAddress) && !inList(after, r.emailAddress),
  );
  return [
    ...restored.map((r) => now.find((n) => same(n.emailAddress, r.emailAddress)) ?? r),
    ...addedSince,
  ];
}

function sameAddresses(a: readonly OfficeRecipient[], b: readonly OfficeRecipient[]): boolean {
  return a.length === b.length && a.every((r, i) => same(r.emailAddress, b[i]?.emailAddress ?? ""));
}

/** Whether two bodies read the same (Outlook rewrites HTML it is given, but not the words). */
function sameText(a: string, b: string): boolean {
  const words = (html: string) =>
    parseQuotedHistory({ type: "html", content: html }).text.replace(/\s+/g, " ").trim();
  return words(a) === words(b);
}

/** Puts the item back as it was before a fix (recipient fields, body or consents). */
export async function undoFixOnItem(
  item: Office.MessageCompose,
  undo: FixUndo,
  options: ApplyFixOptions = {},
): Promise<void> {
  switch (undo.kind) {
    case "recipients": {
      const fields = RECIPIENT_FIELDS.filter((f) => undo.fields[f] !== undefined);
      const now = await readFields(item, fields);
      const target: FieldLists = {};
      for (const f of fields)
        target[f] = reverseFix(undo.fields[f] ?? [], undo.after?.[f], now[f] ?? []);
      await writeFields(item, now, target, undo);
      return;
    }
    case "body": {
      if (undo.after !== undefined) {
        const now = await officeCall<string>("body.getAsync", (cb) =>
          item.body.getAsync(HTML_COERCION, cb),
        );
        if (!sameText(now, undo.after)) {
          throw new ChangedSinceError(
            "The email has changed since the quoted emails were removed: putting them back now would lose what you wrote since.",
          );
        }
      }
      await officeCall<void>("body.setAsync", (cb) =>
        item.body.setAsync(undo.html, { coercionType: HTML_COERCION }, cb),
      );
      return;
    }
    case "consents":
      await writeConsents(item, undo.consents, options.features ?? ALL_FEATURES);
      return;
    case "none":
      throw new Error(undo.reason);
  }
}
