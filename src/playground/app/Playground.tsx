/**
 * The compose playground: Outlook on the web's compose window on a scripted mailbox, with the
 * add-in's real on-send handler and task pane running against it in frames. Send → Smart Alert
 * → Review → fix in the pane → Send, as an officer would, with nothing leaving the machine.
 */
import { FluentProvider, mergeClasses, webLightTheme } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { SendCompletedOptions } from "../../launchevent/handler";
import { RECIPIENT_FIELDS, resolvedView } from "../mailbox-state";
import type { ScriptedMailbox } from "../scripted-mailbox";
import { RECIPIENTS_CHANGED } from "../scripted-item";
import { EMPTY_BOOK, loadAddressBook, type AddressBook } from "./address-book";
import { ComposeForm } from "./ComposeForm";
import { OFFICER, loadDraft, type PlaygroundDraft } from "./draft";
import { owaBody } from "./owa-body";
import { GIVE_UP_MS, runOnSend } from "./run-on-send";
import type { Scenario } from "./scenarios";
import { sentMessage, type SentHow, type SentMessage } from "./sent-message";
import { SentList } from "./SentList";
import { OpenedMessages } from "./OpenedMessages";
import { SmartAlertDialog } from "./SmartAlertDialog";
import { starterDraft, type StarterKind } from "./starters";
import { useStyles } from "./styles";
import { TaskPaneFrame } from "./TaskPaneFrame";
import { Toolbar } from "./Toolbar";
import { useMailboxState } from "./use-mailbox";

const blankDraft = (): PlaygroundDraft => ({
  from: OFFICER,
  to: [],
  cc: [],
  bcc: [],
  subject: "",
  composeType: "newMail",
  bodyHtml: owaBody([""]),
});

export function Playground({ mailbox }: { mailbox: ScriptedMailbox }) {
  const styles = useStyles();
  const state = useMailboxState(mailbox);
  const [book, setBook] = useState<AddressBook>(EMPTY_BOOK);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [alert, setAlert] = useState<SendCompletedOptions | undefined>();
  const [sent, setSent] = useState<SentMessage[]>([]);
  /** The open pane's load count (a new one reloads it); undefined while closed. */
  const [paneId, setPaneId] = useState<number | undefined>();
  const runtimeHost = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadAddressBook().then(setBook);
  }, []);

  /** The pane's RecipientsChanged handler goes with it, as in Outlook. */
  function dropPaneHandlers(): void {
    mailbox.item.removeHandlerAsync?.(RECIPIENTS_CHANGED);
  }

  function openPane(): void {
    dropPaneHandlers();
    setPaneId((id) => (id ?? 0) + 1);
  }

  function closePane(): void {
    dropPaneHandlers();
    setPaneId(undefined);
  }

  /** A new compose window holding `draft`. */
  function compose(draft: PlaygroundDraft, message: string): void {
    closePane();
    setAlert(undefined);
    loadDraft(mailbox.state, draft);
    mailbox.notify();
    setStatus(message);
  }

  function deliver(how: SentHow, note: string): void {
    const message = sentMessage(mailbox.state, how);
    setSent((list) => [message, ...list]);
    compose(blankDraft(), `Sent “${message.subject || "(no subject)"}”. ${note}`);
  }

  async function send(): Promise<void> {
    const host = runtimeHost.current;
    if (!host) return;
    if (RECIPIENT_FIELDS.every((f) => resolvedView(mailbox.state[f]).length === 0)) {
      setStatus("Add at least one recipient before sending.");
      return;
    }
    setBusy(true);
    setStatus("Checking with Member Mail Check…");
    const outcome = await runOnSend(mailbox, {
      host,
      onSlow: () => setStatus("Member Mail Check is taking longer than expected…"),
    });
    setBusy(false);
    if (outcome.kind === "completed" && outcome.options.allowEvent && outcome.unchecked) {
      // No policy to check against, and the council's setting says let it go: not "Checked".
      deliver(
        "not-checked",
        `Member Mail Check could not check it (${outcome.unchecked}); your council's setting lets such email go.`,
      );
    } else if (outcome.kind === "completed" && outcome.options.allowEvent) {
      deliver("checked", `Member Mail Check let it through in ${outcome.ms} ms.`);
    } else if (outcome.kind === "completed") {
      setStatus(`Not sent: Member Mail Check answered in ${outcome.ms} ms.`);
      setAlert(outcome.options);
    } else if (outcome.kind === "unavailable") {
      // SendMode SoftBlock: when the add-in can't run, Outlook sends.
      deliver("add-in-unavailable", `Member Mail Check could not run (${outcome.reason}).`);
    } else {
      setStatus(`Member Mail Check did not answer in ${outcome.ms} ms.`);
      setAlert({
        allowEvent: false,
        errorMessage:
          `Member Mail Check did not answer within ${GIVE_UP_MS / 1000} seconds` +
          `${outcome.detail ? ` (${outcome.detail})` : ""}. Outlook says an add-in is taking ` +
          "longer than expected after 5 seconds. Send anyway, or don't send and try again.",
        sendModeOverride: "promptUser",
      });
    }
  }

  function sendAnyway(): void {
    setAlert(undefined);
    // As in Outlook: the handler does not run again; the message goes with the headers it set.
    deliver("sent-anyway", "Sent anyway.");
  }

  function cancel(review: boolean): void {
    const options = alert;
    setAlert(undefined);
    if (!review || !options) {
      setStatus("Not sent.");
      return;
    }
    if (options.contextData !== undefined) mailbox.state.contextData = options.contextData;
    else delete mailbox.state.contextData;
    openPane();
    setStatus("Not sent. The task pane shows what to fix; then send again.");
  }

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header>
          <h1 className={styles.title}>Member Mail Check: compose playground</h1>
          <p className={styles.intro}>
            A compose window like Outlook on the web’s, on a simulated mailbox. Send runs the
            add-in’s real on-send check and shows its alert; Review opens the real task pane.
            Nothing leaves this computer, and the council’s people are invented.
          </p>
        </header>
        <main>
          <Toolbar
            busy={busy}
            mailboxVersion={mailbox.mailboxVersion}
            onScenario={(s: Scenario) => compose(s.draft, `Loaded “${s.label}”. ${s.expect}`)}
            onStarter={(kind: StarterKind) =>
              compose(
                starterDraft(kind),
                kind === "reply"
                  ? "Replying to Cllr Jane Doe’s email."
                  : "Forwarding Cllr Jane Doe’s email: add a recipient.",
              )
            }
            onOpenPane={() => {
              // From the ribbon: no Smart Alert context.
              delete mailbox.state.contextData;
              openPane();
            }}
            onClient={(version) => mailbox.setMailboxVersion(version)}
          />
          <div className={mergeClasses(styles.workspace, paneId !== undefined && styles.withPane)}>
            <ComposeForm
              mailbox={mailbox}
              state={state}
              book={book}
              busy={busy}
              status={status}
              onSend={() => void send()}
              announce={setAnnouncement}
            />
            {paneId !== undefined && <TaskPaneFrame openId={paneId} onClose={closePane} />}
          </div>
          <OpenedMessages messages={state.openedMessages ?? []} />
          <SentList messages={sent} />
        </main>
        <div ref={runtimeHost} hidden />
        <span role="status" className={styles.visuallyHidden}>
          {announcement}
        </span>
        <SmartAlertDialog options={alert} onSendAnyway={sendAnyway} onCancel={cancel} />
      </div>
    </FluentProvider>
  );
}
