/** Sent Items: each message sent from the playground, newest first, with the headers it carried. */
import { Badge } from "@fluentui/react-components";
import { useId } from "react";
import type { SentHow, SentMessage } from "./sent-message";
import { useStyles } from "./styles";

const HOW: Record<SentHow, string> = {
  checked: "Checked",
  "not-checked": "Not checked",
  "sent-anyway": "Sent anyway",
  "add-in-unavailable": "Not checked",
};

/** One term of a message's list (From, To…), left out when it has no values. */
export function Row(props: { term: string; values: string[] }) {
  if (props.values.length === 0) return null;
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.values.join("; ")}</dd>
    </>
  );
}

function SentItem({ message }: { message: SentMessage }) {
  const styles = useStyles();
  const headingId = useId();
  const subject = message.subject || "(no subject)";
  return (
    <li>
      <article aria-labelledby={headingId} className={styles.card}>
        <h3 id={headingId} className={styles.heading}>
          {subject}
        </h3>
        <Badge appearance="tint" color={message.how === "checked" ? "success" : "warning"}>
          {HOW[message.how]}
        </Badge>
        <dl className={styles.dl}>
          <Row term="From" values={[message.from]} />
          <Row term="To" values={message.to} />
          <Row term="Cc" values={message.cc} />
          <Row term="Bcc" values={message.bcc} />
          <Row term="Sent" values={[message.sentAt.toLocaleString("en-GB")]} />
        </dl>
        <h4 className={styles.heading}>Headers added by add-ins</h4>
        {message.headers.length === 0 ? (
          <p className={styles.hint}>None.</p>
        ) : (
          <dl className={styles.dl}>
            {message.headers.map(([name, value]) => (
              <Row key={name} term={name} values={[value]} />
            ))}
          </dl>
        )}
        <details>
          <summary>Message text</summary>
          <p className={styles.text}>{message.text}</p>
        </details>
      </article>
    </li>
  );
}

export function SentList(props: { messages: readonly SentMessage[] }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.sent}>
      <h2 id={headingId} className={styles.heading}>
        Sent Items ({props.messages.length})
      </h2>
      {props.messages.length === 0 ? (
        <p className={styles.hint}>Nothing sent yet.</p>
      ) : (
        <ol className={styles.sentList} reversed>
          {props.messages.map((m) => (
            <SentItem key={m.id} message={m} />
          ))}
        </ol>
      )}
    </section>
  );
}
