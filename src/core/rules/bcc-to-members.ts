/**
 * bcc-to-members — blind copies to members.
 *
 * Sources: Surrey CC para 34 ("Blind copies (Bcc) to any recipient are not permitted");
 * Surrey Heath 7.1 ("a system of 'silent or blind copies' must not be used"). Each preset's
 * citations live in src/core/policy/presets/. Tests: tests/core/rules/bcc-to-members.test.ts.
 */
import { bccOptions } from "../policy/defaults";
import { ON_SEND } from "../build-target";
import type { Rule, RuleContext, RuleDocs, RuleReport } from "./types";
import type { Fix, FindingPerson } from "../findings";
import type { MemberDirectory } from "../directory/types";
import type { ResolvedRecipient } from "../analyse";
import { isOrAre, joinNames } from "../text/names";
import { personForMember } from "./helpers/people";
import {
  addressOf,
  councilDomains,
  mayBeCopiedOpenly,
  recipientLabel,
  refOf,
  soleMember,
} from "./helpers/recipients";
import { normaliseAddress } from "../text/addresses";

/** What the admin page says about the rule (see RuleDocs: not needed to run it). */
export const bccToMembersDocs: RuleDocs<"bcc-to-members"> = {
  defaultSeverity: "block",
  fixes: ["move-to-cc", "send-separately", "remove"],
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

type IsMember = (r: ResolvedRecipient) => boolean;
type Context = Pick<RuleContext<"bcc-to-members">, "analysis" | "directory">;

/** The people a finding is about (the pane's, not the on-send alert's). */
function peopleFor(hidden: ResolvedRecipient[], directory: MemberDirectory): FindingPerson[] {
  return hidden.map((r) => {
    const member = soleMember(r);
    // On send, names only (for the alert).
    return member && !ON_SEND
      ? personForMember(member, directory)
      : { name: recipientLabel(r), address: addressOf(r) };
  });
}

/**
 * Copy them openly when all of them may be (members, the council's own staff); otherwise send
 * them an email of their own, so that nobody outside the council is moved out of Bcc. Or remove.
 */
function bccFixes(hidden: ResolvedRecipient[], context: Context, who: string): Fix[] {
  const domains = councilDomains(context.analysis, context.directory);
  const recipients = hidden.map(refOf);
  return [
    hidden.every((r) => mayBeCopiedOpenly(r, domains))
      ? { kind: "move-to-cc", label: `Move ${who} to Cc`, recipients }
      : { kind: "send-separately", label: `Send ${who} a separate email`, recipients },
    { kind: "remove", label: `Remove ${who} from this email`, recipients },
  ];
}

/** Members in Bcc: they must be able to see who else has the email. */
function membersHidden(hidden: ResolvedRecipient[], context: Context): RuleReport {
  const names = joinNames(hidden.map(recipientLabel));
  return {
    message:
      `${names} ${isOrAre(hidden.length)} in Bcc. Members must be able to see who else has ` +
      `been sent this email: copy them openly in Cc.`,
    people: peopleFor(hidden, context.directory),
    recipients: hidden.map(addressOf),
    fixes: ON_SEND ? [] : bccFixes(hidden, context, names),
  };
}

/**
 * Others in Bcc on an email a member receives: the member would not know who else has it. People
 * outside the council stay hidden from each other too: they get an email of their own.
 */
function othersHiddenFromMembers(
  hidden: ResolvedRecipient[],
  members: ResolvedRecipient[],
  context: Context,
): RuleReport {
  const count = hidden.length;
  const one = count === 1;
  return {
    title: "Others hidden in Bcc on an email to a member",
    message:
      `${count > 2 ? `${count} people` : joinNames(hidden.map(recipientLabel))} ` +
      `${isOrAre(count)} hidden in Bcc on an email to ${joinNames(members.map(recipientLabel))}, ` +
      `who would not know that ${one ? "they" : "these people"} also received it.`,
    people: peopleFor(hidden, context.directory),
    recipients: hidden.map(addressOf),
    fixes: ON_SEND
      ? []
      : bccFixes(hidden, context, one ? recipientLabel(hidden[0] as ResolvedRecipient) : "them"),
  };
}

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
    const isMember: IsMember = (r) =>
      r.members.length > 0 || (options.matchCllrDisplayNames === true && r.hasCllrTitle);
    const context = { analysis, directory };
    const reports: RuleReport[] = [];
    const membersInBcc = bcc.filter(isMember);
    if (membersInBcc.length > 0) reports.push(membersHidden(membersInBcc, context));
    if (options.anyBccWhenMemberIsRecipient) {
      // A member in Bcc receives it too: moving them to Cc must not reveal a new problem.
      const members = analysis.recipients.filter(isMember);
      const others = bcc.filter((r) => !isMember(r));
      if (members.length > 0 && others.length > 0) {
        reports.push(othersHiddenFromMembers(others, members, context));
      }
    }
    return reports;
  },
};
