/** Add local members: the missing ward members, all ticked, added to Cc (or To) in one go. */
import { Checkbox, Radio, RadioGroup, Field } from "@fluentui/react-components";
import { useState } from "react";
import type { CandidateRecipient } from "../../core/findings";
import { fixButtonText } from "../model/fix-text";
import type { FixProps } from "./fix-props";
import { PanelFix } from "./PanelFix";

function candidateLabel(candidate: CandidateRecipient): string {
  const role = candidate.role ? `, ${candidate.role}` : "";
  return `${candidate.name ?? candidate.address} (${candidate.ward}${role})`;
}

export function LocalMembersFix({ finding, fix, disabled, onFix }: FixProps<"add-local-members">) {
  // Unticked members are kept by id, not by object: every re-check of the draft builds new
  // candidate objects, and the ticks must follow the members, not the objects.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(() => new Set());
  const selected = fix.candidates.filter((c) => !unticked.has(c.memberId));
  const [field, setField] = useState<"to" | "cc">(fix.field);
  const count = selected.length;
  const fieldName = field === "to" ? "To" : "Cc";
  return (
    <PanelFix
      buttonText={fixButtonText(fix)}
      label={fix.label}
      disabled={disabled}
      confirmText={
        count === 1 ? `Add 1 member to ${fieldName}` : `Add ${count} members to ${fieldName}`
      }
      canConfirm={count > 0}
      onConfirm={() => onFix(finding, fix, { selected, field })}
    >
      <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
        <legend>Members for the ward</legend>
        {fix.candidates.map((candidate) => (
          <Checkbox
            key={candidate.memberId}
            label={candidateLabel(candidate)}
            checked={!unticked.has(candidate.memberId)}
            onChange={(_, data) => {
              const next = new Set(unticked);
              if (data.checked === true) next.delete(candidate.memberId);
              else next.add(candidate.memberId);
              setUnticked(next);
            }}
          />
        ))}
      </fieldset>
      <Field label="Add them to">
        <RadioGroup
          layout="horizontal"
          value={field}
          onChange={(_, data) => setField(data.value === "to" ? "to" : "cc")}
        >
          <Radio value="cc" label="Cc" />
          <Radio value="to" label="To" />
        </RadioGroup>
      </Field>
    </PanelFix>
  );
}
