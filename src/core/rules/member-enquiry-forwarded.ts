/**
 * member-enquiry-forwarded — forwarding a member's correspondence, or a chain that includes it.
 *
 * Sources: Surrey CC para 34 ("Officers will seek agreement from parties before forwarding
 * emails to other Members"), para 38, para 41 (avoid forwarding an email chain); Southwark's
 * struck "Correspondence" and "Emails" paragraphs ("Chain emails should not be forwarded on").
 * Preset citations: src/core/policy/presets/. Tests: tests/core/rules/member-enquiry-forwarded.test.ts.
 */
import { forwardedOptions } from "../policy/defaults";
import { ON_SEND } from "../build-target";
import type { Rule, RuleDocs, RuleReport } from "./types";
import type { DraftAnalysis, EarlierMessage, ResolvedRecipient } from "../analyse";
import type { Member, MemberDirectory } from "../directory/types";
import type { Fix } from "../findings";
import { joinNames, wasOrWere } from "../text/names";
import { memberLabel, peopleForMembers } from "./helpers/people";
import { addressOf, recipientLabel } from "./helpers/recipients";
import { chainParties, type ChainParties } from "./helpers/chain-parties";
import { normaliseAddress } from "../text/addresses";
import { flatMap } from "../builtins";

type Source = EarlierMessage["source"];

/**
 * Take out whatever carries the messages (the quoted history, attached emails), or record consent.
 * A removal is offered only when it alone clears the finding (`clearedWithout`): an email that
 * carries the member's email both quoted and attached keeps it after either one goes.
 */
function fixesFor(
  authors: Member[],
  carriers: readonly EarlierMessage[],
  clearedWithout: (source: Source) => boolean,
): Fix[] {
  const fixes: Fix[] = [];
  if (carriers.some((m) => m.source === "quoted") && clearedWithout("quoted")) {
    fixes.push({
      kind: "remove-quoted-history",
      label: "Remove the quoted emails, keeping your own text",
    });
  }
  // Several messages of one attached email share its attachment: offer to remove it once.
  const attachments = new Map<string, { id?: string; name?: string }>();
  for (const { attachment } of carriers) {
    if (attachment) attachments.set(attachment.id ?? attachment.name ?? "", attachment);
  }
  if (attachments.size > 0 && clearedWithout("attached")) {
    fixes.push({
      kind: "remove-attached-emails",
      label: `Remove the attached ${attachments.size === 1 ? "email" : "emails"}`,
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
 * An author's own messages passed to other members who were not on them. Recipients who were
 * already on a message's From/To/Cc are fine: the member chose that circulation (Southwark).
 */
function findPassedToOtherMembers(
  author: Member,
  nearestMessages: readonly EarlierMessage[],
  analysis: DraftAnalysis,
  directory: MemberDirectory,
  parties: ChainParties,
): RuleReport | undefined {
  // By normalised address: one recipient in To and Cc is named once.
  const passedTo = new Map<string, ResolvedRecipient>();
  const passedOn = new Set<EarlierMessage>();
  for (const message of nearestMessages) {
    for (const r of analysis.recipients) {
      if (r.members.some((m) => m.id !== author.id) && !parties.hasSeen(r, message)) {
        passedTo.set(normaliseAddress(addressOf(r)), r);
        passedOn.add(message);
      }
    }
  }
  if (passedTo.size === 0) return undefined;
  const list = [...passedTo.values()];
  const label = memberLabel(author);
  return {
    message:
      `This passes on ${label}’s email to ${joinNames(list.map(recipientLabel))}, who ` +
      `${wasOrWere(list.length)} not on it. Seek ${label}’s agreement before forwarding a ` +
      `member’s correspondence to other members, or send your own summary without the quoted email.`,
    people: peopleForMembers([author, ...flatMap(list, (r) => r.members)], directory),
    recipients: list.map(addressOf),
    // The author's email goes with whatever carries it: all of that must go.
    fixes: ON_SEND
      ? []
      : fixesFor([author], [...passedOn], (source) =>
          [...passedOn].every((m) => m.source === source),
        ),
    consentFrom: [author.id],
  };
}

/** What the admin page says about the rule (see RuleDocs: not needed to run it). */
export const memberEnquiryForwardedDocs: RuleDocs<"member-enquiry-forwarded"> = {
  defaultSeverity: "warn",
  fixes: ["remove-quoted-history", "remove-attached-emails", "record-consent"],
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
  },

  check({ analysis, directory, options }) {
    const chain = analysis.earlierMessages;
    // Each member author's nearest message in each chain. Whoever has seen it has seen all of
    // theirs below it, so that one is enough to check (and keeps long chains linear).
    const nearest = new Map<string, { author: Member; messages: EarlierMessage[] }>();
    for (const message of chain) {
      for (const author of message.authors) {
        const entry = nearest.get(author.id) ?? { author, messages: [] };
        if (!entry.messages.some((m) => m.chain === message.chain)) entry.messages.push(message);
        nearest.set(author.id, entry);
      }
    }
    if (nearest.size === 0) return [];

    const parties = chainParties(chain);
    const reports: RuleReport[] = [];
    for (const { author, messages } of nearest.values()) {
      const report = findPassedToOtherMembers(author, messages, analysis, directory, parties);
      if (report) reports.push(report);
    }
    if (chain.length < options.chainThreshold) return reports;

    // A chain sent to someone who was on none of its messages may carry personal data not
    // meant for them (Surrey CC 41). Recipients already reported above are not reported again.
    const reported = new Set(flatMap(reports, (r) => r.recipients.map(normaliseAddress)));
    const newcomers = analysis.recipients.filter(
      (r) => !reported.has(normaliseAddress(addressOf(r))) && !parties.wasOnAny(r),
    );
    if (newcomers.length === 0) return reports;
    const authors = [...nearest.values()].map(({ author }) => author);
    reports.push({
      message:
        `This carries a chain of ${chain.length} earlier emails, including ` +
        `${joinNames(authors.map(memberLabel))}’s, to ${joinNames(newcomers.map(recipientLabel))}, ` +
        `who ${wasOrWere(newcomers.length)} on none of them. A chain may hold personal data not ` +
        `meant for them: send only what they need.`,
      people: peopleForMembers(authors, directory),
      recipients: newcomers.map(addressOf),
      // What is left must be too short a chain, or hold no member's email.
      fixes: ON_SEND
        ? []
        : fixesFor(authors, chain, (source) => {
            const left = chain.filter((m) => m.source !== source);
            return (
              left.length < options.chainThreshold || left.every((m) => m.authors.length === 0)
            );
          }),
      consentFrom: authors.map((a) => a.id),
    });
    return reports;
  },
};
