/**
 * New emails the add-in opened from this one ("Send them a separate email"), as Outlook would
 * show them in windows of their own: who is in each field, the subject and the text. Shown only
 * once there is one.
 */
import { useId } from "react";
import { htmlToText, type OpenedMessage } from "../mailbox-state";
import { Row } from "./SentList";
import { useStyles } from "./styles";

export function OpenedMessages(props: { messages: readonly OpenedMessage[] }) {
  const styles = useStyles();
  const headingId = useId();
  if (props.messages.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={styles.sent}>
      <h2 id={headingId} className={styles.heading}>
        New emails opened by the add-in ({props.messages.length})
      </h2>
      <p className={styles.hint}>
        In Outlook each opens in a window of its own, ready for you to check and send.
      </p>
      <ol className={styles.sentList}>
        {props.messages.map((m, i) => (
          <li key={i}>
            <article
              aria-label={`New email: ${m.subject || "(no subject)"}`}
              className={styles.card}
            >
              <h3 className={styles.heading}>{m.subject || "(no subject)"}</h3>
              <dl className={styles.dl}>
                <Row term="To" values={m.to} />
                <Row term="Cc" values={m.cc} />
                <Row term="Bcc" values={m.bcc} />
              </dl>
              <details>
                <summary>Message text</summary>
                <p className={styles.text}>{htmlToText(m.htmlBody)}</p>
              </details>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
