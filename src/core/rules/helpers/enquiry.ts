import type { DraftAnalysis } from "../../analyse";
import type { Member } from "../../directory/types";
import { findPhrases } from "../../text/phrases";
import { soleMember } from "./recipients";

/** The member(s) whose individual enquiry a draft answers or concerns. */
export interface Enquiry {
  enquirers: Member[];
  /** Ids of the members the enquirers themselves had on their messages (their own circulation). */
  copiedByEnquirers: ReadonlySet<string>;
}

/**
 * Whose enquiry is this? The members who wrote the emails it carries; failing that, a reply
 * (or a new email using enquiry words such as "your enquiry") to individually named members in
 * To. A member group in To is a circulation, not an individual's enquiry.
 */
export function findEnquiry(
  analysis: DraftAnalysis,
  enquiryWords: readonly string[],
): Enquiry | undefined {
  const enquirers = new Map<string, Member>();
  const copied = new Set<string>();
  for (const message of analysis.earlierMessages) {
    if (message.authors.length === 0) continue;
    for (const a of message.authors) enquirers.set(a.id, a);
    for (const id of message.partyMemberIds) copied.add(id);
  }
  if (enquirers.size === 0) {
    const answers =
      analysis.composeKind === "reply" ||
      findPhrases(analysis.newSearchText, enquiryWords).length > 0;
    if (!answers) return undefined;
    for (const r of analysis.recipients) {
      const member = r.field === "to" ? soleMember(r) : undefined;
      if (member) enquirers.set(member.id, member);
    }
  }
  if (enquirers.size === 0) return undefined;
  return { enquirers: [...enquirers.values()], copiedByEnquirers: copied };
}
