/**
 * The officer's task pane: what is wrong with the draft, in the council's own words, and the
 * fixes. Opened from the ribbon button or from "Review" in the Smart Alert.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ComposeSession } from "../office/compose-session";
import { FindingGroups } from "./components/FindingGroups";
import { FixNoticeBar } from "./components/FixNoticeBar";
import { PaneFooter } from "./components/PaneFooter";
import { PaneStatus } from "./components/PaneStatus";
import { useDraftChecks } from "./use-draft-checks";
import { useFixActions } from "./use-fix-actions";

const useStyles = makeStyles({
  pane: {
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  checkAgain: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalL },
});

export interface AppProps {
  session: ComposeSession;
  /** Quiet time before an event-driven re-check (tests shorten it). */
  debounceMs?: number;
}

export function App({ session, debounceMs }: AppProps) {
  const styles = useStyles();
  const checks = useDraftChecks(session, debounceMs);
  const fixes = useFixActions(session, checks.checkNow);
  const noticeRef = useRef<HTMLDivElement>(null);

  // After a fix its card may be gone: take keyboard focus to the notice that says what happened.
  useEffect(() => {
    if (fixes.notice) noticeRef.current?.focus();
  }, [fixes.notice]);

  const findings = checks.check?.findings ?? checks.handedOver?.findings ?? [];
  const fromSend = !checks.check && checks.handedOver !== undefined;
  return (
    <main className={styles.pane} aria-labelledby="pane-title">
      <h1 id="pane-title" className={styles.title}>
        Member Mail Check
      </h1>
      <PaneStatus
        check={checks.check}
        checking={checks.checking}
        readError={checks.readError}
        shown={findings.length}
        fromSend={fromSend}
      />
      {fixes.notice && (
        <FixNoticeBar
          ref={noticeRef}
          notice={fixes.notice}
          working={fixes.working}
          onUndo={() => void fixes.undo()}
          onDismiss={fixes.dismiss}
        />
      )}
      <FindingGroups
        findings={findings}
        session={session}
        disabled={fixes.working || fromSend}
        onFix={fixes.applyFix}
      />
      {/* Never disabled: a click during a check queues one more, and focus stays put. */}
      <Button className={styles.checkAgain} onClick={() => void checks.checkNow()}>
        Check again
      </Button>
      <PaneFooter policy={checks.check?.policy} />
    </main>
  );
}
