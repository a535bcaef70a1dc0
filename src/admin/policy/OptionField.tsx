import {
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  Text,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { RoleKind } from "../../core";
import { ChangeBadges } from "../components/ChangeBadges";
import { useLayoutStyles } from "../components/styles";
import { describeValue, OPTION_LABELS, ROLE_KIND_LABELS, ROLE_KINDS } from "../explain/option-text";
import type { SettingChange } from "../state/diff";
import { WordListField } from "./WordListField";
import { fieldValidation } from "../components/field-validation";

export interface OptionFieldProps {
  name: string;
  value: unknown;
  change: SettingChange;
  /** The rule's plain-English explanation of the option (its RULE_DOCS optionDocs). */
  doc: string;
  onChange: (value: unknown) => void;
  error?: string;
  id: string;
}

function PresetNote({ change }: { change: SettingChange }) {
  const styles = useLayoutStyles();
  if (!change.fromPreset && !change.fromLive) return null;
  const parts = [];
  if (change.fromPreset) parts.push(`Preset: ${describeValue(change.preset)}.`);
  if (change.fromLive) parts.push(`Live file: ${describeValue(change.live)}.`);
  return (
    <div className={styles.row} style={{ alignItems: "center" }}>
      <ChangeBadges change={change} />
      <Text size={200} className={styles.wrapText}>
        {parts.join(" ")}
      </Text>
    </div>
  );
}

/** A whole number typed as text: the box keeps what was typed; the policy gets it once it is a number. */
function NumberOption(props: OptionFieldProps & { label: string }) {
  const [text, setText] = useState(String(props.value));
  useEffect(() => setText(String(props.value)), [props.value]);
  const local = /^\s*-?\d+\s*$/.test(text) ? undefined : "Type a whole number, such as 3.";
  const message = local ?? props.error;
  return (
    <Field label={props.label} hint={props.doc} {...fieldValidation(message)}>
      <Input
        id={props.id}
        type="number"
        inputMode="numeric"
        value={text}
        style={{ maxWidth: "8rem" }}
        onChange={(_, data) => {
          setText(data.value);
          if (/^\s*-?\d+\s*$/.test(data.value)) props.onChange(Number(data.value));
        }}
      />
    </Field>
  );
}

/** One option of a rule, edited with the control its value calls for. */
export function OptionField(props: OptionFieldProps) {
  const styles = useLayoutStyles();
  const label = OPTION_LABELS[props.name] ?? props.name;
  let control;
  if (typeof props.value === "boolean") {
    control = (
      <Field hint={props.doc} {...fieldValidation(props.error)}>
        <Switch
          id={props.id}
          label={label}
          checked={props.value}
          onChange={(_, data) => props.onChange(data.checked)}
        />
      </Field>
    );
  } else if (typeof props.value === "number") {
    control = <NumberOption {...props} label={label} />;
  } else if (props.name === "roleKinds" && Array.isArray(props.value)) {
    const chosen = props.value as RoleKind[];
    control = (
      <fieldset id={props.id} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <legend style={{ fontWeight: 600, padding: 0 }}>{label}</legend>
        <Text as="p" block size={200} className={styles.muted} style={{ margin: "2px 0" }}>
          {props.doc}
        </Text>
        <div className={styles.row}>
          {ROLE_KINDS.map((kind) => (
            <Checkbox
              key={kind}
              label={ROLE_KIND_LABELS[kind]}
              checked={chosen.includes(kind)}
              onChange={(_, data) =>
                props.onChange(
                  data.checked
                    ? ROLE_KINDS.filter((k) => k === kind || chosen.includes(k))
                    : chosen.filter((k) => k !== kind),
                )
              }
            />
          ))}
        </div>
        {props.error && (
          <Text as="p" block role="alert" style={{ color: "var(--colorPaletteRedForeground1)" }}>
            {props.error}
          </Text>
        )}
      </fieldset>
    );
  } else if (Array.isArray(props.value)) {
    control = (
      <WordListField
        id={props.id}
        label={label}
        hint={props.doc}
        words={props.value as string[]}
        onChange={props.onChange}
        error={props.error}
      />
    );
  } else if (props.name === "addTo") {
    control = (
      <Field label={label} hint={props.doc} {...fieldValidation(props.error)}>
        <RadioGroup
          id={props.id}
          layout="horizontal"
          value={String(props.value)}
          onChange={(_, data) => props.onChange(data.value)}
        >
          <Radio value="cc" label="Cc" />
          <Radio value="to" label="To" />
        </RadioGroup>
      </Field>
    );
  } else {
    control = (
      <Field label={label} hint={props.doc} {...fieldValidation(props.error)}>
        <Input
          id={props.id}
          value={String(props.value ?? "")}
          onChange={(_, data) => props.onChange(data.value)}
        />
      </Field>
    );
  }
  return (
    <div className={styles.stack} style={{ rowGap: "4px" }}>
      {control}
      <PresetNote change={props.change} />
    </div>
  );
}
