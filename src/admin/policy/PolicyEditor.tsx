import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { type Dispatch } from "react";
import {
  PRESET_IDS,
  PRESETS,
  RULE_IDS,
  type ConfigError,
  type PolicyFile,
  type PolicyPresetId,
} from "../../core";
import { ChangeBadges } from "../components/ChangeBadges";
import { useLayoutStyles } from "../components/styles";
import { WHEN_UNAVAILABLE_EXPLANATIONS } from "../explain/severity-text";
import type { PolicyChanges } from "../state/diff";
import { fieldId } from "../state/field-ids";
import type { PolicyTextField } from "../state/policy-edit";
import type { AdminAction } from "../state/reducer";
import { isAt, plainReason } from "../state/validation";
import { RuleCard } from "./RuleCard";
import { fieldValidation } from "../components/field-validation";

const TEXT_FIELDS: { field: PolicyTextField; label: string; hint: string }[] = [
  {
    field: "council",
    label: "Council name shown to officers",
    hint: "Leave empty to use the preset's council name.",
  },
  {
    field: "version",
    label: "Version label",
    hint: "Shown in the task pane and recorded on sent mail, e.g. 2026-11-1.",
  },
  { field: "updated", label: "Date updated", hint: "As YYYY-MM-DD, e.g. 2026-11-01." },
];

export function PolicyEditor(props: {
  policy: PolicyFile;
  changes: PolicyChanges;
  error?: ConfigError;
  dispatch: Dispatch<AdminAction>;
}) {
  const styles = useLayoutStyles();
  const { policy, dispatch, changes } = props;
  const errorFor = (path: string) =>
    props.error && isAt(props.error.path, path) ? plainReason(props.error) : undefined;
  const ruleError = (rule: string) =>
    props.error && isAt(props.error.path, `/rules/${rule}`) ? props.error : undefined;
  const preset = PRESETS[policy.preset];
  const text = policy as PolicyFile & { notes?: string };

  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>Policy</h2>
      <Text as="p" block style={{ margin: 0 }}>
        Choose the council protocol to start from, then decide how strictly each rule is enforced.
        Anything you do not change follows the protocol's preset.{" "}
        {changes.countFromLive > 0
          ? `${changes.countFromLive} setting(s) differ from the live file.`
          : "Nothing differs from the live file yet."}
      </Text>

      <Field
        label="Council protocol (preset)"
        hint={`${preset.council}: ${preset.document}.`}
        {...fieldValidation(errorFor("/preset"))}
      >
        <Select
          id={fieldId("policy", "/preset")}
          value={policy.preset}
          onChange={(_, data) => dispatch({ type: "preset", preset: data.value as PolicyPresetId })}
        >
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {PRESETS[id].council}
            </option>
          ))}
        </Select>
      </Field>
      {changes.preset.fromLive && (
        <div className={styles.row} style={{ alignItems: "center" }}>
          <ChangeBadges change={{ fromPreset: false, fromLive: true }} />
          <Text size={200}>
            Live file:{" "}
            {PRESETS[changes.preset.live as PolicyPresetId]?.council ?? changes.preset.live}.
          </Text>
        </div>
      )}
      {changes.countFromPreset > 0 && (
        <div>
          <Button
            icon={<ArrowResetRegular />}
            onClick={() => dispatch({ type: "preset", preset: policy.preset, resetAll: true })}
          >
            Use the preset's settings for every rule
          </Button>
        </div>
      )}

      <div className={styles.row}>
        {TEXT_FIELDS.map(({ field, label, hint }) => (
          <Field
            key={field}
            label={label}
            hint={hint}
            className={styles.grow}
            {...fieldValidation(errorFor(`/${field}`))}
          >
            <Input
              id={fieldId("policy", `/${field}`)}
              value={text[field] ?? ""}
              onChange={(_, data) => dispatch({ type: "policy-text", field, value: data.value })}
            />
          </Field>
        ))}
      </div>
      <Field
        label="Notes for administrators"
        hint="Why the settings differ from the preset and who agreed them. Not shown to officers."
      >
        <Textarea
          id={fieldId("policy", "/notes")}
          value={text.notes ?? ""}
          resize="vertical"
          onChange={(_, data) =>
            dispatch({ type: "policy-text", field: "notes", value: data.value })
          }
        />
      </Field>

      <Field
        label="When the add-in cannot load these settings"
        hint={
          WHEN_UNAVAILABLE_EXPLANATIONS[changes.whenConfigUnavailable.current as "allow" | "block"]
        }
        {...fieldValidation(errorFor("/whenConfigUnavailable"))}
      >
        <RadioGroup
          id={fieldId("policy", "/whenConfigUnavailable")}
          value={String(changes.whenConfigUnavailable.current)}
          onChange={(_, data) =>
            dispatch({ type: "when-unavailable", value: data.value as "allow" | "block" })
          }
        >
          <Radio value="allow" label="Let the email go (recommended)" />
          <Radio value="block" label="Hold the email" />
        </RadioGroup>
      </Field>
      <ChangeBadges change={changes.whenConfigUnavailable} />

      <h2 className={styles.heading}>Rules</h2>
      {RULE_IDS.map((rule) => (
        <RuleCard
          key={rule}
          rule={rule}
          policy={policy}
          changes={changes.rules[rule]}
          error={ruleError(rule)}
          onSeverity={(r, severity) => dispatch({ type: "severity", rule: r, severity })}
          onOption={(r, name, value) => dispatch({ type: "option", rule: r, name, value })}
          onReset={(r) => dispatch({ type: "reset-rule", rule: r })}
        />
      ))}
    </div>
  );
}
