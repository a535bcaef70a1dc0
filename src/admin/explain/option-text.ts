/** Short labels for each rule option; the longer explanation comes from the rule's own docs (RULE_DOCS). */
import type { RoleKind } from "../../core";

export const OPTION_LABELS: Record<string, string> = {
  anyBccWhenMemberIsRecipient: "Also object to anyone in Bcc while a member is in To or Cc",
  matchCllrDisplayNames: "Treat “Cllr …” and “Councillor …” display names as members",
  chainThreshold: "Earlier emails that make a chain",
  alsoOtherMembers: "Object to any other member being copied, not only cabinet members",
  roleKinds: "Roles that count as cabinet members",
  enquiryWords: "Words that show an email answers a member's enquiry",
  triggerWords: "Ward-wide matters (local members must be told)",
  caseworkWords: "Signs of one person's own casework (local members not told)",
  addTo: "Where the fix adds the missing members",
};

export const ROLE_KIND_LABELS: Record<RoleKind, string> = {
  leader: "Leader of the Council",
  "deputy-leader": "Deputy Leader",
  "portfolio-holder": "Portfolio holder (cabinet member)",
  "committee-chair": "Committee chair",
  "group-leader": "Political group leader",
  mayor: "Mayor or civic head",
  other: "Other role",
};

export const ROLE_KINDS = Object.keys(ROLE_KIND_LABELS) as RoleKind[];

/** A value as the Monitoring Officer would read it in "preset: …" notes. */
export function describeValue(value: unknown): string {
  if (typeof value === "boolean") return value ? "on" : "off";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.join(", ");
  if (value === undefined) return "not set";
  return String(value);
}
