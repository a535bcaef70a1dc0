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

/**
 * `"preset": "none"`: start from the rules' own defaults, with no protocol's citations, for a
 * council whose protocol is not one of the five (it names its own in `protocol` and `citations`).
 */
export const NO_PRESET = "none";

/** What policy.json's `preset` may name: one of the five protocols, or "none". */
export const POLICY_PRESET_IDS = [...PRESET_IDS, NO_PRESET] as const;
export type PolicyPresetId = (typeof POLICY_PRESET_IDS)[number];

export function isPresetId(value: unknown): value is PolicyPresetId {
  return typeof value === "string" && (POLICY_PRESET_IDS as readonly string[]).includes(value);
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
  id: PolicyPresetId;
  /** "Surrey Heath Borough Council". */
  council: string;
  /** Citation prefix: "Surrey Heath". */
  short: string;
  /** The protocol's title as the council publishes it. */
  document: string;
  rules: PresetRules;
  whenConfigUnavailable: "allow" | "block";
}

/** The council's own protocol, named in policy.json (`protocol`). */
export interface ProtocolInfo {
  /** The short name findings cite it by: "Heathfield" in `Heathfield 4.2: “…”`. */
  name: string;
  /** The protocol's title as the council publishes it. */
  title?: string;
  /** The date the council adopted it, YYYY-MM-DD. */
  adopted?: string;
  url?: string;
  /** The protocol's text, a file name relative to policy.json: every quotation must be in it. */
  text?: string;
}

/** A paragraph of the council's own protocol, as policy.json gives it (the name is the protocol's). */
export interface PolicyCitation {
  paragraph: string;
  quote: string;
}

/** One rule's entry in policy.json. */
export interface PolicyRuleEntry<K extends RuleId = RuleId> {
  severity?: SeveritySetting;
  options?: Partial<RuleOptionsMap[K]>;
  /** The council's own paragraphs for this rule: they replace the preset's citations. */
  citations?: PolicyCitation[];
}

/** The shape of `policy.json` (contract in DESIGN.md; schema in config/policy.schema.json). */
export interface PolicyFile {
  preset: PolicyPresetId;
  council?: string;
  /** The council's own protocol: findings cite it instead of the preset's. */
  protocol?: ProtocolInfo;
  /** Shown in the task pane footer and stamped on sent mail. */
  version?: string;
  updated?: string;
  rules?: { [K in RuleId]?: PolicyRuleEntry<K> };
  whenConfigUnavailable?: "allow" | "block";
}

export interface ResolvedRule<K extends RuleId = RuleId> extends PresetRule<K> {
  /** The settings policy.json changed from the preset: "severity" and/or option names. */
  overridden: string[];
}

export interface ResolvedPolicy {
  preset: PolicyPresetId;
  council: string;
  /** The name citations use: the council's own protocol's, else the preset's. */
  short: string;
  /** The council's own protocol, when policy.json names one. */
  protocol?: ProtocolInfo;
  version?: string;
  updated?: string;
  rules: { [K in RuleId]: ResolvedRule<K> };
  whenConfigUnavailable: "allow" | "block";
}
