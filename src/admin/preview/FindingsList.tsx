import { Badge, Card, Text } from "@fluentui/react-components";
import type { Finding } from "../../core";
import { useLayoutStyles } from "../components/styles";
import { FINDING_LABELS } from "../explain/severity-text";

const BADGE_COLOR = { block: "danger", warn: "warning", inform: "informative" } as const;

/** The findings as an officer would meet them: what happens to the email, why, and the paragraph. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const styles = useLayoutStyles();
  if (findings.length === 0) {
    return (
      <Text as="p" block>
        Nothing to report: this email would be sent with no message from Member Mail Check.
      </Text>
    );
  }
  return (
    <ul className={styles.list} aria-label="Findings">
      {findings.map((finding, i) => (
        <li key={`${finding.rule}-${i}`}>
          <Card className={styles.card} data-rule={finding.rule}>
            <div className={styles.stack} style={{ rowGap: "6px" }}>
              <div className={styles.row} style={{ alignItems: "center" }}>
                <Badge appearance="filled" color={BADGE_COLOR[finding.severity]}>
                  {FINDING_LABELS[finding.severity]}
                </Badge>
                <Text weight="semibold">{finding.title}</Text>
              </div>
              <Text className={styles.wrapText}>{finding.message}</Text>
              <blockquote className={styles.quote}>{finding.citation}</blockquote>
              {finding.fixes.length > 0 && (
                <Text size={200} className={styles.wrapText}>
                  Offered fixes: {finding.fixes.map((f) => f.label).join("; ")}
                </Text>
              )}
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
