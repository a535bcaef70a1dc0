import type { RuleId } from "../policy/types";
import type { Rule } from "./types";
import { bccToMembers } from "./bcc-to-members";
import { memberEnquiryForwarded } from "./member-enquiry-forwarded";
import { portfolioHolderCopied } from "./portfolio-holder-copied";
import { localMembersNotCopied } from "./local-members-not-copied";

/**
 * Every rule, by id. Adding a rule: one file here (its meta, check and docs; the docs go in
 * ./docs), its options in policy/types.ts, its preset settings.
 */
export const RULES: { [K in RuleId]: Rule<K> } = {
  "bcc-to-members": bccToMembers,
  "member-enquiry-forwarded": memberEnquiryForwarded,
  "portfolio-holder-copied": portfolioHolderCopied,
  "local-members-not-copied": localMembersNotCopied,
};

export type { Rule, RuleDocs, RuleMeta, RuleReport, RuleContext } from "./types";
