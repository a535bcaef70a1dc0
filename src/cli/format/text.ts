/**
 * The officer-readable report: per file a verdict, then each finding with its severity, title,
 * message, citation and the fixes on offer, wrapped to 100 columns.
 */
import type { Finding, Fix, Severity } from "../../core/findings";
import { highestSeverity } from "../../core/findings";
import { startsWithCllrTitle } from "../../core/text/titles";
import type { FileReport } from "./report";
import { wrap } from "./wrap";

const WIDTH = 100;
const LABEL_WIDTH = 8;
const DETAIL_INDENT = " ".repeat(2 + LABEL_WIDTH);

/** What would happen on Send, in the officer's terms. */
export const VERDICTS: Record<Severity | "none", string> = {
  block: "Would be blocked",
  warn: "Would stop once: you may send anyway",
  inform: "For information",
  none: "No problems found",
};

const LABELS: Record<Severity, string> = { block: "BLOCK", warn: "WARN", inform: "INFORM" };

/** ANSI colours for a terminal; identity functions otherwise. */
export interface Palette {
  severity(severity: Severity, text: string): string;
  heading(text: string): string;
}

const SEVERITY_COLOURS: Record<Severity, string> = { block: "31", warn: "33", inform: "36" };

export const PLAIN: Palette = { severity: (_s, text) => text, heading: (text) => text };
export const ANSI: Palette = {
  severity: (s, text) => `\u001b[1;${SEVERITY_COLOURS[s]}m${text}\u001b[0m`,
  heading: (text) => `\u001b[1m${text}\u001b[0m`,
};

/** "Move Cllr Jane Doe to Cc" → "move Cllr Jane Doe to Cc", for use mid-sentence. */
function midSentence(label: string): string {
  return /^[A-Z][a-z]+\b/.test(label) && !startsWithCllrTitle(label)
    ? label[0]!.toLowerCase() + label.slice(1)
    : label;
}

function sameRecipients(a: Fix | undefined, b: Fix): boolean {
  if (!a || !("recipients" in a) || !("recipients" in b)) return false;
  const key = (fix: typeof a) => fix.recipients.map((r) => `${r.field}:${r.address}`).join(",");
  return key(a) === key(b);
}

/** A fix's label as a clause: rules label a consent by what happened ("Cllr Doe agreed"). */
function fixPhrase(fix: Fix, previous: Fix | undefined): string {
  if (fix.kind === "remove" && sameRecipients(previous, fix)) return "remove them";
  if (fix.kind === "record-consent" && !/^record\b/i.test(fix.label))
    return `record that ${fix.label}`;
  return midSentence(fix.label);
}

/** "Fix: move Cllr Jane Doe to Cc, or remove them". */
export function describeFixes(fixes: readonly Fix[]): string | undefined {
  if (fixes.length === 0) return undefined;
  return `Fix: ${fixes.map((fix, i) => fixPhrase(fix, fixes[i - 1])).join(", or ")}`;
}

function formatFinding(finding: Finding, palette: Palette): string[] {
  const label = LABELS[finding.severity].padEnd(LABEL_WIDTH);
  const lines = [`  ${palette.severity(finding.severity, label)}${finding.title}`];
  lines.push(...wrap(finding.message, WIDTH, DETAIL_INDENT));
  if (finding.citation) lines.push(...wrap(finding.citation, WIDTH, DETAIL_INDENT));
  const fixes = describeFixes(finding.fixes);
  if (fixes) lines.push(...wrap(fixes, WIDTH, DETAIL_INDENT));
  return lines;
}

function verdictOf(findings: readonly Finding[]): Severity | "none" {
  return highestSeverity(findings) ?? "none";
}

function formatFileReport(report: FileReport, palette: Palette): string[] {
  const lines = [palette.heading(`${report.file}: ${VERDICTS[verdictOf(report.findings)]}`)];
  for (const finding of report.findings) lines.push(...formatFinding(finding, palette));
  return lines;
}

const SUMMARY_PHRASES: Record<Severity | "none", string> = {
  block: "would be blocked",
  warn: "would stop once",
  inform: "for information only",
  none: "no problems found",
};

/** "Checked 5 files: 1 would be blocked, 2 would stop once, 2 no problems found." */
function summary(reports: readonly FileReport[]): string {
  const counts = new Map<Severity | "none", number>();
  for (const r of reports)
    counts.set(verdictOf(r.findings), (counts.get(verdictOf(r.findings)) ?? 0) + 1);
  const parts = (["block", "warn", "inform", "none"] as const)
    .filter((v) => counts.has(v))
    .map((v) => `${counts.get(v)} ${SUMMARY_PHRASES[v]}`);
  return `Checked ${reports.length} files: ${parts.join(", ")}.`;
}

export function formatText(reports: readonly FileReport[], palette: Palette = PLAIN): string {
  const blocks = reports.map((r) => formatFileReport(r, palette).join("\n"));
  if (reports.length > 1) blocks.push(summary(reports));
  return `${blocks.join("\n\n")}\n`;
}
