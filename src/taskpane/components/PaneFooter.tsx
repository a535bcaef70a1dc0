/** Whose protocol this is and how current: the council's name and the policy's date. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ResolvedPolicy } from "../../core/policy/types";

const useStyles = makeStyles({
  footer: {
    marginTop: tokens.spacingVerticalXXL,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** "2026-11-02" → "2 November 2026"; anything else as written. */
export function policyDate(updated: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(updated);
  if (!match) return updated;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function PaneFooter({ policy }: { policy?: ResolvedPolicy }) {
  const styles = useStyles();
  if (!policy) return null;
  return (
    <footer className={styles.footer}>
      <Caption1>
        {policy.council}
        {policy.updated ? ` · policy updated ${policyDate(policy.updated)}` : ""}
        {policy.version ? ` · version ${policy.version}` : ""}
      </Caption1>
    </footer>
  );
}
