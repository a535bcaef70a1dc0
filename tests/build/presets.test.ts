/**
 * The preset files the build writes (webpack.config.js, config/presets/<id>.json) are the TS
 * presets in src/core/policy/presets, serialised: the on-send handler and the task pane fetch
 * these instead of carrying the presets. Runs the build's own generator, without a build.
 */
import { join } from "node:path";
import { PRESETS } from "../../src/core/policy/presets";
import { POLICY_PRESET_IDS, PRESET_IDS } from "../../src/core/policy/types";
import { presetPath } from "../../src/office/config-loader";
import { presetText } from "../office/fake-config";

const ROOT = join(__dirname, "..", "..");

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const { presetJsonFiles } = require(join(ROOT, "webpack.config.js")) as {
  presetJsonFiles(): { files: { file: string; json: string }[]; inputs: string[] };
};

const generated = presetJsonFiles();

test("one file per preset, where the config loader fetches it", () => {
  expect(generated.files.map((f) => f.file).sort()).toEqual(
    POLICY_PRESET_IDS.map(presetPath).sort(),
  );
});

test.each(PRESET_IDS)(
  "%s.json deep-equals the TS preset (and the tests' fake host serves it)",
  (id) => {
    const file = generated.files.find((f) => f.file === presetPath(id));
    expect(JSON.parse(file?.json ?? "null")).toEqual(PRESETS[id]);
    expect(JSON.parse(presetText(id))).toEqual(JSON.parse(file?.json ?? "null"));
  },
);

test("names the preset sources it read, so watch mode rebuilds them", () => {
  for (const id of PRESET_IDS) {
    expect(generated.inputs).toContain(join(ROOT, "src", "core", "policy", "presets", `${id}.ts`));
  }
});
