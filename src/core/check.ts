import type { Draft } from "./draft";
import type { MemberDirectory } from "./directory/types";
import type { ResolvedPolicy, ResolvedRule, RuleId } from "./policy/types";
import { RULE_IDS } from "./policy/types";
import { type Finding, formatCitation, sortFindings } from "./findings";
import { analyseDraft, type DraftAnalysis } from "./analyse";
import { RULES } from "./rules";
import type { Rule, RuleReport } from "./rules/types";
import { readCorrespondence, type Correspondence } from "./rules/helpers/correspondence";
import { combineSameAct } from "./combine";
import { flatMap } from "./builtins";

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
  // Read once, when a rule first asks; a failure here fails the rules that asked, not the rest.
  let read: Correspondence | undefined;
  const correspondence = (): Correspondence =>
    (read ??= readCorrespondence(analysis, directory, {
      enquiryWords: policy.rules["portfolio-holder-copied"].options.enquiryWords,
      triggerWords: policy.rules["local-members-not-copied"].options.triggerWords,
      caseworkWords: policy.rules["local-members-not-copied"].options.caseworkWords,
    }));
  for (const id of RULE_IDS) {
    const settings = policy.rules[id] as ResolvedRule<RuleId>;
    const severity = settings.severity;
    if (severity === "off") continue;
    const rule = RULES[id] as unknown as Rule<RuleId>;
    let reports: RuleReport[];
    try {
      reports = rule.check({ analysis, directory, options: settings.options, correspondence });
    } catch (error) {
      failures.push({ rule: id, error });
      continue;
    }
    const citation = citationLine(policy, settings);
    const consented = analysis.consentedMemberIds(id);
    for (const report of reports) {
      // Dropped when every member whose agreement would make it acceptable has given it.
      const from = report.consentFrom ?? [];
      if (from.length > 0 && from.every((member) => consented.has(member))) continue;
      findings.push({
        rule: id,
        severity,
        title: report.title ?? rule.meta.title,
        message: report.message,
        citation,
        citations: settings.citations,
        recipients: report.recipients,
        people: report.people,
        fixes: report.fixes,
        consentFrom: from,
      });
    }
  }
  // Only the fixes of a combined finding need it: worked out when they are made.
  const recipientMemberIds = () =>
    new Set(flatMap(analysis.recipients, (r) => r.members.map((m) => m.id)));
  return { findings: sortFindings(combineSameAct(findings, recipientMemberIds)), failures };
}

/** The findings for a draft, ordered block, warn, inform. */
export function check(draft: Draft, policy: ResolvedPolicy, directory: MemberDirectory): Finding[] {
  return checkDraft(draft, policy, directory).findings;
}
