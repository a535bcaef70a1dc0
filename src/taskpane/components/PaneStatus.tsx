/**
 * The pane's one-line state, read out when it changes: checking, all clear, how many things to
 * look at, or that nothing could be checked. The policy's own state (last good copy, missing)
 * and any part of the email that could not be read follow it as notices.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { DraftCheck } from "../../office/compose-session";

export interface PaneStatusProps {
  check?: DraftCheck;
  checking: boolean;
  readError?: string;
  /** Findings on show (the handed-over ones until the first check finishes). */
  shown: number;
  fromSend: boolean;
}

function summary({ check, checking, readError, shown, fromSend }: PaneStatusProps): string {
  if (!check && fromSend)
    return `Send found ${shown} ${shown === 1 ? "thing" : "things"} to look at. Checking the email again…`;
  if (!check && checking) return "Checking this email…";
  if (readError && !check) return "This email could not be checked.";
  if (!check) return "";
  if (!check.checked)
    return "This email was not checked: the council's policy could not be loaded.";
  if (shown === 0) return "All clear: nothing in this email goes against the council's protocol.";
  return `${shown} ${shown === 1 ? "thing" : "things"} to look at before sending.`;
}

export function PaneStatus(props: PaneStatusProps) {
  const { check, checking, readError } = props;
  return (
    <>
      <div role="status" aria-live="polite">
        <Text as="p" weight="semibold">
          {summary(props)}
        </Text>
        {checking && check && (
          <Spinner size="extra-tiny" label="Checking again…" labelPosition="after" />
        )}
      </div>
      {readError && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>The email could not be read</MessageBarTitle>
            {readError} Use Check again to try once more.
          </MessageBarBody>
        </MessageBar>
      )}
      {check?.policyState.kind === "unavailable" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Policy could not be loaded</MessageBarTitle>
            Checks are off until it can be loaded ({check.policyState.reason}). Send follows the
            council's setting for this case.
          </MessageBarBody>
        </MessageBar>
      )}
      {check?.policyState.kind === "last-good-copy" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Using the last good copy of the policy</MessageBarTitle>
            The council's server could not be reached, so this check used the copy saved on this
            computer. {check.policyState.problems.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {check &&
        (check.failedRules.length > 0 ||
          check.unreadParts.length > 0 ||
          check.postcodeProblems.length > 0) && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>Not everything could be checked</MessageBarTitle>
              {check.failedRules.length > 0 &&
                `Checks that could not run: ${check.failedRules.join(", ")}. `}
              {check.unreadParts.length > 0 &&
                `Parts of the email that could not be read: ${check.unreadParts.join(", ")}. `}
              {check.postcodeProblems.length > 0 &&
                `Postcodes in some areas could not be matched to wards (${check.postcodeProblems.join("; ")}).`}
            </MessageBarBody>
          </MessageBar>
        )}
    </>
  );
}
