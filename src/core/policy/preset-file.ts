/**
 * The check of a preset served as JSON (config/presets/<id>.json), which the on-send handler and
 * the task pane fetch instead of carrying all five presets. The build writes these files from
 * ./presets, so there is no JSON Schema for them: this checks the shape the engine relies on, so
 * a damaged or stale file is refused (and the last good copy used) rather than crashing a rule.
 */
import { eachObject, expectOneOf, expectThat, isObject, type JsonObject } from "../config/shape";
import { SEVERITY_SETTINGS } from "../findings";
import { RULE_IDS, WHEN_CONFIG_UNAVAILABLE, type Preset, type PresetId } from "./types";

const isText = (value: unknown): boolean => typeof value === "string";

/** `json` as the preset `id`, or a ConfigError naming the file and the field. */
export function checkPresetFile(json: unknown, file: string, id: PresetId): Preset {
  expectThat(isObject(json), file, "", "must be an object");
  const preset = json as JsonObject;
  expectOneOf(preset.id, [id], file, "/id");
  for (const field of ["council", "short", "document"]) {
    expectThat(isText(preset[field]), file, `/${field}`, "must be a string");
  }
  expectOneOf(
    preset.whenConfigUnavailable,
    WHEN_CONFIG_UNAVAILABLE,
    file,
    "/whenConfigUnavailable",
  );
  expectThat(isObject(preset.rules), file, "/rules", "must be an object");
  const rules = preset.rules as JsonObject;
  for (const ruleId of RULE_IDS) {
    const at = `/rules/${ruleId}`;
    const rule = rules[ruleId];
    expectThat(isObject(rule), file, at, "must be an object");
    const { severity, options, citations, note } = rule as JsonObject;
    expectOneOf(severity, SEVERITY_SETTINGS, file, `${at}/severity`);
    expectThat(isObject(options), file, `${at}/options`, "must be an object");
    eachObject(citations, file, `${at}/citations`, (citation, citationAt) => {
      for (const field of ["council", "paragraph", "quote"]) {
        expectThat(isText(citation[field]), file, `${citationAt}/${field}`, "must be a string");
      }
    });
    expectThat(note === undefined || isText(note), file, `${at}/note`, "must be a string");
  }
  return json as Preset;
}
