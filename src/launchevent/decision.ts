/**
 * What a check means at Send. Severities: nothing or inform → allow; warn → the officer may send
 * anyway; block → refused until fixed.
 *
 * A rule that throws (CheckResult.failures) is treated like config that could not be loaded, for
 * that rule only: when the policy's `whenConfigUnavailable` is "allow" (every preset's choice) it
 * is skipped, so a bug in one rule never stops a council's email; when it is "block" the failed
 * rule counts as if it had fired at its own severity (so an inform rule still never stops a send)
 * and the message says plainly that it could not be checked.
 */
import type { CheckResult } from "../core/check";
import type { Finding } from "../core/findings";
import { SEVERITY_RANK } from "../core/findings";
import type { ResolvedPolicy, RuleId } from "../core/policy/types";
import type { Outcome } from "../office/smart-alert-context";

export interface Decision {
  outcome: Outcome;
  /** Every finding, most serious first (the task pane shows the inform ones too). */
  findings: Finding[];
  /** The findings that stop the send (warn and block). */
  stopping: Finding[];
  /** Rules that threw and count towards the outcome. */
  unchecked: RuleId[];
  /** Rules that threw and were skipped. */
  skipped: RuleId[];
}

export function decide(result: CheckResult, policy: ResolvedPolicy): Decision {
  const stopping = result.findings.filter((f) => f.severity !== "inform");
  const unchecked: RuleId[] = [];
  const skipped: RuleId[] = [];
  let worst = 0;
  for (const f of stopping) worst = Math.max(worst, SEVERITY_RANK[f.severity]);
  for (const failure of result.failures) {
    const severity = policy.rules[failure.rule].severity;
    if (policy.whenConfigUnavailable === "block" && (severity === "warn" || severity === "block")) {
      unchecked.push(failure.rule);
      worst = Math.max(worst, SEVERITY_RANK[severity]);
    } else skipped.push(failure.rule);
  }
  const outcome: Outcome =
    worst === SEVERITY_RANK.block ? "block" : worst === SEVERITY_RANK.warn ? "warn" : "allow";
  return { outcome, findings: result.findings, stopping, unchecked, skipped };
}
