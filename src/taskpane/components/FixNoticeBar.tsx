/** What the last fix did (or why it failed), with Undo. Focus moves here after a fix. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { FixNotice } from "../use-fix-actions";

export interface FixNoticeBarProps {
  notice: FixNotice;
  working: boolean;
  onUndo(): void;
  onDismiss(): void;
}

export const FixNoticeBar = forwardRef<HTMLDivElement, FixNoticeBarProps>(function FixNoticeBar(
  { notice, working, onUndo, onDismiss },
  ref,
) {
  return (
    <div ref={ref} tabIndex={-1} role={notice.tone === "error" ? "alert" : "status"}>
      <MessageBar intent={notice.tone} layout="multiline">
        <MessageBarBody>{notice.text}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" onClick={onDismiss}>
              Dismiss
            </Button>
          }
        >
          {notice.undo && (
            <Button size="small" disabled={working} onClick={onUndo}>
              {notice.undoLabel ?? "Undo"}
            </Button>
          )}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
});
