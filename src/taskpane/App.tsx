import { Body1, Button, Caption1, Spinner, Title3 } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Finding } from "../core/findings";
import { parseContext } from "../launchevent/context";
import { checkCurrentDraft, createConfigLoader, type PaneCheck } from "./check-current-draft";
import { FindingList } from "./FindingList";

/** The findings the Smart Alert handed over ("Review"), shown before our own check finishes. */
function readInitialContext(): Promise<Finding[] | undefined> {
  const item = Office.context.mailbox.item as Office.MessageCompose | undefined;
  if (!item?.getInitializationContextAsync) return Promise.resolve(undefined);
  return new Promise((resolve) =>
    item.getInitializationContextAsync((result) =>
      resolve(
        result.status === Office.AsyncResultStatus.Succeeded
          ? parseContext(result.value)?.findings
          : undefined,
      ),
    ),
  );
}

export function App({ baseUrl }: { baseUrl: string }) {
  const loader = useMemo(() => createConfigLoader(baseUrl), [baseUrl]);
  const [result, setResult] = useState<PaneCheck | undefined>();
  const [handedOver, setHandedOver] = useState<Finding[] | undefined>();
  const [busy, setBusy] = useState(true);

  const runCheck = useCallback(async () => {
    setBusy(true);
    try {
      setResult(await checkCurrentDraft(loader));
    } catch (error) {
      setResult({
        findings: [],
        problems: [`The draft could not be read (${String(error)}).`],
        checked: false,
      });
    } finally {
      setBusy(false);
    }
  }, [loader]);

  useEffect(() => {
    void readInitialContext().then(setHandedOver);
    void runCheck();
  }, [runCheck]);

  const findings = result?.findings ?? handedOver ?? [];
  return (
    <main style={{ padding: 12, maxWidth: 640 }}>
      <Title3 as="h1">Member Mail Check</Title3>
      <div role="status" aria-live="polite" style={{ margin: "8px 0" }}>
        {busy && <Spinner size="tiny" label="Checking this email…" />}
        {!busy && result?.checked && findings.length === 0 && (
          <Body1>All clear: nothing in this email goes against the protocol.</Body1>
        )}
        {!busy && result && !result.checked && (
          <Body1>The council's policy could not be loaded, so this email was not checked.</Body1>
        )}
      </div>
      {result?.problems.map((problem) => (
        <Caption1 as="p" key={problem}>
          {problem}
        </Caption1>
      ))}
      <FindingList findings={findings} />
      <Button appearance="primary" onClick={() => void runCheck()} disabled={busy}>
        Check again
      </Button>
      {result?.policy && (
        <footer style={{ marginTop: 16 }}>
          <Caption1>
            {result.policy.council}
            {result.policy.updated ? `, policy of ${result.policy.updated}` : ""}
          </Caption1>
        </footer>
      )}
    </main>
  );
}
