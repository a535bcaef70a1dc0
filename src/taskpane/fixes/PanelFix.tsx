/**
 * A fix that asks first: its button opens a panel (a group labelled by the fix) holding the
 * choice, with a button to go ahead and one to cancel. Cancel hands focus back to the button.
 */
import { Button } from "@fluentui/react-components";
import { useId, useRef, useState, type ReactNode } from "react";
import { useFixStyles } from "./styles";

export interface PanelFixProps {
  buttonText: string;
  /** The fix in full, e.g. "Add Cllr Jane Doe and Cllr Helen Ashby to Cc". */
  label: string;
  disabled: boolean;
  confirmText: string;
  canConfirm?: boolean;
  onOpen?(): void;
  onConfirm(): Promise<void>;
  children: ReactNode;
}

export function PanelFix(props: PanelFixProps) {
  const styles = useFixStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const describedBy = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <Button
        ref={opener}
        disabled={props.disabled}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-describedby={describedBy}
        onClick={() => {
          if (!open) props.onOpen?.();
          setOpen(!open);
        }}
      >
        {props.buttonText}
      </Button>
      <span id={describedBy} className={styles.hidden}>
        {props.label}
      </span>
      {open && (
        <div id={panelId} role="group" aria-label={props.label} className={styles.panel}>
          {props.children}
          <div className={styles.panelButtons}>
            <Button
              appearance="primary"
              disabled={props.disabled || props.canConfirm === false}
              onClick={() => void props.onConfirm().then(() => setOpen(false))}
            >
              {props.confirmText}
            </Button>
            <Button onClick={close}>Cancel</Button>
          </div>
        </div>
      )}
    </>
  );
}
