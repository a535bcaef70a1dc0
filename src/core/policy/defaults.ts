/**
 * The option values every preset starts from, kept in one place so the five presets say only
 * where their protocol differs. Each builder returns fresh arrays: a preset, or a policy resolved
 * from it, can never share (and so accidentally mutate) another preset's lists.
 */
import type { RoleKind } from "../directory/types";
import type { RuleOptionsMap } from "./types";
import { flatMap } from "../builtins";

/** Three quoted messages is where a reply becomes a "chain" (Surrey CC para 41). */
export const DEFAULT_CHAIN_THRESHOLD = 3;

/** The cabinet roles RULES.md names for `portfolio-holder-copied`. */
export const PORTFOLIO_ROLE_KINDS: readonly RoleKind[] = [
  "leader",
  "deputy-leader",
  "portfolio-holder",
];

/** Phrases showing a new email to a member answers that member's own enquiry. */
export const ENQUIRY_WORDS: readonly string[] = [
  "your enquiry",
  "your query",
  "your question",
  "member enquiry",
  "member's enquiry",
  "councillor enquiry",
  "casework",
  "your constituent",
  "on behalf of your resident",
];

/**
 * Ward-wide matters the protocols say local members must hear about: consultations and public
 * meetings (Surrey CC 10-11, Surrey Heath 7.4, West Suffolk, Cambridgeshire 10.5-10.7), service
 * disruption (Surrey CC 10), media interest and the media test (Surrey CC, Cambridgeshire 9.2).
 */
export const WARD_WIDE_TRIGGER_WORDS: readonly string[] = [
  "consultation",
  "consultative exercise",
  "public meeting",
  "road closure",
  "planned works",
  "service disruption",
  "media enquiry",
  "press enquiry",
  "media interest",
  "reported in the local media",
  "local media",
  "planning application",
];

/** One person's own application or casework, which local members are not normally told about. */
export const CASEWORK_WORDS: readonly string[] = [
  "constituent",
  "your resident",
  "housing application",
  "housing applicant",
  "council tax support",
  "individual case",
];

/** Joins word lists, dropping repeats (case-insensitively) but keeping the first spelling. */
export function wordList(...lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of flatMap(lists, (list) => list)) {
    const key = word.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      words.push(word);
    }
  }
  return words;
}

export function bccOptions(
  overrides: Partial<RuleOptionsMap["bcc-to-members"]> = {},
): RuleOptionsMap["bcc-to-members"] {
  return {
    anyBccWhenMemberIsRecipient: false,
    // A councillor writing from a personal address the directory has not caught up with is still
    // a member; a "Cllr" display name is a cheap, rarely wrong backstop.
    matchCllrDisplayNames: true,
    ...overrides,
  };
}

export function forwardedOptions(
  overrides: Partial<RuleOptionsMap["member-enquiry-forwarded"]> = {},
): RuleOptionsMap["member-enquiry-forwarded"] {
  return { chainThreshold: DEFAULT_CHAIN_THRESHOLD, ...overrides };
}

export function portfolioHolderOptions(
  extra: { alsoOtherMembers?: boolean; extraRoleKinds?: readonly RoleKind[] } = {},
): RuleOptionsMap["portfolio-holder-copied"] {
  return {
    alsoOtherMembers: extra.alsoOtherMembers ?? false,
    roleKinds: [...new Set([...PORTFOLIO_ROLE_KINDS, ...(extra.extraRoleKinds ?? [])])],
    enquiryWords: wordList(ENQUIRY_WORDS),
  };
}

export function localMembersOptions(
  extra: { triggerWords?: readonly string[]; caseworkWords?: readonly string[] } = {},
): RuleOptionsMap["local-members-not-copied"] {
  return {
    triggerWords: wordList(WARD_WIDE_TRIGGER_WORDS, extra.triggerWords ?? []),
    caseworkWords: wordList(CASEWORK_WORDS, extra.caseworkWords ?? []),
    addTo: "cc",
  };
}
