/**
 * The compose window: Send, From (the officer, read-only), To / Cc / Bcc as chips, Subject and
 * the body. Every edit goes through the scripted mailbox's `user` actions, so the add-in sees
 * the officer's changes as it would in Outlook (RecipientsChanged included).
 */
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { SendRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { MailboxState, RecipientField as FieldName } from "../mailbox-state";
import type { ScriptedMailbox } from "../scripted-mailbox";
import type { AddressBook } from "./address-book";
import { BodyEditor } from "./BodyEditor";
import { display } from "./draft";
import { RecipientField } from "./RecipientField";
import { useStyles } from "./styles";

const FIELDS: { field: FieldName; label: string }[] = [
  { field: "to", label: "To" },
  { field: "cc", label: "Cc" },
  { field: "bcc", label: "Bcc" },
];

export interface ComposeFormProps {
  mailbox: ScriptedMailbox;
  /** A copy of the mailbox's state at the last change. */
  state: MailboxState;
  book: AddressBook;
  busy: boolean;
  status: string;
  onSend(): void;
  announce(message: string): void;
}

export function ComposeForm(props: ComposeFormProps) {
  const styles = useStyles();
  const { mailbox, state } = props;
  const suggestionsId = useId();
  const bodyLabelId = useId();
  const bodyHintId = useId();
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <h2 id={headingId} className={styles.heading}>
        {state.composeType === "reply"
          ? "Reply"
          : state.composeType === "forward"
            ? "Forward"
            : "New message"}
      </h2>
      <div className={styles.sendRow} style={{ marginTop: "8px" }}>
        <Button
          appearance="primary"
          icon={<SendRegular />}
          disabled={props.busy}
          onClick={props.onSend}
        >
          Send
        </Button>
      </div>
      <p role="status" className={styles.status}>
        {props.status}
      </p>
      <div className={styles.fields}>
        <Field label="From">
          <Input readOnly value={state.from ? display(state.from) : ""} />
        </Field>
        {FIELDS.map(({ field, label }) => (
          <RecipientField
            key={field}
            field={field}
            label={label}
            recipients={state[field]}
            book={props.book}
            suggestionsId={suggestionsId}
            disabled={props.busy}
            onAdd={(person) =>
              mailbox.user.addRecipients(field, [
                { emailAddress: person.address, displayName: person.name },
              ])
            }
            onRemove={(address) => mailbox.user.removeRecipient(field, address)}
            announce={props.announce}
          />
        ))}
        <datalist id={suggestionsId}>
          {props.book.entries.map((e) => (
            <option
              key={e.address}
              value={display({ displayName: e.name, emailAddress: e.address })}
            />
          ))}
        </datalist>
        <Field label="Subject">
          <Input
            value={state.subject}
            disabled={props.busy}
            onChange={(_, data) => mailbox.user.setSubject(data.value)}
          />
        </Field>
        <div>
          <Text as="span" id={bodyLabelId} className={styles.label} block>
            Message
          </Text>
          <p id={bodyHintId} className={styles.hint}>
            Rich text, as in Outlook. Outlook tells add-ins nothing while you type here: the task
            pane checks again when recipients change, when it gets focus back, or on Check again.
          </p>
          <BodyEditor
            html={state.bodyHtml}
            labelId={bodyLabelId}
            hintId={bodyHintId}
            disabled={props.busy}
            onInput={(html) => mailbox.user.typeBody(html)}
          />
        </div>
      </div>
    </section>
  );
}
