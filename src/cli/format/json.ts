import type { Finding } from "../../core/findings";
import type { FileReport } from "./report";

/**
 * `--format json`: the DESIGN.md contract (`rule`, `severity`, `message`, `citation`,
 * `recipients`, `fixes` as kinds) plus `title`, `citations`, `people` and the fixes' `fixLabels`.
 */
function findingJson(finding: Finding) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    title: finding.title,
    message: finding.message,
    citation: finding.citation,
    citations: finding.citations,
    recipients: finding.recipients,
    people: finding.people,
    fixes: finding.fixes.map((fix) => fix.kind),
    fixLabels: finding.fixes.map((fix) => fix.label),
  };
}

export function formatJson(reports: readonly FileReport[]): string {
  const json = reports.map((r) => ({ file: r.file, findings: r.findings.map(findingJson) }));
  return `${JSON.stringify(json, null, 2)}\n`;
}
