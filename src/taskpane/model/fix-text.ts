/**
 * What the pane says after a fix: what was done, then what the check found afterwards. Said in
 * a live region, so a screen reader user hears the same as a sighted officer reads.
 */
import type { Finding, Fix } from "../../core/findings";
import type { FixInput } from "../../core/fixes";
import { joinNames } from "../../core/text/names";

const FIELD_NAMES = { to: "To", cc: "Cc", bcc: "Bcc" } as const;

/** A member's name as the finding gives it, else their id. */
function memberName(finding: Finding, memberId: string): string {
  return finding.people.find((p) => p.memberId === memberId)?.name ?? memberId;
}

/** The button text: short, since the card already says who is involved. */
export function fixButtonText(fix: Fix): string {
  switch (fix.kind) {
    case "move-to-cc":
      return "Move to Cc";
    case "remove":
      return fix.recipients.length === 1 ? "Remove this person" : "Remove them all";
    case "send-separately":
      return "Send a separate email";
    case "remove-quoted-history":
      return "Remove quoted history";
    case "remove-attached-emails":
      return fix.attachments.length === 1 ? "Remove the attached email" : "Remove attached emails";
    case "record-consent":
      if (fix.exception) return "Record an exception";
      return fix.memberIds.length === 1 ? "The member agreed" : "The members agreed";
    case "add-local-members":
      return "Add local members";
  }
}

/** One sentence: what the fix did to the email. */
export function fixDoneText(finding: Finding, fix: Fix, input: FixInput, changed: boolean): string {
  if (!changed) return "The email already looked like that, so nothing was changed.";
  switch (fix.kind) {
    case "move-to-cc":
      return `Moved ${joinNames(fix.recipients.map((r) => r.name ?? r.address))} to Cc.`;
    case "remove": {
      const fields = [...new Set(fix.recipients.map((r) => FIELD_NAMES[r.field]))];
      const names = joinNames(fix.recipients.map((r) => r.name ?? r.address));
      return `Removed ${names} from ${joinNames(fields)}.`;
    }
    case "send-separately": {
      const names = joinNames(fix.recipients.map((r) => r.name ?? r.address));
      return `Opened a new email to ${names} in Bcc and took them off this one.`;
    }
    case "remove-quoted-history":
      return "Removed the quoted emails; your own text is kept.";
    case "remove-attached-emails":
      return fix.attachments.length === 1
        ? "Removed the attached email."
        : "Removed the attached emails.";
    case "record-consent": {
      const ids = input.memberIds ?? fix.memberIds;
      const names = joinNames(ids.map((id) => memberName(finding, id)));
      if (fix.exception) {
        return `Recorded why ${names} ${ids.length === 1 ? "is" : "are"} not told. The record goes with the email when it is sent.`;
      }
      return `Recorded that ${names} agreed. The record goes with the email when it is sent.`;
    }
    case "add-local-members": {
      const added = input.selected ?? fix.candidates;
      const field = FIELD_NAMES[input.field ?? fix.field];
      return `Added ${joinNames(added.map((c) => c.name ?? c.address))} to ${field}.`;
    }
  }
}

/** One sentence: what the check found after the fix. */
export function recheckText(fixed: Finding, after: readonly Finding[]): string {
  if (after.length === 0) return "Checked again: all clear.";
  const still = after.some((f) => f.rule === fixed.rule);
  const left = `${after.length} ${after.length === 1 ? "thing" : "things"} left to look at`;
  return still
    ? `Checked again: “${fixed.title}” still applies; ${left}.`
    : `Checked again: ${left}.`;
}
