import type { FindingPerson } from "../../findings";
import type { Member, MemberDirectory, Role } from "../../directory/types";
import { ON_SEND } from "../../build-target";
import { startsWithCllrTitle } from "../../text/titles";

/** "Cllr Jane Doe": how officers write to and about members. */
export function memberLabel(member: Pick<Member, "name">): string {
  return startsWithCllrTitle(member.name) ? member.name : `Cllr ${member.name}`;
}

/** "Cllr Doe": the short form used when a sentence names the member twice. */
export function memberShortLabel(member: Member): string {
  const parts = member.name.trim().split(/\s+/);
  return `Cllr ${parts[parts.length - 1] ?? member.name}`;
}

/** A member's roles, the main one first. */
export function rolesOf(member: Member): Role[] {
  return member.roles ?? [];
}

export function personForMember(member: Member, directory: MemberDirectory): FindingPerson {
  return {
    name: memberLabel(member),
    address: member.emails[0],
    memberId: member.id,
    wards: member.wards.map((id) => directory.wardById(id)?.name ?? id),
    roles: rolesOf(member).map((r) => r.title),
  };
}

/**
 * The people a finding is about, for members, each once (an author may also be in a group the
 * email goes to); on send, their names only (for the alert).
 */
export function peopleForMembers(
  members: readonly Member[],
  directory: MemberDirectory,
): FindingPerson[] {
  const once = [...new Map(members.map((m) => [m.id, m])).values()];
  return once.map((m) => (ON_SEND ? { name: memberLabel(m) } : personForMember(m, directory)));
}

/** A member with their first role, for messages: "Cllr Amir Khan (Portfolio Holder for Planning)". */
export function memberWithRole(member: Member): string {
  const role = rolesOf(member)[0];
  return role ? `${memberLabel(member)} (${role.title})` : memberLabel(member);
}
