import type { Draft } from "./draft";
import type { MemberDirectory } from "./directory/types";
import type { ResolvedPolicy, ResolvedRule, RuleId } from "./policy/types";
import { RULE_IDS } from "./policy/types";
import { type Finding, type Severity, formatCitation, sortFindings } from "./findings";
import { analyseDraft, type DraftAnalysis } from "./analyse";
import { RULES } from "./rules";
import type { Rule, RuleReport } from "./rules/types";

export interface RuleFailure {
  rule: RuleId;
  error: unknown;
}

export interface CheckResult {
  findings: Finding[];
  /** Rules that threw: the others still ran. The on-send handler decides what a failure means. */
  failures: RuleFailure[];
}

function citationLine(policy: ResolvedPolicy, settings: ResolvedRule): string {
  const first = settings.citations[0];
  if (first) return formatCitation(first);
  return `${policy.short}: the protocol does not address this directly; your council checks it as good practice.`;
}

function runRule<K extends RuleId>(
  rule: Rule<K>,
  settings: ResolvedRule<K>,
  analysis: DraftAnalysis,
  directory: MemberDirectory,
): RuleReport[] {
  return rule.check({ analysis, directory, options: settings.options });
}

function isConsented(report: RuleReport, analysis: DraftAnalysis, rule: RuleId): boolean {
  const from = report.consentFrom;
  if (!from || from.length === 0) return false;
  const consented = analysis.consentedMemberIds(rule);
  return from.every((id) => consented.has(id));
}

/**
 * Checks a draft against the council's policy: every rule not set to "off" runs once over one
 * shared analysis of the draft. Never throws for a rule's sake; see `failures`.
 */
export function checkDraft(
  draft: Draft,
  policy: ResolvedPolicy,
  directory: MemberDirectory,
): CheckResult {
  return checkAnalysis(analyseDraft(draft, directory), policy, directory);
}

/**
 * `checkDraft` for a draft already analysed: callers that need the analysis first (its
 * `searchText` chooses the postcode shards to load) parse the body once, not twice.
 */
export function checkAnalysis(
  analysis: DraftAnalysis,
  policy: ResolvedPolicy,
  directory: MemberDirectory,
): CheckResult {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const id of RULE_IDS) {
    const settings = policy.rules[id] as ResolvedRule;
    if (settings.severity === "off") continue;
    const severity: Severity = settings.severity;
    const rule = RULES[id] as unknown as Rule<RuleId>;
    let reports: RuleReport[];
    try {
      reports = runRule(rule, settings as ResolvedRule<RuleId>, analysis, directory);
    } catch (error) {
      failures.push({ rule: id, error });
      continue;
    }
    for (const report of reports) {
      if (isConsented(report, analysis, id)) continue;
      findings.push({
        rule: id,
        severity,
        title: rule.meta.title,
        message: report.message,
        citation: citationLine(policy, settings),
        citations: settings.citations,
        recipients: report.recipients,
        people: report.people,
        fixes: report.fixes,
      });
    }
  }
  return { findings: sortFindings(findings), failures };
}

/** The findings for a draft, ordered block, warn, inform. */
export function check(draft: Draft, policy: ResolvedPolicy, directory: MemberDirectory): Finding[] {
  return checkDraft(draft, policy, directory).findings;
}
