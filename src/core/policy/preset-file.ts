/**
 * The check of a preset served as JSON (config/presets/<id>.json), which the on-send handler and
 * the task pane fetch instead of carrying all five presets. The build writes these files from
 * ./presets, so there is no JSON Schema for them: this checks the shape the engine relies on, so
 * a damaged or stale file is refused (and the last good copy used) rather than crashing a rule.
 */
import { eachObject, expectFields, expectObject, expectOneOf } from "../config/shape";
import { SEVERITY_SETTINGS } from "../findings";
import { RULE_IDS, WHEN_CONFIG_UNAVAILABLE, type PolicyPresetId, type Preset } from "./types";

/** `json` as the preset `id`, or a ConfigError naming the file and the field. */
export function checkPresetFile(json: unknown, file: string, id: PolicyPresetId): Preset {
  const preset = expectObject(json, file, "");
  expectOneOf(preset.id, [id], file, "/id");
  expectFields(preset, file, "", "council short document");
  expectOneOf(
    preset.whenConfigUnavailable,
    WHEN_CONFIG_UNAVAILABLE,
    file,
    "/whenConfigUnavailable",
  );
  const rules = expectObject(preset.rules, file, "/rules");
  for (const ruleId of RULE_IDS) {
    const at = `/rules/${ruleId}`;
    const rule = expectObject(rules[ruleId], file, at);
    expectOneOf(rule.severity, SEVERITY_SETTINGS, file, `${at}/severity`);
    expectFields(rule, file, at, "options{}");
    eachObject(rule.citations, file, `${at}/citations`, (citation, citationAt) =>
      expectFields(citation, file, citationAt, "council paragraph quote"),
    );
    expectFields(rule, file, at, "note?");
  }
  return json as Preset;
}
