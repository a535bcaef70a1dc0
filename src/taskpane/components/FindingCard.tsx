/** One finding: who is involved, what the protocol says, and the fixes on offer. */
import { Badge, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Finding, Fix, Severity } from "../../core/findings";
import type { FixInput } from "../../core/fixes";
import { ruleDocsPage } from "../../core/rules/docs-page";
import type { ComposeSession } from "../../office/compose-session";
import { FixActions } from "../fixes/FixActions";
import { splitMessage } from "../model/headline";
import { Citations } from "./Citations";

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  title: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  headline: { margin: `${tokens.spacingVerticalS} 0 0`, fontWeight: tokens.fontWeightSemibold },
  detail: { margin: `${tokens.spacingVerticalXS} 0 0` },
  help: { margin: `${tokens.spacingVerticalXS} 0 0` },
  // The body text colour, underlined: Fluent's link colour fails contrast in its high-contrast theme.
  helpLink: { color: tokens.colorNeutralForeground1, textDecorationLine: "underline" },
});

const BADGES: Record<Severity, { label: string; color: "danger" | "warning" | "informative" }> = {
  block: { label: "Blocks sending", color: "danger" },
  warn: { label: "Asks before sending", color: "warning" },
  inform: { label: "For information", color: "informative" },
};

export interface FindingCardProps {
  finding: Finding;
  session: ComposeSession;
  disabled: boolean;
  onFix(finding: Finding, fix: Fix, input?: FixInput): Promise<void>;
}

export function FindingCard({ finding, session, disabled, onFix }: FindingCardProps) {
  const styles = useStyles();
  const titleId = useId();
  const { headline, detail } = splitMessage(finding.message);
  const badge = BADGES[finding.severity];
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {finding.title}
        <Badge appearance="tint" color={badge.color} shape="rounded">
          {badge.label}
        </Badge>
      </h3>
      <p className={styles.headline}>{headline}</p>
      {detail && <p className={styles.detail}>{detail}</p>}
      <Citations citations={finding.citations} />
      <p className={styles.help}>
        <Link
          className={styles.helpLink}
          href={ruleDocsPage(finding.rule)}
          target="_blank"
          rel="noopener"
        >
          More about “{finding.title}”
        </Link>
      </p>
      <FixActions finding={finding} session={session} disabled={disabled} onFix={onFix} />
    </article>
  );
}
