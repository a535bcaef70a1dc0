/**
 * What the OnMessageSend handler passes to `event.completed`, without Office's types, so that
 * code built without them (the on-send benchmark, the playground) can name it too.
 */

/** event.completed's options (Office.SmartAlertsEventCompletedOptions, structurally). */
export interface SendCompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

export interface SendEvent {
  completed(options?: SendCompletedOptions): void;
}
