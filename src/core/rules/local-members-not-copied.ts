/**
 * local-members-not-copied — keep the local members informed.
 *
 * Sources: Surrey CC paras 10-11 and the media test; Surrey Heath 7.2 and 7.4; West Suffolk
 * "Local Member Protocol"; Cambridgeshire 9.2 and 10.1-10.7. Preset citations:
 * src/core/policy/presets/. Tests: tests/core/rules/local-members-not-copied.test.ts.
 */
import { localMembersOptions } from "../policy/defaults";
import { ON_SEND } from "../build-target";
import type { Rule, RuleDocs, RuleReport } from "./types";
import type { DraftAnalysis } from "../analyse";
import type { Fix } from "../findings";
import type { Member } from "../directory/types";
import { joinNames } from "../text/names";
import { memberLabel, peopleForMembers, rolesOf } from "./helpers/people";

/** A member is writing, being written to, or quoted: this is correspondence with a member. */
function isMemberCorrespondence(analysis: DraftAnalysis): boolean {
  return (
    analysis.recipients.some((r) => r.members.length > 0 && !r.group) ||
    analysis.earlierMessages.some((m) => m.authors.length > 0)
  );
}

/**
 * Would adding this member pass on another member's email they were not on? The draft carries
 * it (quoted or attached); forwarding it needs its author's agreement, so they are told apart.
 */
function wouldReceiveOthersEmail(member: Member, analysis: DraftAnalysis): boolean {
  return analysis.earlierMessages.some(
    (m) => m.authors.some((a) => a.id !== member.id) && !m.partyMemberIds.has(member.id),
  );
}

/**
 * Add them (unless that would pass on another member's email), or record why they are not told:
 * the protocols let an officer leave them out for a reason (the enquirer asked, say).
 */
function wardFixes(
  missing: readonly Member[],
  ward: string,
  names: string,
  addTo: "to" | "cc",
  apart: boolean,
): Fix[] {
  const exception: Fix = {
    kind: "record-consent",
    label: `Record why ${names} ${missing.length === 1 ? "is" : "are"} not told`,
    memberIds: missing.map((m) => m.id),
    rule: "local-members-not-copied",
    exception: true,
  };
  if (apart) return [exception];
  const candidates = missing.map((m) => ({
    address: m.emails[0] ?? "",
    name: memberLabel(m),
    memberId: m.id,
    ward,
    role: rolesOf(m)[0]?.title,
  }));
  return [
    {
      kind: "add-local-members",
      label: `Add ${names} to ${addTo === "to" ? "To" : "Cc"}`,
      field: addTo,
      candidates,
    },
    exception,
  ];
}

/** What the admin page says about the rule (see RuleDocs: not needed to run it). */
export const localMembersNotCopiedDocs: RuleDocs<"local-members-not-copied"> = {
  defaultSeverity: "warn",
  fixes: ["add-local-members", "record-consent"],
  description:
    "Finds emails about a ward (its name, a local alias or a postcode in it) that go to a " +
    "member or deal with a ward-wide matter such as a consultation, a public meeting or a road " +
    "closure, but leave out some of that ward’s councillors. One resident’s personal casework " +
    "is not shared.",
  get defaultOptions() {
    return localMembersOptions();
  },
  optionDocs: {
    triggerWords:
      "Ward-wide matters: an email about a ward that mentions one of these must reach all of its councillors, even if no member is involved yet.",
    caseworkWords:
      "Signs that the email is one person’s own application or casework, which local members are not normally told about.",
    addTo: "Where the fix adds the missing councillors: Cc or To.",
  },
};

export const localMembersNotCopied: Rule<"local-members-not-copied"> = {
  meta: {
    id: "local-members-not-copied",
    title: "Local members not told",
  },

  check({ analysis, directory, options, correspondence }) {
    const { casework, triggers, wardIds, enquiry } = correspondence();
    if (casework) return [];
    // Without a ward-wide matter, only a new email to a member asks for the ward's others: a
    // member's own enquiry has its local link, and a reply or forward (with or without its
    // quoted emails) keeps the circulation its members chose.
    const newToMember =
      analysis.composeKind === "new" && !enquiry && isMemberCorrespondence(analysis);
    if (triggers.length === 0 && !newToMember) return [];

    // Every member the draft reaches, directly or through a member group.
    const reached = new Set<string>();
    for (const r of analysis.recipients) for (const m of r.members) reached.add(m.id);
    const why = triggers.length > 0 ? ` (${joinNames(triggers.map((t) => `“${t}”`))})` : "";
    const reports: RuleReport[] = [];
    for (const wardId of wardIds) {
      const ward = directory.wardById(wardId);
      const missing = directory.membersForWard(wardId).filter((m) => !reached.has(m.id));
      if (!ward || missing.length === 0) continue;
      const names = joinNames(missing.map(memberLabel));
      const one = missing.length === 1;
      // Said in the pane, with its fixes; the on-send alert has no room for it.
      const apart = !ON_SEND && missing.some((m) => wouldReceiveOthersEmail(m, analysis));
      reports.push({
        message:
          `This concerns ${ward.name}${why}, but ${one ? "its councillor" : "its councillors"} ` +
          `${names} ${one ? "is" : "are"} not copied in. Local members should be kept informed ` +
          `of matters affecting their ward.` +
          (apart
            ? ` This email carries another member’s email, which needs their agreement to pass on: tell them separately.`
            : ""),
        people: peopleForMembers(missing, directory),
        // Nobody in the draft is at fault here: the members concerned are the ones to add.
        recipients: missing.map((m) => m.emails[0] ?? ""),
        fixes: ON_SEND ? [] : wardFixes(missing, ward.name, names, options.addTo, apart),
        consentFrom: missing.map((m) => m.id),
      });
    }
    return reports;
  },
};
