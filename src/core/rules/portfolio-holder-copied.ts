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
import type { ResolvedRecipient } from "../analyse";
import type { Fix } from "../findings";
import type { Member } from "../directory/types";
import { findEnquiry } from "./helpers/enquiry";
import {
  joinNames,
  memberLabel,
  memberShortLabel,
  memberWithRole,
  personForMember,
} from "./helpers/people";
import { refOf } from "./helpers/recipients";

/** What the admin page says about the rule (see RuleDocs: not needed to run it). */
export const portfolioHolderCopiedDocs: RuleDocs<"portfolio-holder-copied"> = {
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

export const portfolioHolderCopied: Rule<"portfolio-holder-copied"> = {
  meta: {
    id: "portfolio-holder-copied",
    title: "Cabinet member copied into a member’s enquiry",
    defaultSeverity: "warn",
    fixes: ["remove", "record-consent", "move-to-cc"],
  },

  check({ analysis, directory, options }) {
    const enquiry = findEnquiry(analysis, options.enquiryWords);
    if (!enquiry) return [];
    const enquirerIds = new Set(enquiry.enquirers.map((m) => m.id));
    const roleKinds = new Set<string>(options.roleKinds);
    const counts = (m: Member): boolean =>
      !enquirerIds.has(m.id) &&
      !enquiry.copiedByEnquirers.has(m.id) &&
      (options.alsoOtherMembers || (m.roles ?? []).some((role) => roleKinds.has(role.kind)));

    const flagged: { recipient: ResolvedRecipient; members: Member[] }[] = [];
    for (const r of analysis.recipients) {
      const members = r.members.filter(counts);
      if (members.length > 0) flagged.push({ recipient: r, members });
    }
    if (flagged.length === 0) return [];

    const enquirerNames = joinNames(enquiry.enquirers.map(memberLabel));
    const shortEnquirers = joinNames(enquiry.enquirers.map(memberShortLabel));
    const copiedNames = joinNames(
      flagged.map(({ recipient, members }) =>
        recipient.group
          ? `${recipient.group.name} (including ${joinNames(members.map(memberLabel), 3)})`
          : joinNames(members.map(memberWithRole)),
      ),
    );
    const refs = flagged.map(({ recipient }) => refOf(recipient));
    const hidden = flagged.filter(({ recipient }) => recipient.field === "bcc");
    const fixes: Fix[] = [
      {
        kind: "remove",
        label: `Remove ${joinNames(refs.map((r) => r.name ?? r.address))}`,
        recipients: refs,
      },
      {
        kind: "record-consent",
        label: `${shortEnquirers} agreed`,
        memberIds: enquiry.enquirers.map((m) => m.id),
        rule: "portfolio-holder-copied",
      },
    ];
    if (hidden.length > 0) {
      fixes.push({
        kind: "move-to-cc",
        label: "Copy openly in Cc instead, so the enquiring member can see it",
        recipients: hidden.map(({ recipient }) => refOf(recipient)),
      });
    }
    // A reply goes back to the enquirer; a forward passes their enquiry on without them.
    const answersEnquirer = analysis.recipients.some((r) =>
      r.members.some((m) => enquirerIds.has(m.id)),
    );
    const opening = answersEnquirer
      ? `This answers ${enquirerNames}’s enquiry and also goes to ${copiedNames}.`
      : `This passes ${enquirerNames}’s enquiry on to ${copiedNames}.`;
    return [
      {
        message:
          `${opening} ` +
          `Responses to an individual member’s enquiry are not shared with other members ` +
          `without ${shortEnquirers}’s agreement; if copying is really needed, make sure ` +
          `${shortEnquirers} can see it.`,
        people: [
          ...enquiry.enquirers.map((m) => personForMember(m, directory)),
          ...flagged.flatMap(({ members }) => members.map((m) => personForMember(m, directory))),
        ],
        recipients: refs.map((r) => r.address),
        fixes,
        consentFrom: enquiry.enquirers.map((m) => m.id),
      },
    ];
  },
};
