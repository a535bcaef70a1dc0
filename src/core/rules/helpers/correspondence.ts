/**
 * How the rules read together (docs/rules/README.md, "One policy"): what a draft is, worked out
 * once for every rule, so that no rule asks for what another forbids.
 *
 * - An individual member's enquiry: the enquirer is the local link. Other members are told only
 *   of a ward-wide matter, and then only the members for that ward.
 * - A ward-wide matter (a trigger word and a ward): the ward's members are proper recipients.
 *   Adding them as local members is not copying them into the enquiry. It does not make passing
 *   on another member's email to them fine: that still needs the author's agreement, so they
 *   are told without it (the local-members rule does not offer to add them to such an email).
 * - Casework (a casework word): nobody else is told.
 */
import type { DraftAnalysis } from "../../analyse";
import type { MemberDirectory } from "../../directory/types";
import type { RuleOptionsMap } from "../../policy/types";
import { findPhrases } from "../../text/phrases";
import { findEnquiry, type Enquiry } from "./enquiry";
import { isSeatDescription } from "./seat-description";

export interface Correspondence {
  /** The individual member's enquiry the draft answers or carries, if any. */
  enquiry?: Enquiry;
  /** One person's own casework: local members are not told. */
  casework: boolean;
  /** The ward-wide trigger words the draft contains, as its policy lists them. */
  triggers: string[];
  /** The wards the draft concerns (by name, alias or postcode), signatures aside. */
  wardIds: ReadonlySet<string>;
  /**
   * Members who are proper recipients as the local members of a ward-wide matter the draft
   * concerns: the rules about other members being copied leave them alone.
   */
  localMemberIds: ReadonlySet<string>;
}

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

/** The options the reading depends on: each rule's own words, wherever they are set. */
export interface CorrespondenceWords {
  enquiryWords: RuleOptionsMap["portfolio-holder-copied"]["enquiryWords"];
  triggerWords: RuleOptionsMap["local-members-not-copied"]["triggerWords"];
  caseworkWords: RuleOptionsMap["local-members-not-copied"]["caseworkWords"];
}

export function readCorrespondence(
  analysis: DraftAnalysis,
  directory: MemberDirectory,
  words: CorrespondenceWords,
): Correspondence {
  const casework = findPhrases(analysis.searchText, words.caseworkWords).length > 0;
  const triggers = casework ? [] : findPhrases(analysis.searchText, words.triggerWords);
  const wardIds = wardsConcerned(analysis, directory);
  const localMemberIds = new Set<string>();
  if (triggers.length > 0) {
    for (const id of wardIds)
      for (const m of directory.membersForWard(id)) localMemberIds.add(m.id);
  }
  return {
    enquiry: findEnquiry(analysis, words.enquiryWords),
    casework,
    triggers,
    wardIds,
    localMemberIds,
  };
}
