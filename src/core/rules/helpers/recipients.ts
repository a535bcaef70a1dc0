import type { RecipientRef } from "../../findings";
import type { Member } from "../../directory/types";
import type { DraftAnalysis, ResolvedRecipient } from "../../analyse";
import { memberLabel } from "./people";

export function refOf(r: ResolvedRecipient): RecipientRef {
  return { field: r.field, address: r.recipient.address, name: r.recipient.name };
}

/** Recipients that are members or member groups (or look like members, when asked to trust "Cllr"). */
export function memberRecipients(
  analysis: DraftAnalysis,
  options: { includeCllrDisplayNames?: boolean } = {},
): ResolvedRecipient[] {
  return analysis.recipients.filter(
    (r) => r.members.length > 0 || (options.includeCllrDisplayNames === true && r.hasCllrTitle),
  );
}

/** Every member the draft reaches, directly or through a member group, by id. */
export function membersReached(analysis: DraftAnalysis): Map<string, Member> {
  const reached = new Map<string, Member>();
  for (const r of analysis.recipients) for (const m of r.members) reached.set(m.id, m);
  return reached;
}

/** The display name of a recipient for a message: "Cllr Jane Doe" when it is one member. */
export function recipientLabel(r: ResolvedRecipient): string {
  if (r.group) return r.group.name;
  const only = r.members.length === 1 ? r.members[0] : undefined;
  if (only) return memberLabel(only);
  return r.recipient.name?.trim() || r.recipient.address;
}
