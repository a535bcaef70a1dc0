/**
 * local-members-not-copied — keep the local members informed.
 *
 * Sources: Surrey CC paras 10-11 and the media test; Surrey Heath 7.2 and 7.4; West Suffolk
 * "Local Member Protocol"; Cambridgeshire 9.2 and 10.1-10.7. Preset citations:
 * src/core/policy/presets/. Tests: tests/core/rules/local-members-not-copied.test.ts.
 */
import { localMembersOptions } from "../policy/defaults";
import type { Rule, RuleDocs, RuleReport } from "./types";
import type { DraftAnalysis } from "../analyse";
import type { MemberDirectory } from "../directory/types";
import { findPhrases } from "../text/phrases";
import { joinNames } from "../text/names";
import { memberLabel, peopleForMembers, rolesOf } from "./helpers/people";
import { isSeatDescription } from "./helpers/seat-description";

/**
 * The wards a draft concerns: named (or an alias) in the subject or body, or holding a postcode
 * it gives. A councillor's sign-off naming their own seat does not count.
 */
function wardsConcerned(analysis: DraftAnalysis, directory: MemberDirectory): Set<string> {
  const text = analysis.searchText;
  const wards = new Set<string>();
  const add = (id: string | undefined): void => {
    if (id) wards.add(id);
  };
  for (const mention of directory.findWardMentions(text)) {
    if (!isSeatDescription(text, mention)) add(mention.wardId);
  }
  for (const { postcode } of directory.findPostcodes(text))
    add(directory.wardForPostcode(postcode));
  return wards;
}

/** A member is writing, being written to, or quoted: this is correspondence with a member. */
function isMemberCorrespondence(analysis: DraftAnalysis): boolean {
  return (
    analysis.recipients.some((r) => r.members.length > 0 && !r.group) ||
    analysis.earlierMessages.some((m) => m.authors.length > 0)
  );
}

/** What the admin page says about the rule (see RuleDocs: not needed to run it). */
export const localMembersNotCopiedDocs: RuleDocs<"local-members-not-copied"> = {
  defaultSeverity: "warn",
  fixes: ["add-local-members"],
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

  check({ analysis, directory, options }) {
    if (findPhrases(analysis.searchText, options.caseworkWords).length > 0) return [];
    const triggers = findPhrases(analysis.searchText, options.triggerWords);
    if (triggers.length === 0 && !isMemberCorrespondence(analysis)) return [];

    // Every member the draft reaches, directly or through a member group.
    const reached = new Set<string>();
    for (const r of analysis.recipients) for (const m of r.members) reached.add(m.id);
    const why = triggers.length > 0 ? ` (${joinNames(triggers.map((t) => `“${t}”`))})` : "";
    const reports: RuleReport[] = [];
    for (const wardId of wardsConcerned(analysis, directory)) {
      const ward = directory.wardById(wardId);
      const missing = directory.membersForWard(wardId).filter((m) => !reached.has(m.id));
      if (!ward || missing.length === 0) continue;
      const names = joinNames(missing.map(memberLabel));
      const one = missing.length === 1;
      const candidates = missing.map((m) => ({
        address: m.emails[0] ?? "",
        name: memberLabel(m),
        memberId: m.id,
        ward: ward.name,
        role: rolesOf(m)[0]?.title,
      }));
      reports.push({
        message:
          `This concerns ${ward.name}${why}, but ${one ? "its councillor" : "its councillors"} ` +
          `${names} ${one ? "is" : "are"} not copied in. Local members should be kept informed ` +
          `of matters affecting their ward.`,
        people: peopleForMembers(missing, directory),
        // Nobody in the draft is at fault here: the members concerned are the ones to add.
        recipients: candidates.map((c) => c.address),
        fixes: [
          {
            kind: "add-local-members",
            label: `Add ${names} to ${options.addTo === "to" ? "To" : "Cc"}`,
            field: options.addTo,
            candidates,
          },
        ],
      });
    }
    return reports;
  },
};
