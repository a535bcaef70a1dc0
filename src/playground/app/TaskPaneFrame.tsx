/**
 * The task pane beside the compose form: the real pane (playground-taskpane.html: taskpane.html's
 * bundle with office-sim.js in place of office.js) in a frame, working on this page's mailbox.
 * A new `openId` reloads it, as Outlook opens the pane afresh from the ribbon or Review.
 */
import { Button } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef } from "react";
import { useStyles } from "./styles";

export const PANE_PAGE = "playground-taskpane.html";
export const PANE_TITLE = "Member Mail Check task pane";

export function TaskPaneFrame(props: { openId: number; onClose(): void }) {
  const styles = useStyles();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus follows the pane as it opens, so keyboard and screen reader users find it (after the
  // alert dialog, closing in the same update, has put focus back where it was).
  useEffect(() => {
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [props.openId]);

  return (
    <aside aria-labelledby={headingId} className={styles.pane}>
      <div className={styles.paneHeader}>
        <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
          Member Mail Check
        </h2>
        <Button
          appearance="subtle"
          icon={<DismissRegular />}
          aria-label="Close the task pane"
          onClick={props.onClose}
        />
      </div>
      <iframe key={props.openId} src={PANE_PAGE} title={PANE_TITLE} className={styles.paneFrame} />
    </aside>
  );
}
