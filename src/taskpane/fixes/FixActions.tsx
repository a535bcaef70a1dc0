/**
 * A finding's fix buttons. Simple fixes act at once (they can be undone); the ones that need a
 * choice or a look first open a small panel: what stays of the body, who agreed, which local
 * members to add.
 */
import { Button } from "@fluentui/react-components";
import { useId } from "react";
import { fixButtonText } from "../model/fix-text";
import { AttachedEmailsFix } from "./AttachedEmailsFix";
import { ConsentFix } from "./ConsentFix";
import { ExceptionFix } from "./ExceptionFix";
import { LocalMembersFix } from "./LocalMembersFix";
import { QuotedHistoryFix } from "./QuotedHistoryFix";
import type { FixProps } from "./fix-props";
import { useFixStyles } from "./styles";

/**
 * A fix that needs no choice: the button does it, naming who it acts on in its description. The
 * finding's first fix is its recommended one, and looks it.
 */
function DirectFix({ finding, fix, disabled, onFix }: FixProps) {
  const styles = useFixStyles();
  const describedBy = useId();
  return (
    <>
      <Button
        appearance={finding.fixes[0] === fix ? "primary" : "secondary"}
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => void onFix(finding, fix)}
      >
        {fixButtonText(fix)}
      </Button>
      <span id={describedBy} className={styles.hidden}>
        {fix.label}
      </span>
    </>
  );
}

function OneFix(props: FixProps) {
  const { fix } = props;
  switch (fix.kind) {
    case "remove-quoted-history":
      return <QuotedHistoryFix {...props} fix={fix} />;
    case "record-consent":
      return fix.exception ? (
        <ExceptionFix {...props} fix={fix} />
      ) : (
        <ConsentFix {...props} fix={fix} />
      );
    case "add-local-members":
      return <LocalMembersFix {...props} fix={fix} />;
    case "remove-attached-emails":
      return <AttachedEmailsFix {...props} fix={fix} />;
    default:
      return <DirectFix {...props} />;
  }
}

export function FixActions(props: Omit<FixProps, "fix">) {
  const styles = useFixStyles();
  if (props.finding.fixes.length === 0) return null;
  return (
    <div className={styles.actions} role="group" aria-label={`Fixes for ${props.finding.title}`}>
      {props.finding.fixes.map((fix) => (
        <OneFix key={`${fix.kind} ${fix.label}`} {...props} fix={fix} />
      ))}
    </div>
  );
}
