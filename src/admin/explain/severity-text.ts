/**
 * Plain English for the Monitoring Officer: what officers see at each severity. Kept beside the
 * policy schema's own wording (config/policy.schema.json, definitions.severity) and RULES.md.
 */
import type { Severity, SeveritySetting } from "../../core";

export const SEVERITY_LABELS: Record<SeveritySetting, string> = {
  off: "Off",
  inform: "Inform",
  warn: "Warn",
  block: "Block",
};

/** What an officer experiences when a rule at this severity finds something. */
export const SEVERITY_EXPLANATIONS: Record<SeveritySetting, string> = {
  off: "Never checked. Officers see nothing about this rule.",
  inform: "Shown in the Member Mail Check pane only. It never stops an email from being sent.",
  warn:
    "Stops the send once and explains why; the officer may then choose Send Anyway. " +
    "(On older Outlook versions that cannot offer Send Anyway, it behaves like Block.)",
  block:
    "The email is not sent until the officer fixes it or records an exception, such as the " +
    "member's agreement.",
};

/** How the preview labels a finding, in the words of what happens to the email. */
export const FINDING_LABELS: Record<Severity, string> = {
  block: "Blocks sending",
  warn: "Warns before sending",
  inform: "For information only",
};

export const WHEN_UNAVAILABLE_EXPLANATIONS: Record<"allow" | "block", string> = {
  allow:
    "Let the email go (recommended): if the add-in cannot load its settings, an outage must not " +
    "stop the council's email.",
  block: "Hold the email: nothing is sent while the add-in cannot load its settings.",
};
