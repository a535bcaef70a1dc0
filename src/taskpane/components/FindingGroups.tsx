/** The findings under one heading per severity, most serious first. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Finding, Fix, Severity } from "../../core/findings";
import type { FixInput } from "../../core/fixes";
import type { ComposeSession } from "../../office/compose-session";
import { FindingCard } from "./FindingCard";

const HEADINGS: Record<Severity, string> = {
  block: "Must be fixed before sending",
  warn: "Should be fixed before sending",
  inform: "For your information",
};

const ORDER: Severity[] = ["block", "warn", "inform"];

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalL },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase300 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export interface FindingGroupsProps {
  findings: readonly Finding[];
  session: ComposeSession;
  disabled: boolean;
  onFix(finding: Finding, fix: Fix, input?: FixInput): Promise<void>;
}

function Group(props: FindingGroupsProps & { severity: Severity }) {
  const styles = useStyles();
  const headingId = useId();
  const { findings, severity, ...card } = props;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {HEADINGS[severity]} ({findings.length})
      </h2>
      <ul className={styles.list} aria-labelledby={headingId}>
        {findings.map((finding) => (
          // Keyed by rule and people, so an open fix panel stays with its finding on re-check.
          <li key={`${finding.rule} ${finding.recipients.join(" ")} ${finding.title}`}>
            <FindingCard finding={finding} {...card} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FindingGroups(props: FindingGroupsProps) {
  return (
    <>
      {ORDER.map((severity) => {
        const findings = props.findings.filter((f) => f.severity === severity);
        return findings.length === 0 ? null : (
          <Group key={severity} {...props} findings={findings} severity={severity} />
        );
      })}
    </>
  );
}
