/** The scripted mailbox's state for React: a fresh copy after every change (Office call or edit). */
import { useCallback, useMemo, useRef, useSyncExternalStore } from "react";
import type { MailboxState, ScriptedMailbox } from "../scripted-mailbox";
import { copyState } from "../mailbox-state";

export function useMailboxState(mailbox: ScriptedMailbox): MailboxState {
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) =>
      mailbox.subscribe(() => {
        version.current += 1;
        onChange();
      }),
    [mailbox],
  );
  const current = useSyncExternalStore(subscribe, () => version.current);
  // A copy: the mailbox's own objects change in place, React props must not.
  return useMemo(
    () => copyState(mailbox.state),
    // `current` is the change counter: a new copy after each change.
    [mailbox, current],
  );
}
