import { adminReducer, initialState, mergeInline } from "../../src/admin/state/reducer";
import { changeSummary } from "../../src/admin/state/summary";
import { policyChanges } from "../../src/admin/state/diff";
import {
  classifyConfig,
  loadHostConfig,
  openDirectory,
  openPolicy,
} from "../../src/admin/config/load";
import { openConfigText } from "../../src/admin/components/OpenFiles";
import {
  guessPostcodeColumn,
  guessWardColumn,
  guessWardMapping,
} from "../../src/admin/directory/postcode-columns";
import { sampleDirectory, samplePolicy } from "./sample";
import fs from "node:fs";
import path from "node:path";

function live() {
  const state = initialState(samplePolicy(), sampleDirectory());
  return adminReducer(state, {
    type: "loaded",
    policy: samplePolicy(),
    directory: sampleDirectory(),
    live: true,
    source: "host",
  });
}

describe("the page's state", () => {
  test("a file opened from the computer is compared with the live one", () => {
    const opened = { ...samplePolicy(), preset: "west-suffolk-council" as const };
    const state = adminReducer(live(), {
      type: "loaded",
      policy: opened,
      live: false,
      source: "mine.json",
    });
    expect(state.policy.preset).toBe("west-suffolk-council");
    expect(state.live?.policy?.preset).toBe("surrey-heath-borough-council");
    expect(state.source.policy).toBe("mine.json");
    expect(policyChanges(state.policy, state.live?.policy).preset.fromLive).toBe(true);
  });

  test("the summary says what the download changes", () => {
    let state = live();
    expect(changeSummary(state, policyChanges(state.policy, state.live?.policy))).toEqual([
      "policy.json: the same as the live file.",
      "directory.json: the same as the live file.",
    ]);
    state = adminReducer(state, { type: "severity", rule: "bcc-to-members", severity: "warn" });
    state = adminReducer(state, { type: "remove-member", index: 0 });
    expect(changeSummary(state, policyChanges(state.policy, state.live?.policy))).toEqual([
      "policy.json: 1 setting differs from the live file.",
      "directory.json: 34 members in 14 wards; 0 added, 0 changed, 1 removed since the live file.",
    ]);
  });

  test("built shards point the directory at a folder, taking an inline map's postcodes along", () => {
    const inline = {
      ...sampleDirectory(),
      postcodes: { "GU16 6AA": "frimley", gu186aa: "lightwater" },
    };
    const state = adminReducer(initialState(samplePolicy(), inline), {
      type: "set-shards",
      shards: { GU16: { "GU16 6AA": "frimley-green" } },
    });
    expect(state.directory.postcodes).toBe("postcodes/");
    expect(state.shards).toEqual({
      GU16: { "GU16 6AA": "frimley-green" },
      GU18: { "GU18 6AA": "lightwater" },
    });
    expect(mergeInline({}, { "not a postcode": "x" })).toEqual({});
  });

  test("ignored postcodes", () => {
    const state = adminReducer(live(), { type: "directory-ignored-postcodes", postcodes: [] });
    expect("ignoredPostcodes" in state.directory).toBe(false);
  });
});

describe("opening files", () => {
  test("from the host, through a fetcher", async () => {
    const config = path.resolve(__dirname, "..", "..", "config");
    const requested: string[] = [];
    const fetcher = async (url: string) => {
      requested.push(url);
      const file = path.join(config, path.basename(new URL(url).pathname));
      const ok = fs.existsSync(file);
      return {
        ok,
        status: ok ? 200 : 404,
        text: async () => (ok ? fs.readFileSync(file, "utf8") : ""),
      };
    };
    const host = await loadHostConfig("https://addins.council.example/mmc/admin.html", fetcher);
    expect(requested).toEqual([
      "https://addins.council.example/mmc/config/policy.json",
      "https://addins.council.example/mmc/config/directory.json",
    ]);
    expect(host.policy.ok && host.directory.ok).toBe(true);
    const failing = await loadHostConfig("https://x.example/", async () => ({
      ok: false,
      status: 404,
      text: async () => "",
    }));
    expect(failing.policy).toEqual({
      ok: false,
      message: "policy.json could not be loaded (HTTP 404).",
    });
  });

  test("picked files are recognised by their content", () => {
    expect(classifyConfig(samplePolicy())).toBe("policy");
    expect(classifyConfig(sampleDirectory())).toBe("directory");
    expect(openPolicy({ preset: "nowhere" }).ok).toBe(false);
    expect(openDirectory({ members: {} })).toEqual({
      ok: false,
      message: 'directory.json: "members" must be a list.',
    });
    expect(openConfigText("{", "x.json").message).toMatch(/^x\.json is not valid JSON/);
    expect(openConfigText("{}", "x.json").message).toBe(
      "x.json is neither a policy.json nor a directory.json.",
    );
    expect(openConfigText(JSON.stringify(samplePolicy()), "p.json").action).toMatchObject({
      type: "loaded",
      live: false,
    });
  });

  test("postcode CSV columns and ward codes are guessed, never invented", () => {
    expect(guessPostcodeColumn(["lad", "pcds", "osward"])).toBe("pcds");
    expect(guessWardColumn(["pcds", "oslaua", "osward"])).toBe("osward");
    expect(guessWardColumn(["pcds", "wd24cd"])).toBe("wd24cd");
    expect(guessWardMapping(["frimley", "Old Dean", "SAMPLE-1"], sampleDirectory().wards)).toEqual({
      frimley: "frimley",
      "Old Dean": "old-dean",
      "SAMPLE-1": "",
    });
  });
});
