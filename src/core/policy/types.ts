import type { Citation, SeveritySetting } from "../findings";
import type { RoleKind } from "../directory/types";

export const RULE_IDS = [
  "bcc-to-members",
  "member-enquiry-forwarded",
  "portfolio-holder-copied",
  "local-members-not-copied",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const PRESET_IDS = [
  "surrey-county-council",
  "surrey-heath-borough-council",
  "west-suffolk-council",
  "cambridgeshire-county-council",
  "southwark-council",
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === "string" && (PRESET_IDS as readonly string[]).includes(value);
}

/** What happens to a Send when the config cannot be loaded (policy.json's `whenConfigUnavailable`). */
export const WHEN_CONFIG_UNAVAILABLE = ["allow", "block"] as const;

/** Every rule's options (names are part of the policy.json contract: see RULES.md). */
export interface RuleOptionsMap {
  "bcc-to-members": {
    /** Also fire for any Bcc recipient while a member is in To or Cc. */
    anyBccWhenMemberIsRecipient: boolean;
    /** Treat a recipient whose display name starts with "Cllr"/"Councillor" as a member. */
    matchCllrDisplayNames: boolean;
  };
  "member-enquiry-forwarded": {
    /** A quoted chain of this many messages or more, including a member's, may not be forwarded. */
    chainThreshold: number;
  };
  "portfolio-holder-copied": {
    /** Any other member, not only portfolio holders. */
    alsoOtherMembers: boolean;
    /** The roles that make a member a "portfolio holder" for this rule. */
    roleKinds: RoleKind[];
    /** Words that mark a new email to a member as answering their enquiry. */
    enquiryWords: string[];
  };
  "local-members-not-copied": {
    /** Ward-wide matters that need the local members told even when no member is involved. */
    triggerWords: string[];
    /** Words that mark one individual's personal application or casework (not shared). */
    caseworkWords: string[];
    /** Where the fix adds the missing members. */
    addTo: "cc" | "to";
  };
}

export type RuleOptions<K extends RuleId> = RuleOptionsMap[K];

export interface PresetRule<K extends RuleId = RuleId> {
  severity: SeveritySetting;
  options: RuleOptionsMap[K];
  /** The paragraphs behind the rule, most specific first. Empty when the protocol is silent. */
  citations: Citation[];
  /** Why this severity: especially where the protocol is silent, struck through or disagrees. */
  note?: string;
}

export type PresetRules = { [K in RuleId]: PresetRule<K> };

export interface Preset {
  id: PresetId;
  /** "Surrey Heath Borough Council". */
  council: string;
  /** Citation prefix: "Surrey Heath". */
  short: string;
  /** The protocol's title as the council publishes it. */
  document: string;
  rules: PresetRules;
  whenConfigUnavailable: "allow" | "block";
}

/** The shape of `policy.json` (contract in DESIGN.md; schema in config/policy.schema.json). */
export interface PolicyFile {
  preset: PresetId;
  council?: string;
  /** Shown in the task pane footer and stamped on sent mail. */
  version?: string;
  updated?: string;
  rules?: { [K in RuleId]?: { severity?: SeveritySetting; options?: Partial<RuleOptionsMap[K]> } };
  whenConfigUnavailable?: "allow" | "block";
}

export interface ResolvedRule<K extends RuleId = RuleId> extends PresetRule<K> {
  /** The settings policy.json changed from the preset: "severity" and/or option names. */
  overridden: string[];
}

export interface ResolvedPolicy {
  preset: PresetId;
  council: string;
  short: string;
  version?: string;
  updated?: string;
  rules: { [K in RuleId]: ResolvedRule<K> };
  whenConfigUnavailable: "allow" | "block";
}
