import type { RecipientRef } from "../../findings";
import type { Member, MemberDirectory } from "../../directory/types";
import type { DraftAnalysis, ResolvedRecipient } from "../../analyse";
import { normaliseAddress } from "../../text/addresses";
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

/** The domain of an address, lower-cased ("" when it has none). */
function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : normaliseAddress(address.slice(at + 1));
}

/**
 * The council's own mail domains: the sender's, and those of the member groups the directory
 * lists (the council's own distribution lists). Members' own addresses do not count: a
 * member's personal mailbox provider is not the council.
 */
export function councilDomains(analysis: DraftAnalysis, directory: MemberDirectory): Set<string> {
  const domains = new Set<string>();
  const sender = analysis.draft.from?.address;
  if (sender) domains.add(domainOf(sender));
  for (const group of directory.groups) domains.add(domainOf(group.email));
  domains.delete("");
  return domains;
}

/**
 * May this recipient be copied openly (To or Cc)? Members and member groups, and the council's
 * own staff. Anyone else in Bcc was hidden for a reason: their address is not shared.
 */
export function mayBeCopiedOpenly(r: ResolvedRecipient, domains: ReadonlySet<string>): boolean {
  return r.members.length > 0 || domains.has(domainOf(addressOf(r)));
}
