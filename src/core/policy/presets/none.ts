/**
 * `"preset": "none"` (start from scratch): each rule at its own default severity and options
 * (its docs, beside the rule), with no protocol's citations. For a council whose protocol is not
 * one of the five: its policy.json names its protocol and gives each rule its own paragraphs.
 */
import { RULE_DOCS } from "../../rules/docs";
import { NO_PRESET, type Preset, type PresetRule, type RuleId } from "../types";

function blank<K extends RuleId>(id: K): PresetRule<K> {
  const docs = RULE_DOCS[id];
  return { severity: docs.defaultSeverity, options: docs.defaultOptions, citations: [] };
}

export const noPreset: Preset = {
  id: NO_PRESET,
  council: "Your council",
  short: "Your council’s protocol",
  document: "None: start from the rules’ defaults",
  whenConfigUnavailable: "allow",
  rules: {
    "bcc-to-members": blank("bcc-to-members"),
    "member-enquiry-forwarded": blank("member-enquiry-forwarded"),
    "portfolio-holder-copied": blank("portfolio-holder-copied"),
    "local-members-not-copied": blank("local-members-not-copied"),
  },
};
