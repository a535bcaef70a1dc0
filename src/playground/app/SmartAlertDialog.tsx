/**
 * The Smart Alerts dialog, as Outlook on the web shows it when the handler completes with
 * `allowEvent: false`: the add-in's message, "Send Anyway" only when the handler asked for
 * `sendModeOverride: "promptUser"`, and the cancel button, labelled `cancelLabel` and opening
 * the task pane when the handler gave a `commandId` ("Don't Send" otherwise). Also used, with
 * the playground's own text, when the handler never answered.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useId } from "react";
import type { SendCompletedOptions } from "../../launchevent/handler";
import { AlertMessage } from "./AlertMessage";

export interface SmartAlertDialogProps {
  /** What the handler completed with (for a timeout, the playground's own); none: closed. */
  options: SendCompletedOptions | undefined;
  onSendAnyway(): void;
  /** The cancel button: Review (opens the pane) when there is a commandId. */
  onCancel(review: boolean): void;
}

export function SmartAlertDialog(props: SmartAlertDialogProps) {
  const messageId = useId();
  const options = props.options;
  const review = options?.commandId !== undefined && options.cancelLabel !== undefined;
  return (
    <Dialog
      open={options !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        // Escape: nothing is sent, as with Don't Send.
        if (!data.open) props.onCancel(false);
      }}
    >
      <DialogSurface aria-describedby={messageId}>
        <DialogBody>
          <DialogTitle>Member Mail Check</DialogTitle>
          <DialogContent id={messageId}>
            {options && (
              <AlertMessage plain={options.errorMessage} markdown={options.errorMessageMarkdown} />
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onCancel(review)}>
              {review ? options?.cancelLabel : "Don't Send"}
            </Button>
            {options?.sendModeOverride === "promptUser" && (
              <Button onClick={props.onSendAnyway}>Send Anyway</Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
