/**
 * The check of a preset served as JSON (src/core/policy/preset-file.ts): every preset as the
 * build writes it passes unchanged, and damage that would break a rule or a citation is refused
 * with the file and field named, so the loader falls back to the last good copy.
 */
import { checkPresetFile } from "../../../src/core/policy/preset-file";
import { PRESETS } from "../../../src/core/policy/presets";
import { PRESET_IDS, type PresetId } from "../../../src/core/policy/types";

const FILE = "config/presets/surrey-heath-borough-council.json";
const served = (id: PresetId): any => JSON.parse(JSON.stringify(PRESETS[id]));

test.each(PRESET_IDS)("accepts %s as the build writes it", (id) => {
  const json = served(id);
  expect(checkPresetFile(json, `config/presets/${id}.json`, id)).toBe(json);
});

/** Surrey Heath's preset, damaged by `change` (which may also return something else entirely). */
function damaged(change: (preset: any) => unknown): unknown {
  const preset = served("surrey-heath-borough-council");
  return change(preset) ?? preset;
}

test.each([
  ["not an object", () => damaged(() => []), ""],
  ["another preset's content", () => served("southwark-council"), "/id"],
  ["no council", () => damaged((p) => void delete p.council), "/council"],
  [
    "a bad whenConfigUnavailable",
    () => damaged((p) => void (p.whenConfigUnavailable = "maybe")),
    "/whenConfigUnavailable",
  ],
  [
    "a rule missing",
    () => damaged((p) => void delete p.rules["local-members-not-copied"]),
    "/rules/local-members-not-copied",
  ],
  [
    "an unknown severity",
    () => damaged((p) => void (p.rules["bcc-to-members"].severity = "blocker")),
    "/rules/bcc-to-members/severity",
  ],
  [
    "options that are not an object",
    () => damaged((p) => void (p.rules["portfolio-holder-copied"].options = null)),
    "/rules/portfolio-holder-copied/options",
  ],
  [
    "a citation without a quote",
    () => damaged((p) => void delete p.rules["bcc-to-members"].citations[0].quote),
    "/rules/bcc-to-members/citations/0/quote",
  ],
  [
    "a note that is not text",
    () => damaged((p) => void (p.rules["bcc-to-members"].note = 7)),
    "/rules/bcc-to-members/note",
  ],
])("refuses a preset with %s, naming the field", (_label, json, path) => {
  expect(() => checkPresetFile(json(), FILE, "surrey-heath-borough-council")).toThrow(
    expect.objectContaining({ file: FILE, path }),
  );
});
