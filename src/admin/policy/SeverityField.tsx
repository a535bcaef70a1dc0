import { Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { SEVERITY_SETTINGS, type SeveritySetting } from "../../core";
import { SEVERITY_EXPLANATIONS, SEVERITY_LABELS } from "../explain/severity-text";
import { fieldValidation } from "../components/field-validation";

/**
 * Off / Inform / Warn / Block as radio buttons (arrow keys move between them), with what officers
 * will see at the chosen severity spelled out beneath.
 */
export function SeverityField(props: {
  ruleTitle: string;
  value: SeveritySetting;
  presetValue: SeveritySetting;
  onChange: (value: SeveritySetting) => void;
  error?: string;
  id?: string;
}) {
  return (
    <Field
      label={`Severity: ${props.ruleTitle}`}
      hint={`What officers will see: ${SEVERITY_EXPLANATIONS[props.value]}`}
      {...fieldValidation(props.error)}
    >
      <RadioGroup
        id={props.id}
        layout="horizontal"
        value={props.value}
        onChange={(_, data) => props.onChange(data.value as SeveritySetting)}
        style={{ flexWrap: "wrap" }}
      >
        {SEVERITY_SETTINGS.map((severity) => (
          <Radio
            key={severity}
            value={severity}
            label={
              severity === props.presetValue ? (
                <>
                  {SEVERITY_LABELS[severity]} <Text size={200}>(preset)</Text>
                </>
              ) : (
                SEVERITY_LABELS[severity]
              )
            }
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
