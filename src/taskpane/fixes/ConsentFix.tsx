/**
 * "The member agreed": who agreed (when the finding names several) and an optional note, kept
 * with the draft and stamped on the sent message for the record.
 */
import { Checkbox, Field, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { fixButtonText } from "../model/fix-text";
import type { FixProps } from "./fix-props";
import { PanelFix } from "./PanelFix";

/** Long enough for "agreed by phone on 23 November, see case 4521"; the header has room. */
export const NOTE_MAX = 200;

export function ConsentFix({ finding, fix, disabled, onFix }: FixProps<"record-consent">) {
  const [agreed, setAgreed] = useState<string[]>(fix.memberIds);
  const [note, setNote] = useState("");
  const nameOf = (id: string) => finding.people.find((p) => p.memberId === id)?.name ?? id;
  const single = fix.memberIds.length === 1;
  return (
    <PanelFix
      buttonText={fixButtonText(fix)}
      label={fix.label}
      disabled={disabled}
      confirmText="Record agreement"
      canConfirm={agreed.length > 0}
      onConfirm={() =>
        onFix(finding, fix, { memberIds: agreed, ...(note.trim() ? { note: note.trim() } : {}) })
      }
    >
      {single ? (
        <Text>
          {nameOf(fix.memberIds[0] ?? "")} agreed to this email going to the people on it.
        </Text>
      ) : (
        <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
          <legend>Who agreed?</legend>
          {fix.memberIds.map((id) => (
            <Checkbox
              key={id}
              label={nameOf(id)}
              checked={agreed.includes(id)}
              onChange={(_, data) =>
                setAgreed(data.checked === true ? [...agreed, id] : agreed.filter((a) => a !== id))
              }
            />
          ))}
        </fieldset>
      )}
      <Field label="Note (optional)" hint="For example: agreed by phone on 23 November.">
        <Textarea
          value={note}
          maxLength={NOTE_MAX}
          onChange={(_, data) => setNote(data.value)}
          resize="vertical"
        />
      </Field>
    </PanelFix>
  );
}
