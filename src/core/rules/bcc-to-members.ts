/**
 * bcc-to-members — blind copies to members.
 *
 * Sources: Surrey CC para 34 ("Blind copies (Bcc) to any recipient are not permitted");
 * Surrey Heath 7.1 ("a system of 'silent or blind copies' must not be used"). Each preset's
 * citations live in src/core/policy/presets/. Tests: tests/core/rules/bcc-to-members.test.ts.
 */
import { bccOptions } from "../policy/defaults";
import type { Rule, RuleDocs } from "./types";
import { isOrAre, joinNames } from "../text/names";
import { personForMember } from "./helpers/people";
import { addressOf, recipientLabel, refOf, soleMember } from "./helpers/recipients";
import { normaliseAddress } from "../text/addresses";

/** What the admin page says about the rule (see RuleDocs: not needed to run it). */
export const bccToMembersDocs: RuleDocs<"bcc-to-members"> = {
  defaultSeverity: "block",
  fixes: ["move-to-cc", "remove"],
  description:
    "Finds members (or a member group such as All Members) in Bcc. A member must be able to " +
    "see who else has been sent an email about their business; a blind copy hides that.",
  get defaultOptions() {
    return bccOptions();
  },
  optionDocs: {
    anyBccWhenMemberIsRecipient:
      "Also object to anyone in Bcc while a member is in To or Cc (the member would not know who else received it).",
    matchCllrDisplayNames:
      "Treat a recipient whose display name starts with “Cllr” or “Councillor” as a member, even at an address the directory does not list.",
  },
};

export const bccToMembers: Rule<"bcc-to-members"> = {
  meta: {
    id: "bcc-to-members",
    title: "Blind copies to members",
  },

  check({ analysis, directory, options }) {
    // An officer blind-copying their own mailbox keeps a record; nobody is hidden from the member.
    const sender = analysis.draft.from?.address;
    const bcc = analysis.recipients.filter(
      (r) =>
        r.field === "bcc" &&
        (sender === undefined || normaliseAddress(sender) !== normaliseAddress(addressOf(r))),
    );
    if (bcc.length === 0) return [];
    // Members and member groups, and, when asked to trust "Cllr", anyone whose name says so.
    const members = analysis.recipients.filter(
      (r) => r.members.length > 0 || (options.matchCllrDisplayNames === true && r.hasCllrTitle),
    );
    const membersInBcc = members.filter((r) => r.field === "bcc");
    const openMembers = members.filter((r) => r.field !== "bcc");

    const flagged =
      options.anyBccWhenMemberIsRecipient && openMembers.length > 0 ? bcc : membersInBcc;
    if (flagged.length === 0) return [];

    const names = joinNames(flagged.map(recipientLabel));
    const others = flagged.filter((r) => !membersInBcc.includes(r));
    let message = `${names} ${isOrAre(flagged.length)} in Bcc.`;
    if (membersInBcc.length > 0) {
      message +=
        " Members must be able to see who else has been sent this email: copy them openly in Cc.";
    }
    if (others.length > 0) {
      message +=
        ` ${joinNames(openMembers.map(recipientLabel))} ${isOrAre(openMembers.length)} a recipient ` +
        `and would not know that ${joinNames(others.map(recipientLabel))} also received it.`;
    }

    const refs = flagged.map(refOf);
    return [
      {
        message,
        people: flagged.map((r) => {
          const member = soleMember(r);
          return member
            ? personForMember(member, directory)
            : { name: recipientLabel(r), address: addressOf(r) };
        }),
        recipients: refs.map((r) => r.address),
        fixes: [
          { kind: "move-to-cc", label: `Move ${names} to Cc`, recipients: refs },
          { kind: "remove", label: `Remove ${names}`, recipients: refs },
        ],
      },
    ];
  },
};
