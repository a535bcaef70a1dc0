/**
 * bcc-to-members — blind copies to members.
 *
 * Sources: Surrey CC para 34 ("Blind copies (Bcc) to any recipient are not permitted");
 * Surrey Heath 7.1 ("a system of 'silent or blind copies' must not be used"). Each preset's
 * citations live in src/core/policy/presets/. Tests: tests/core/rules/bcc-to-members.test.ts.
 */
import { bccOptions } from "../policy/defaults";
import type { Rule, RuleDocs } from "./types";
import type { ResolvedRecipient } from "../analyse";
import { joinNames, isOrAre } from "./helpers/people";
import { memberRecipients, recipientLabel, refOf } from "./helpers/recipients";
import { personForMember } from "./helpers/people";
import type { FindingPerson } from "../findings";
import { normaliseAddress } from "../text/addresses";

/** What the admin page says about the rule (see RuleDocs: not needed to run it). */
export const bccToMembersDocs: RuleDocs<"bcc-to-members"> = {
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
    defaultSeverity: "block",
    fixes: ["move-to-cc", "remove"],
  },

  check({ analysis, directory, options }) {
    // An officer blind-copying their own mailbox keeps a record; nobody is hidden from the member.
    const sender = analysis.draft.from?.address;
    const isSender = (r: ResolvedRecipient): boolean =>
      sender !== undefined && normaliseAddress(sender) === normaliseAddress(r.recipient.address);
    const bcc = analysis.recipients.filter((r) => r.field === "bcc" && !isSender(r));
    if (bcc.length === 0) return [];
    const includeCllr = { includeCllrDisplayNames: options.matchCllrDisplayNames };
    const members = memberRecipients(analysis, includeCllr);
    const membersInBcc = members.filter((r) => r.field === "bcc");
    const openMembers = members.filter((r) => r.field !== "bcc");

    const flagged: ResolvedRecipient[] =
      options.anyBccWhenMemberIsRecipient && openMembers.length > 0 ? bcc : membersInBcc;
    if (flagged.length === 0) return [];

    const names = flagged.map(recipientLabel);
    const others = flagged.filter((r) => !membersInBcc.includes(r));
    let message = `${joinNames(names)} ${isOrAre(names.length)} in Bcc.`;
    if (membersInBcc.length > 0) {
      message +=
        " Members must be able to see who else has been sent this email: copy them openly in Cc.";
    }
    if (others.length > 0) {
      const openNames = openMembers.map(recipientLabel);
      message +=
        ` ${joinNames(openNames)} ${isOrAre(openNames.length)} a recipient and would not know ` +
        `that ${joinNames(others.map(recipientLabel))} also received it.`;
    }

    const people: FindingPerson[] = flagged.map((r) => {
      const only = r.members.length === 1 && !r.group ? r.members[0] : undefined;
      return only
        ? personForMember(only, directory)
        : { name: recipientLabel(r), address: r.recipient.address };
    });
    const refs = flagged.map(refOf);
    return [
      {
        message,
        people,
        recipients: flagged.map((r) => r.recipient.address),
        fixes: [
          { kind: "move-to-cc", label: `Move ${joinNames(names)} to Cc`, recipients: refs },
          { kind: "remove", label: `Remove ${joinNames(names)}`, recipients: refs },
        ],
      },
    ];
  },
};
