/**
 * member-enquiry-forwarded — forwarding a member's correspondence, or a chain that includes it.
 *
 * Sources: Surrey CC para 34 ("Officers will seek agreement from parties before forwarding
 * emails to other Members"), para 38, para 41 (avoid forwarding an email chain); Southwark's
 * struck "Correspondence" and "Emails" paragraphs ("Chain emails should not be forwarded on").
 * Preset citations: src/core/policy/presets/. Tests: tests/core/rules/member-enquiry-forwarded.test.ts.
 */
import { forwardedOptions } from "../policy/defaults";
import type { Rule, RuleDocs, RuleReport } from "./types";
import type { DraftAnalysis, EarlierMessage, ResolvedRecipient } from "../analyse";
import type { Member, MemberDirectory } from "../directory/types";
import type { Fix } from "../findings";
import { joinNames, memberLabel, personForMember } from "./helpers/people";
import { recipientLabel } from "./helpers/recipients";
import { ChainParties } from "./helpers/chain-parties";
import { normaliseAddress } from "../text/addresses";

/** Take out whatever carries the messages (the quoted history, attached emails), or record consent. */
function fixesFor(authors: Member[], carriers: readonly EarlierMessage[]): Fix[] {
  const fixes: Fix[] = [];
  if (carriers.some((m) => m.source === "quoted")) {
    fixes.push({
      kind: "remove-quoted-history",
      label: "Remove the quoted emails, keeping your own text",
    });
  }
  const attachments = new Map<string, { id?: string; name?: string }>();
  for (const m of carriers) {
    if (m.attachment) attachments.set(m.attachment.id ?? m.attachment.name ?? "", m.attachment);
  }
  if (attachments.size > 0) {
    fixes.push({
      kind: "remove-attached-emails",
      label: attachments.size === 1 ? "Remove the attached email" : "Remove the attached emails",
      attachments: [...attachments.values()],
    });
  }
  fixes.push({
    kind: "record-consent",
    label: `${joinNames(authors.map(memberLabel))} agreed`,
    memberIds: authors.map((a) => a.id),
    rule: "member-enquiry-forwarded",
  });
  return fixes;
}

/**
 * A member's own message passed to another member who was not on it. Recipients who were
 * already on that message's From/To/Cc are fine: the member chose that circulation (Southwark).
 */
function findMemberMessagesPassedToOtherMembers(
  analysis: DraftAnalysis,
  directory: MemberDirectory,
  parties: ChainParties,
): RuleReport[] {
  // Whoever has seen an author's nearest message in a chain has seen all of theirs below it,
  // so one message per author and chain is enough to check (and keeps long chains linear).
  const nearest = new Map<string, { author: Member; messages: EarlierMessage[] }>();
  for (const message of analysis.earlierMessages) {
    for (const author of message.authors) {
      const entry = nearest.get(author.id) ?? { author, messages: [] };
      if (!entry.messages.some((m) => m.chain === message.chain)) entry.messages.push(message);
      nearest.set(author.id, entry);
    }
  }
  const byAuthor = new Map<
    string,
    { author: Member; recipients: Map<string, ResolvedRecipient>; messages: Set<EarlierMessage> }
  >();
  for (const { author, messages } of nearest.values()) {
    for (const message of messages) {
      for (const r of analysis.recipients) {
        if (!r.members.some((m) => m.id !== author.id) || parties.hasSeen(r, message)) continue;
        const entry = byAuthor.get(author.id) ?? {
          author,
          recipients: new Map(),
          messages: new Set(),
        };
        entry.recipients.set(normaliseAddress(r.recipient.address), r);
        entry.messages.add(message);
        byAuthor.set(author.id, entry);
      }
    }
  }
  return [...byAuthor.values()].map(({ author, recipients, messages }) => {
    const list = [...recipients.values()];
    const names = joinNames(list.map(recipientLabel));
    return {
      message:
        `This passes on ${memberLabel(author)}’s email to ${names}, who ${list.length === 1 ? "was" : "were"} ` +
        `not on it. Seek ${memberLabel(author)}’s agreement before forwarding a member’s ` +
        `correspondence to other members, or send your own summary without the quoted email.`,
      people: [
        personForMember(author, directory),
        ...list.flatMap((r) => r.members.map((m) => personForMember(m, directory))),
      ],
      recipients: list.map((r) => r.recipient.address),
      fixes: fixesFor([author], [...messages]),
      consentFrom: [author.id],
    };
  });
}

/**
 * A chain of `chainThreshold` or more earlier messages, one of them a member's, sent to someone
 * who was on none of them: a chain may carry personal data not meant for them (Surrey CC 41).
 */
function findChainsSentOn(
  analysis: DraftAnalysis,
  directory: MemberDirectory,
  parties: ChainParties,
  chainThreshold: number,
  alreadyReported: ReadonlySet<string>,
): RuleReport[] {
  const chain = analysis.earlierMessages;
  if (chain.length < chainThreshold) return [];
  const memberAuthors = new Map<string, Member>();
  for (const message of chain) for (const a of message.authors) memberAuthors.set(a.id, a);
  if (memberAuthors.size === 0) return [];
  const newcomers = analysis.recipients.filter(
    (r) => !alreadyReported.has(normaliseAddress(r.recipient.address)) && !parties.wasOnAny(r),
  );
  if (newcomers.length === 0) return [];
  const authors = [...memberAuthors.values()];
  const names = joinNames(newcomers.map(recipientLabel));
  return [
    {
      message:
        `This carries a chain of ${chain.length} earlier emails, including ` +
        `${joinNames(authors.map(memberLabel))}’s, to ${names}, who ${newcomers.length === 1 ? "was" : "were"} ` +
        `on none of them. A chain may hold personal data not meant for them: send only what they need.`,
      people: authors.map((a) => personForMember(a, directory)),
      recipients: newcomers.map((r) => r.recipient.address),
      fixes: fixesFor(authors, chain),
      consentFrom: authors.map((a) => a.id),
    },
  ];
}

/** What the admin page says about the rule (see RuleDocs: not needed to run it). */
export const memberEnquiryForwardedDocs: RuleDocs<"member-enquiry-forwarded"> = {
  description:
    "Finds a member’s email (quoted in the body or attached) going to another member who was " +
    "not on it, and long email chains that include a member’s email going to someone new. " +
    "Forwarding to an officer colleague to answer the enquiry is fine.",
  get defaultOptions() {
    return forwardedOptions();
  },
  optionDocs: {
    chainThreshold:
      "How many earlier emails make a “chain” that should not be sent on to someone new when one of them is a member’s.",
  },
};

export const memberEnquiryForwarded: Rule<"member-enquiry-forwarded"> = {
  meta: {
    id: "member-enquiry-forwarded",
    title: "Member’s email passed on",
    defaultSeverity: "warn",
    fixes: ["remove-quoted-history", "remove-attached-emails", "record-consent"],
  },

  check({ analysis, directory, options }) {
    if (analysis.earlierMessages.length === 0) return [];
    const parties = new ChainParties(analysis.earlierMessages);
    const direct = findMemberMessagesPassedToOtherMembers(analysis, directory, parties);
    const reported = new Set(direct.flatMap((r) => r.recipients.map(normaliseAddress)));
    const chains = findChainsSentOn(analysis, directory, parties, options.chainThreshold, reported);
    return [...direct, ...chains];
  },
};
