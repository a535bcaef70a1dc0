/**
 * Applying a finding's fix to a Draft, purely: what the Office adapter does to the compose item,
 * done to the model. The admin page's preview and the tests use it; the Office adapter follows
 * the same plan (add before remove, so a partial failure duplicates rather than loses anyone).
 */
import type { ConsentRecord, Draft, Recipient, RecipientField } from "./draft";
import type { CandidateRecipient, Fix, RecipientRef } from "./findings";
import { removeQuotedHistory } from "./quoted";
import { normaliseAddress } from "./text/addresses";
import { flatMap } from "./builtins";

function sameAddress(a: string, b: string): boolean {
  return normaliseAddress(a) === normaliseAddress(b);
}

function without(
  list: Recipient[],
  refs: readonly RecipientRef[],
  field: RecipientField,
): Recipient[] {
  return list.filter(
    (r) => !refs.some((ref) => ref.field === field && sameAddress(ref.address, r.address)),
  );
}

function withAdded(list: Recipient[], added: readonly Recipient[]): Recipient[] {
  const result = [...list];
  for (const r of added) {
    if (!result.some((x) => sameAddress(x.address, r.address))) result.push({ ...r });
  }
  return result;
}

function removeRefs(draft: Draft, refs: readonly RecipientRef[]): Draft {
  return {
    ...draft,
    to: without(draft.to, refs, "to"),
    cc: without(draft.cc, refs, "cc"),
    bcc: without(draft.bcc, refs, "bcc"),
  };
}

export interface FixInput {
  /** For record-consent: the officer's note and the time. */
  note?: string;
  recordedAt?: string;
  /** For record-consent: only these members agreed (default: all the fix names). */
  memberIds?: string[];
  /** For add-local-members: the candidates the officer left ticked (default: all). */
  selected?: readonly CandidateRecipient[];
  /** For add-local-members: the field the officer chose (default: the fix's own). */
  field?: "to" | "cc";
}

/** The draft after the fix, leaving the input untouched. */
export function applyFix(draft: Draft, fix: Fix, input: FixInput = {}): Draft {
  switch (fix.kind) {
    case "move-to-cc": {
      const moving = fix.recipients.map((r) => ({ address: r.address, name: r.name }));
      return removeRefs({ ...draft, cc: withAdded(draft.cc, moving) }, fix.recipients);
    }
    case "remove":
    case "send-separately": // the separate email is Outlook's to open: this one loses them
      return removeRefs(draft, fix.recipients);
    case "remove-quoted-history":
      return { ...draft, body: removeQuotedHistory(draft.body) };
    case "remove-attached-emails": {
      const gone = (m: Draft["attachedMessages"][number]) =>
        fix.attachments.some((a) => (a.id !== undefined ? a.id === m.id : a.name === m.name));
      return { ...draft, attachedMessages: draft.attachedMessages.filter((m) => !gone(m)) };
    }
    case "record-consent": {
      const recordedAt = input.recordedAt ?? new Date().toISOString();
      const ids = input.memberIds ?? fix.memberIds;
      // One record per rule the act falls under, each with the same note.
      const added: ConsentRecord[] = flatMap([fix.rule, ...(fix.alsoRules ?? [])], (rule) =>
        ids.map((memberId) => ({
          memberId,
          rule,
          ...(input.note ? { note: input.note } : {}),
          recordedAt,
        })),
      );
      return {
        ...draft,
        records: { ...draft.records, consents: [...draft.records.consents, ...added] },
      };
    }
    case "add-local-members": {
      const chosen = (input.selected ?? fix.candidates).map((c) => ({
        address: c.address,
        name: c.name,
      }));
      const field = input.field ?? fix.field;
      return { ...draft, [field]: withAdded(draft[field], chosen) };
    }
  }
}
