import { Button, Card, Link, Text } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import {
  formatCitation,
  getPreset,
  RULE_DOCS,
  RULES,
  type ConfigError,
  type PolicyFile,
  type RuleId,
  type SeveritySetting,
} from "../../core";
import { ruleDocsPage } from "../../core/rules/docs-page";
import { ChangeBadges } from "../components/ChangeBadges";
import { useLayoutStyles } from "../components/styles";
import { describeValue } from "../explain/option-text";
import { SEVERITY_LABELS } from "../explain/severity-text";
import type { RuleChanges } from "../state/diff";
import { fieldId } from "../state/field-ids";
import { effectiveRule } from "../state/policy-edit";
import { isAt, plainReason } from "../state/validation";
import { OptionField } from "./OptionField";
import { SeverityField } from "./SeverityField";

export interface RuleCardProps {
  rule: RuleId;
  policy: PolicyFile;
  changes: RuleChanges;
  error?: ConfigError;
  onSeverity: (rule: RuleId, severity: SeveritySetting) => void;
  onOption: (rule: RuleId, name: string, value: unknown) => void;
  onReset: (rule: RuleId) => void;
}

/** One rule: what it checks, the preset's citations, its severity and every option. */
export function RuleCard(props: RuleCardProps) {
  const styles = useLayoutStyles();
  const { meta } = RULES[props.rule];
  const { description, optionDocs } = RULE_DOCS[props.rule];
  const preset = getPreset(props.policy.preset);
  const presetRule = preset.rules[props.rule];
  const current = effectiveRule(props.policy, props.rule);
  const base = `/rules/${props.rule}`;
  const errorFor = (path: string) =>
    props.error && isAt(props.error.path, path) ? plainReason(props.error) : undefined;
  const headingId = `rule-${props.rule}-heading`;
  const severityChange = props.changes.settings.severity;
  const docs = optionDocs as Record<string, string>;

  return (
    <Card className={styles.card} aria-labelledby={headingId} role="region">
      <div className={styles.stack}>
        <div
          className={styles.row}
          style={{ alignItems: "center", justifyContent: "space-between" }}
        >
          <h3 id={headingId} className={styles.subheading}>
            {meta.title}
          </h3>
          <ChangeBadges change={props.changes} />
        </div>
        <Text size={200} className={styles.muted}>
          Rule id: <code>{props.rule}</code>
        </Text>
        <Text as="p" block style={{ margin: 0 }}>
          {description}
        </Text>
        <Text as="p" block style={{ margin: 0 }}>
          <Link href={ruleDocsPage(props.rule)} target="_blank" rel="noopener">
            More about “{meta.title}”
          </Link>
        </Text>

        <section aria-label={`${preset.short} protocol for ${meta.title}`}>
          <h4 className={styles.subheading} style={{ fontSize: "inherit" }}>
            What the {preset.short} protocol says
          </h4>
          {presetRule.citations.length === 0 ? (
            <Text as="p" block>
              The protocol does not address this directly.
            </Text>
          ) : (
            <ul className={styles.list} style={{ marginTop: "4px" }}>
              {presetRule.citations.map((citation, i) => (
                <li key={i}>
                  <blockquote className={styles.quote}>{formatCitation(citation)}</blockquote>
                </li>
              ))}
            </ul>
          )}
          {presetRule.note && (
            <Text as="p" block size={200} className={styles.muted} style={{ marginBottom: 0 }}>
              Why the preset chose {SEVERITY_LABELS[presetRule.severity].toLowerCase()}:{" "}
              {presetRule.note}
            </Text>
          )}
        </section>

        <SeverityField
          id={fieldId("policy", `${base}/severity`)}
          ruleTitle={meta.title}
          value={current.severity}
          presetValue={presetRule.severity}
          onChange={(severity) => props.onSeverity(props.rule, severity)}
          error={errorFor(`${base}/severity`)}
        />
        {(severityChange.fromPreset || severityChange.fromLive) && (
          <div className={styles.row} style={{ alignItems: "center" }}>
            <ChangeBadges change={severityChange} />
            <Text size={200}>
              {severityChange.fromPreset && `Preset: ${describeValue(severityChange.preset)}. `}
              {severityChange.fromLive && `Live file: ${describeValue(severityChange.live)}.`}
            </Text>
          </div>
        )}

        <section aria-label={`Options for ${meta.title}`} className={styles.stack}>
          <h4 className={styles.subheading} style={{ fontSize: "inherit" }}>
            Options
          </h4>
          {Object.entries(current.options as unknown as Record<string, unknown>).map(
            ([name, value]) => {
              const change = props.changes.settings[name];
              if (!change) return null;
              return (
                <OptionField
                  key={name}
                  id={fieldId("policy", `${base}/options/${name}`)}
                  name={name}
                  value={value}
                  change={change}
                  doc={docs[name] ?? ""}
                  error={errorFor(`${base}/options/${name}`)}
                  onChange={(next) => props.onOption(props.rule, name, next)}
                />
              );
            },
          )}
        </section>

        {props.changes.fromPreset && (
          <div>
            <Button icon={<ArrowResetRegular />} onClick={() => props.onReset(props.rule)}>
              Use the preset's settings for “{meta.title}”
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}
