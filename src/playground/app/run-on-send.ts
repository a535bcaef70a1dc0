/**
 * Send, as Outlook on the web runs an OnMessageSend add-in: it loads the add-in's runtime page
 * (here playground-launchevent.html: launchevent.html with office-sim.js in place of office.js,
 * so the real launchevent.js runs against this page's mailbox) in a hidden frame, calls the
 * function the script associated under the manifest's FunctionName with an event, and waits for
 * `event.completed`. A fresh runtime per Send, so script loading counts, as in Outlook's limit.
 */
import { HANDLER_NAME, type SendCompletedOptions } from "../../launchevent/handler";
import type { ScriptedMailbox } from "../scripted-mailbox";

export const RUNTIME_PAGE = "playground-launchevent.html";
/** Outlook shows "taking longer than expected" after 5 s (script download included). */
export const SLOW_MS = 5000;
/** The playground gives up here and says so (Outlook would keep its dialog up). */
export const GIVE_UP_MS = 10000;

export type OnSendOutcome =
  /**
   * The handler called event.completed (its options copied out of the runtime frame).
   * `unchecked` is why it could not check the message, when it said so in its log (Outlook
   * shows the officer nothing then: the council's whenConfigUnavailable decides).
   */
  | { kind: "completed"; options: SendCompletedOptions; ms: number; unchecked?: string }
  /** The runtime loaded but no handler was associated: the add-in is unavailable. */
  | { kind: "unavailable"; reason: string }
  | { kind: "timeout"; ms: number; detail?: string };

/** The handler's log lines for a message it could not check (src/launchevent/handler.ts). */
const UNCHECKED_LOG = /^\[Member Mail Check\] (?:config unavailable|check failed): (.*)$/s;

export interface RunOptions {
  /** Where the hidden runtime frame goes (its previous frame is removed). */
  host: HTMLElement;
  onSlow?: () => void;
  giveUpMs?: number;
}

export function runOnSend(mailbox: ScriptedMailbox, options: RunOptions): Promise<OnSendOutcome> {
  const associated = mailbox.office.actions.associated;
  delete associated[HANDLER_NAME];
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const frame = document.createElement("iframe");
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.title = "Member Mail Check on-send runtime";
  frame.setAttribute("aria-hidden", "true");
  frame.src = RUNTIME_PAGE;

  return new Promise<OnSendOutcome>((resolve) => {
    let settled = false;
    let detail: string | undefined;
    const finish = (outcome: OnSendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(slow);
      clearTimeout(giveUp);
      resolve(outcome);
    };
    const slow = setTimeout(() => options.onSlow?.(), SLOW_MS);
    const giveUp = setTimeout(
      () => finish({ kind: "timeout", ms: elapsed(), detail }),
      options.giveUpMs ?? GIVE_UP_MS,
    );
    frame.addEventListener("load", () => {
      const handler = associated[HANDLER_NAME] as
        ((event: { completed(o?: SendCompletedOptions): void }) => unknown) | undefined;
      if (!handler) {
        finish({
          kind: "unavailable",
          reason: `${RUNTIME_PAGE} did not associate ${HANDLER_NAME}`,
        });
        return;
      }
      // The handler's log goes to its runtime's console: its "could not check" lines are kept.
      let unchecked: string | undefined;
      const console = (frame.contentWindow as (Window & typeof globalThis) | null)?.console;
      const log = console?.log;
      if (console && log) {
        console.log = (...args: unknown[]) => {
          const line = String(args[0]);
          const reason = UNCHECKED_LOG.exec(line);
          if (reason && unchecked === undefined) unchecked = reason[1];
          log.apply(console, args);
        };
      }
      const event = {
        // Only the first call counts, as in Outlook. The options come from the frame's realm:
        // copied, so they outlive it.
        completed: (completedOptions?: SendCompletedOptions) =>
          finish({
            kind: "completed",
            options: JSON.parse(JSON.stringify(completedOptions ?? { allowEvent: true })),
            ms: elapsed(),
            ...(unchecked !== undefined ? { unchecked } : {}),
          }),
      };
      try {
        Promise.resolve(handler(event)).catch((error: unknown) => {
          detail = `the handler failed: ${String(error)}`;
        });
      } catch (error) {
        detail = `the handler threw: ${String(error)}`;
      }
    });
    options.host.replaceChildren(frame);
  });
}
