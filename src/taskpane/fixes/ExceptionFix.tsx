/**
 * "Record an exception": the protocol lets an officer leave out people a rule would add (the
 * enquirer asked that no other member be told, say) when they record why. The reason is
 * required: it is stamped on the sent message for the Monitoring Officer.
 */
import { Field, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { joinNames } from "../../core/text/names";
import { fixButtonText } from "../model/fix-text";
import type { FixProps } from "./fix-props";
import { PanelFix } from "./PanelFix";
import { NOTE_MAX } from "./ConsentFix";

export function ExceptionFix({ finding, fix, disabled, onFix }: FixProps<"record-consent">) {
  const [reason, setReason] = useState("");
  const names = joinNames(
    fix.memberIds.map((id) => finding.people.find((p) => p.memberId === id)?.name ?? id),
  );
  return (
    <PanelFix
      buttonText={fixButtonText(fix)}
      label={fix.label}
      disabled={disabled}
      confirmText="Record the reason"
      canConfirm={reason.trim().length > 0}
      onConfirm={() => onFix(finding, fix, { note: reason.trim() })}
    >
      <Text>{names} will not be told. Say why, for the record sent with the email.</Text>
      <Field
        label="Reason"
        required
        hint="For example: the resident asked that only Cllr Doe see this."
      >
        <Textarea
          value={reason}
          maxLength={NOTE_MAX}
          onChange={(_, data) => setReason(data.value)}
          resize="vertical"
        />
      </Field>
    </PanelFix>
  );
}
