/**
 * Applying a finding's fix from the pane, one at a time: the fix, a fresh check, and a notice
 * saying what was done and what the check found, with Undo where the fix can be taken back.
 * A fix that fails says what happened; the Office adapter guarantees nobody and nothing is lost
 * (add before remove), and when it stopped half-way the notice offers to put things back.
 */
import { useCallback, useState } from "react";
import type { Finding, Fix } from "../core/findings";
import type { FixInput } from "../core/fixes";
import type { FixUndo } from "../office/apply-fix";
import { FixIncompleteError } from "../office/apply-fix";
import type { ComposeSession, DraftCheck } from "../office/compose-session";
import { fixDoneText, recheckText } from "./model/fix-text";

export interface FixNotice {
  tone: "success" | "error";
  text: string;
  /** What Undo (or "Put it back") restores; absent when there is nothing to take back. */
  undo?: FixUndo;
  undoLabel?: string;
}

export interface FixActions {
  notice?: FixNotice;
  /** True while a fix or an undo is being written: the other fix buttons wait. */
  working: boolean;
  applyFix(finding: Finding, fix: Fix, input?: FixInput): Promise<void>;
  undo(): Promise<void>;
  dismiss(): void;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const canUndo = (undo: FixUndo) => undo.kind !== "none";

export function useFixActions(
  session: ComposeSession,
  checkNow: () => Promise<DraftCheck | undefined>,
): FixActions {
  const [notice, setNotice] = useState<FixNotice>();
  const [working, setWorking] = useState(false);

  const applyFix = useCallback(
    async (finding: Finding, fix: Fix, input: FixInput = {}) => {
      setWorking(true);
      setNotice(undefined);
      try {
        const applied = await session.applyFix(fix, input);
        const after = await checkNow();
        const done = fixDoneText(finding, fix, input, applied.changed);
        const found = after?.checked ? ` ${recheckText(finding, after.findings)}` : "";
        setNotice({
          tone: "success",
          text: done + found,
          ...(applied.changed && canUndo(applied.undo)
            ? { undo: applied.undo, undoLabel: "Undo" }
            : {}),
        });
      } catch (error) {
        if (error instanceof FixIncompleteError) {
          // Office was asked to put every box back and read back what they hold: the message
          // says whether that worked, and who is where if not. Only then is there a retry.
          setNotice({
            tone: "error",
            text: error.message,
            ...(error.restored ? {} : { undo: error.undo, undoLabel: "Put it back as it was" }),
          });
        } else {
          setNotice({
            tone: "error",
            text: `That did not work (${reason(error)}). Nothing was changed.`,
          });
        }
        await checkNow();
      } finally {
        setWorking(false);
      }
    },
    [session, checkNow],
  );

  const undo = useCallback(async () => {
    if (!notice?.undo) return;
    setWorking(true);
    try {
      await session.undo(notice.undo);
      setNotice({ tone: "success", text: "Put back as it was before the fix." });
    } catch (error) {
      // A recipient undo that stops part-way says who is where itself; it can be tried again.
      setNotice(
        error instanceof FixIncompleteError
          ? { tone: "error", text: error.message, undo: error.undo, undoLabel: "Try again" }
          : { tone: "error", text: `Could not undo: ${reason(error)}` },
      );
    } finally {
      await checkNow();
      setWorking(false);
    }
  }, [session, notice, checkNow]);

  const dismiss = useCallback(() => setNotice(undefined), []);
  return { notice, working, applyFix, undo, dismiss };
}
