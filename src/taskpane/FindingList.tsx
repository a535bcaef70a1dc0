import { Badge, Body1, Caption1, Card, Subtitle2 } from "@fluentui/react-components";
import type { Finding, Severity } from "../core/findings";

const SEVERITY_LABEL: Record<Severity, string> = {
  block: "Must fix",
  warn: "Warning",
  inform: "For information",
};
const SEVERITY_COLOUR = { block: "danger", warn: "warning", inform: "informative" } as const;

/** Findings as text (names come from the directory; the email's HTML is never rendered). */
export function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <ul aria-label="Problems found" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {findings.map((finding, index) => (
        <li key={`${finding.rule}-${index}`} style={{ marginBottom: 12 }}>
          <Card>
            <Badge appearance="tint" color={SEVERITY_COLOUR[finding.severity]}>
              {SEVERITY_LABEL[finding.severity]}
            </Badge>
            <Subtitle2 as="h3">{finding.title}</Subtitle2>
            <Body1>{finding.message}</Body1>
            <Caption1>{finding.citation}</Caption1>
          </Card>
        </li>
      ))}
    </ul>
  );
}
