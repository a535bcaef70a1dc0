import type { RecipientRef } from "../../findings";
import type { Member } from "../../directory/types";
import type { ResolvedRecipient } from "../../analyse";
import { memberLabel } from "./people";

/** The recipient's address as written in the draft. */
export function addressOf(r: ResolvedRecipient): string {
  return r.recipient.address;
}

export function refOf(r: ResolvedRecipient): RecipientRef {
  return { field: r.field, address: addressOf(r), name: r.recipient.name };
}

/** The member a recipient is, when it is one member (not a member group). */
export function soleMember(r: ResolvedRecipient): Member | undefined {
  return r.members.length === 1 && !r.group ? r.members[0] : undefined;
}

/** The display name of a recipient for a message: "Cllr Jane Doe" when it is one member. */
export function recipientLabel(r: ResolvedRecipient): string {
  if (r.group) return r.group.name;
  const member = soleMember(r);
  return member ? memberLabel(member) : r.recipient.name?.trim() || addressOf(r);
}
