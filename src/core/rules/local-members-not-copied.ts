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
import { joinNames, memberLabel, personForMember } from "./helpers/people";
import { membersReached } from "./helpers/recipients";
import { isSeatDescription } from "./helpers/seat-description";

/**
 * The wards a draft concerns: named (or an alias) in the subject or body, or holding a postcode
 * it gives. A councillor's sign-off naming their own seat does not count.
 */
function wardsConcerned(analysis: DraftAnalysis, directory: MemberDirectory): string[] {
  const wards: string[] = [];
  const add = (id: string | undefined): void => {
    if (id && !wards.includes(id)) wards.push(id);
  };
  for (const mention of directory.findWardMentions(analysis.searchText)) {
    if (!isSeatDescription(analysis.searchText, mention)) add(mention.wardId);
  }
  const postcodes = new Set(directory.findPostcodes(analysis.searchText).map((pc) => pc.postcode));
  for (const postcode of postcodes) add(directory.wardForPostcode(postcode));
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
    defaultSeverity: "warn",
    fixes: ["add-local-members"],
  },

  check({ analysis, directory, options }) {
    if (findPhrases(analysis.searchText, options.caseworkWords).length > 0) return [];
    const memberMail = isMemberCorrespondence(analysis);
    const triggers = findPhrases(analysis.searchText, options.triggerWords);
    if (!memberMail && triggers.length === 0) return [];

    const reached = membersReached(analysis);
    const reports: RuleReport[] = [];
    for (const wardId of wardsConcerned(analysis, directory)) {
      const ward = directory.wardById(wardId);
      const wardMembers = directory.membersForWard(wardId);
      const missing = wardMembers.filter((m) => !reached.has(m.id));
      if (!ward || missing.length === 0) continue;
      const names = joinNames(missing.map(memberLabel));
      const why = triggers.length > 0 ? ` (${joinNames(triggers.map((t) => `“${t}”`))})` : "";
      reports.push({
        message:
          `This concerns ${ward.name}${why}, but ${missing.length === 1 ? "its councillor" : "its councillors"} ` +
          `${names} ${missing.length === 1 ? "is" : "are"} not copied in. Local members should be kept informed ` +
          `of matters affecting their ward.`,
        people: missing.map((m) => personForMember(m, directory)),
        // Nobody in the draft is at fault here: the members concerned are the ones to add.
        recipients: missing.map((m) => m.emails[0] ?? ""),
        fixes: [
          {
            kind: "add-local-members",
            label: `Add ${names} to ${options.addTo === "to" ? "To" : "Cc"}`,
            field: options.addTo,
            candidates: missing.map((m) => ({
              address: m.emails[0] ?? "",
              name: memberLabel(m),
              memberId: m.id,
              ward: ward.name,
              role: m.roles?.[0]?.title,
            })),
          },
        ],
      });
    }
    return reports;
  },
};
