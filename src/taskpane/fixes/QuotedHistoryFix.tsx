/**
 * Remove quoted history: first shows, as plain text, what the email will still say and which
 * earlier emails go, so the officer sees their own text survives before anything changes.
 */
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { QuotedHistory } from "../../core/quoted";
import { joinNames } from "../../core/text/names";
import { fixButtonText } from "../model/fix-text";
import type { FixProps } from "./fix-props";
import { PanelFix } from "./PanelFix";

const useStyles = makeStyles({
  kept: {
    margin: 0,
    maxHeight: "12em",
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyBase,
  },
});

type Preview =
  | { state: "loading" }
  | { state: "ready"; history: QuotedHistory }
  | { state: "failed"; reason: string };

function goingText(history: QuotedHistory): string {
  const count = history.messages.length;
  const senders = history.messages
    .map((m) => m.from[0]?.name ?? m.from[0]?.address)
    .filter((name): name is string => Boolean(name));
  const from = senders.length > 0 ? `, from ${joinNames(senders)}` : "";
  return count === 1 ? `1 earlier email goes${from}.` : `${count} earlier emails go${from}.`;
}

export function QuotedHistoryFix({
  finding,
  fix,
  session,
  disabled,
  onFix,
}: FixProps<"remove-quoted-history">) {
  const styles = useStyles();
  const [preview, setPreview] = useState<Preview>({ state: "loading" });
  const load = () => {
    setPreview({ state: "loading" });
    session.quotedHistory().then(
      (history) => setPreview({ state: "ready", history }),
      (error: unknown) =>
        setPreview({
          state: "failed",
          reason: error instanceof Error ? error.message : String(error),
        }),
    );
  };
  return (
    <PanelFix
      buttonText={fixButtonText(fix)}
      label={fix.label}
      disabled={disabled}
      confirmText="Remove the quoted emails"
      canConfirm={preview.state === "ready"}
      onOpen={load}
      onConfirm={() => onFix(finding, fix)}
    >
      {preview.state === "loading" && <Spinner size="tiny" label="Reading the email…" />}
      {preview.state === "failed" && (
        <Text role="alert">
          The email could not be read ({preview.reason}). Nothing was changed.
        </Text>
      )}
      {preview.state === "ready" && (
        <>
          <Text weight="semibold">What the email will say:</Text>
          <pre className={styles.kept} tabIndex={0} aria-label="What the email will say">
            {preview.history.newText.trim() || "(nothing: the email is only quoted history)"}
          </pre>
          <Text>{goingText(preview.history)} You can undo this straight after.</Text>
        </>
      )}
    </PanelFix>
  );
}
