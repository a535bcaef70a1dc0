/**
 * The message body: an editable rich-text area, like Outlook's, and the only place the
 * playground shows email HTML (cleaned by safeBodyHtml). What the officer types goes straight to
 * the mailbox; a change from elsewhere (a scenario, a starter, the task pane removing quoted
 * history) replaces what is shown.
 */
import { useLayoutEffect, useRef } from "react";
import { wrapBody } from "./owa-body";
import { safeBodyHtml } from "./safe-body";
import { useStyles } from "./styles";

export interface BodyEditorProps {
  /** The body's whole HTML, as body.getAsync("html") returns it. */
  html: string;
  labelId: string;
  hintId: string;
  disabled?: boolean;
  onInput(html: string): void;
}

export function BodyEditor(props: BodyEditorProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  /** The HTML the editor shows, or last sent to the mailbox: not put back while it is current. */
  const current = useRef<string | undefined>(undefined);

  useLayoutEffect(() => {
    const editor = ref.current;
    if (!editor || props.html === current.current) return;
    current.current = props.html;
    editor.innerHTML = safeBodyHtml(props.html);
  }, [props.html]);

  return (
    <div
      ref={ref}
      role="textbox"
      aria-multiline="true"
      aria-labelledby={props.labelId}
      aria-describedby={props.hintId}
      aria-disabled={props.disabled || undefined}
      contentEditable={!props.disabled}
      suppressContentEditableWarning
      tabIndex={0}
      className={styles.body}
      onInput={() => {
        const editor = ref.current;
        if (!editor) return;
        const html = wrapBody(editor.innerHTML);
        current.current = html;
        props.onInput(html);
      }}
    />
  );
}
