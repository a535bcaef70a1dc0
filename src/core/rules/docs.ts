/**
 * What the admin page explains about each rule, by id. Each rule's docs live beside it; this
 * registry is imported only by code that shows them, so the on-send script (which imports the
 * rules through ./index) does not carry the text.
 */
import type { RuleId } from "../policy/types";
import type { RuleDocs } from "./types";
import { bccToMembersDocs } from "./bcc-to-members";
import { memberEnquiryForwardedDocs } from "./member-enquiry-forwarded";
import { portfolioHolderCopiedDocs } from "./portfolio-holder-copied";
import { localMembersNotCopiedDocs } from "./local-members-not-copied";

export const RULE_DOCS: { [K in RuleId]: RuleDocs<K> } = {
  "bcc-to-members": bccToMembersDocs,
  "member-enquiry-forwarded": memberEnquiryForwardedDocs,
  "portfolio-holder-copied": portfolioHolderCopiedDocs,
  "local-members-not-copied": localMembersNotCopiedDocs,
};
