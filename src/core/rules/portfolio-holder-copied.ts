/**
 * portfolio-holder-copied — copying a cabinet member (or, with `alsoOtherMembers`, any other
 * member) into an individual member's enquiry.
 *
 * Sources: Surrey CC para 34 ("Responses to individual Member enquiries should not automatically
 * be forwarded to cabinet portfolio holders"), para 38; Surrey Heath 7.1; Cambridgeshire 7.1
 * (and 7.3, which the Cambridgeshire preset respects by turning this rule down).
 * Preset citations: src/core/policy/presets/. Tests: tests/core/rules/portfolio-holder-copied.test.ts.
 */
import { portfolioHolderOptions } from "../policy/defaults";
import type { Rule, RuleDocs } from "./types";
import type { Fix, RecipientRef } from "../findings";
import { ON_SEND } from "../build-target";
import type { Member } from "../directory/types";
import { joinNames } from "../text/names";
import {
  memberLabel,
  memberShortLabel,
  memberWithRole,
  peopleForMembers,
  rolesOf,
} from "./helpers/people";
import { refOf } from "./helpers/recipients";
import { flatMap } from "../builtins";

/** What the admin page says about the rule (see RuleDocs: not needed to run it). */
export const portfolioHolderCopiedDocs: RuleDocs<"portfolio-holder-copied"> = {
  defaultSeverity: "warn",
  fixes: ["remove", "record-consent"],
  description:
    "Finds a reply to (or a forward of) an individual member’s enquiry that also goes to a " +
    "portfolio holder, the Leader or the Deputy Leader, without the enquiring member’s consent. " +
    "Members the enquirer copied in themselves are fine.",
  get defaultOptions() {
    return portfolioHolderOptions();
  },
  optionDocs: {
    alsoOtherMembers:
      "Object to any other member being copied, not only cabinet members (single-constituent correspondence stays between the member and the officer).",
    roleKinds: "The roles that count as a cabinet member for this rule.",
    enquiryWords:
      "Words that show a new email to a member is answering their enquiry (replies and forwards are recognised anyway).",
  },
};

/**
 * Take them off, or the enquirer agreed. (Moving a hidden one to Cc is the Bcc rule's fix: it
 * lets the enquirer see the copy but leaves the copying, so it is not offered here.)
 */
function copyingFixes(refs: RecipientRef[], enquirers: string, enquirerIds: string[]): Fix[] {
  return [
    {
      kind: "remove",
      label: `Remove ${joinNames(refs.map((r) => r.name ?? r.address))}`,
      recipients: refs,
    },
    {
      kind: "record-consent",
      label: `${enquirers} agreed`,
      memberIds: enquirerIds,
      rule: "portfolio-holder-copied",
    },
  ];
}

const OTHER_MEMBER_TITLE = "Another member copied into a member’s enquiry";

export const portfolioHolderCopied: Rule<"portfolio-holder-copied"> = {
  meta: {
    id: "portfolio-holder-copied",
    title: "Cabinet member copied into a member’s enquiry",
  },

  check({ analysis, directory, options, correspondence }) {
    const { enquiry, localMemberIds } = correspondence();
    if (!enquiry) return [];
    const { enquirers, copiedByEnquirers } = enquiry;
    const enquirerIds = new Set(enquirers.map((m) => m.id));
    const isCabinet = (m: Member): boolean =>
      rolesOf(m).some((role) => options.roleKinds.includes(role.kind));
    // Members told of a ward-wide matter as its local members are not copied into the enquiry.
    const counts = (m: Member): boolean =>
      !enquirerIds.has(m.id) &&
      !copiedByEnquirers.has(m.id) &&
      !localMemberIds.has(m.id) &&
      (options.alsoOtherMembers || isCabinet(m));

    const flagged = analysis.recipients.filter((r) => r.members.some(counts));
    if (flagged.length === 0) return [];

    const enquirerNames = joinNames(enquirers.map(memberLabel));
    const shortEnquirers = joinNames(enquirers.map(memberShortLabel));
    const copiedNames = joinNames(
      flagged.map((r) => {
        const members = r.members.filter(counts);
        return r.group
          ? `${r.group.name} (including ${joinNames(members.map(memberLabel), 3)})`
          : joinNames(members.map(memberWithRole));
      }),
    );
    const refs = flagged.map(refOf);
    // A reply goes back to the enquirer; a forward passes their enquiry on without them.
    const answersEnquirer = analysis.recipients.some((r) =>
      r.members.some((m) => enquirerIds.has(m.id)),
    );
    const opening = answersEnquirer
      ? `This answers ${enquirerNames}’s enquiry and also goes to ${copiedNames}.`
      : `This passes ${enquirerNames}’s enquiry on to ${copiedNames}.`;
    const copiedMembers = flatMap(flagged, (r) => r.members.filter(counts));
    return [
      // With alsoOtherMembers the people copied may hold no cabinet role: say what they are.
      // (Object.assign, not spread: the on-send script's ES2016 build would carry helpers
      // needing ES2017's Object.getOwnPropertyDescriptors.)
      Object.assign(copiedMembers.some(isCabinet) ? {} : { title: OTHER_MEMBER_TITLE }, {
        message:
          `${opening} ` +
          `Responses to an individual member’s enquiry are not shared with other members ` +
          `without ${shortEnquirers}’s agreement; if copying is really needed, make sure ` +
          `${shortEnquirers} can see it.`,
        people: peopleForMembers([...enquirers, ...copiedMembers], directory),
        recipients: refs.map((r) => r.address),
        fixes: ON_SEND ? [] : copyingFixes(refs, shortEnquirers, [...enquirerIds]),
        consentFrom: [...enquirerIds],
      }),
    ];
  },
};
