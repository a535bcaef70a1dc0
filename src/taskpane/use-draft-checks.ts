/**
 * The pane's checks of the draft: the findings the Smart Alert handed over (shown at once), then
 * its own check, and a fresh check whenever the recipients change or the pane regains focus
 * (Outlook raises no event for typing in the body), folded together by a CheckRunner.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { SmartAlertContext } from "../office/smart-alert-context";
import type { ComposeSession, DraftCheck } from "../office/compose-session";
import { CheckRunner } from "./model/check-runner";

export interface DraftChecks {
  /** The newest finished check. */
  check?: DraftCheck;
  /** What Send found, when the pane was opened from the Smart Alert's Review button. */
  handedOver?: SmartAlertContext;
  checking: boolean;
  /** Why the draft could not be read, when the last check failed. */
  readError?: string;
  /** Checks now (after any check under way); resolves with the result, undefined on failure. */
  checkNow(): Promise<DraftCheck | undefined>;
}

const browserTimers = {
  setTimeout: (callback: () => void, ms: number) => window.setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => window.clearTimeout(handle as number),
};

export function useDraftChecks(session: ComposeSession, debounceMs = 400): DraftChecks {
  const [check, setCheck] = useState<DraftCheck>();
  const [handedOver, setHandedOver] = useState<SmartAlertContext>();
  const [checking, setChecking] = useState(true);
  const [readError, setReadError] = useState<string>();

  const runner = useMemo(
    () =>
      new CheckRunner<DraftCheck>({
        run: () => session.check(),
        onStart: () => setChecking(true),
        onResult: (result) => {
          setCheck(result);
          setReadError(undefined);
          setChecking(false);
        },
        onError: (error) => {
          setReadError(error instanceof Error ? error.message : String(error));
          setChecking(false);
        },
        timers: browserTimers,
        debounceMs,
      }),
    [session, debounceMs],
  );

  useEffect(() => {
    let live = true;
    void session.handedOver().then((context) => live && setHandedOver(context));
    runner.now().catch(() => undefined);
    const stopWatching = session.watchRecipients(() => runner.request());
    const onFocus = () => runner.request();
    const onVisible = () => document.visibilityState === "visible" && runner.request();
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      live = false;
      runner.dispose();
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
      void stopWatching.then((stop) => stop());
    };
  }, [session, runner]);

  const checkNow = useCallback(
    () =>
      runner.now().then(
        (result) => result,
        () => undefined,
      ),
    [runner],
  );
  return { check, handedOver, checking, readError, checkNow };
}
