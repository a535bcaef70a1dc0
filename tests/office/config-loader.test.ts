import { ConfigLoader } from "../../src/office/config-loader";
import { PRESETS } from "../../src/core/policy/presets";
import {
  BASE_URL,
  fakeFetch,
  memoryStorage,
  policyText,
  presetText,
  sampleConfig,
  storageKey,
  type Served,
} from "./fake-config";

const POLICY_URL = `${BASE_URL}config/policy.json`;
const DIRECTORY_URL = `${BASE_URL}config/directory.json`;
/** The sample policy.json names Surrey Heath's preset. */
const PRESET_PATH = "config/presets/surrey-heath-borough-council.json";
const PRESET_URL = `${BASE_URL}${PRESET_PATH}`;
const SOUTHWARK_URL = `${BASE_URL}config/presets/southwark-council.json`;

function setup(files = sampleConfig(), storage?: ReturnType<typeof memoryStorage>) {
  let clock = Date.parse("2026-11-16T09:00:00Z");
  const fetch = fakeFetch(files);
  const loader = new ConfigLoader({
    baseUrl: BASE_URL,
    fetch,
    storage,
    now: () => clock,
    timers: { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    fetchTimeoutMs: 1500,
  });
  return { loader, fetch, advance: (ms: number) => (clock += ms) };
}

afterEach(() => jest.useRealTimers());

test("loads and validates the sample council's policy and directory from the add-in host", async () => {
  const { loader, fetch } = setup();
  const result = await loader.load();
  if (!result.ok) throw new Error(result.reason);
  expect(result.config.policy.preset).toBe("surrey-heath-borough-council");
  expect(result.config.policy.version).toBe("2026-11-sample-1");
  expect(
    result.config.directory.findMemberByAddress("jane.doe@surreyheath-council.example")?.id,
  ).toBe("jane-doe");
  expect(result.config.policySource).toBe("network");
  expect(result.config.presetSource).toBe("network");
  expect(result.config.problems).toEqual([]);
  expect(fetch.urls.sort()).toEqual([DIRECTORY_URL, POLICY_URL, PRESET_URL]);
  expect(fetch.mock.mock.calls[0]?.[1]).toEqual({ cache: "no-cache" });
});

test("the parsed copy is kept in memory: a second load within 5 minutes fetches nothing", async () => {
  const { loader, fetch, advance } = setup();
  const first = await loader.load();
  advance(4 * 60 * 1000);
  const second = await loader.load();
  expect(fetch.urls).toHaveLength(3);
  if (!first.ok || !second.ok) throw new Error("not loaded");
  expect(second.config.policy).toBe(first.config.policy);
  expect(second.config.directory).toBe(first.config.directory);
  expect(second.config.policySource).toBe("memory");
  expect(second.config.presetSource).toBe("memory");
});

test("after 5 minutes it asks again; unchanged files keep the same parsed objects (and loaded shards)", async () => {
  const { loader, fetch, advance } = setup();
  const first = await loader.load();
  if (!first.ok) throw new Error(first.reason);
  await loader.loadShardsFor(first.config.directory, "Car park at GU16 6HJ");
  advance(6 * 60 * 1000);
  const second = await loader.load();
  expect(fetch.urls.filter((u) => u === POLICY_URL)).toHaveLength(2);
  if (!second.ok) throw new Error(second.reason);
  expect(second.config.directory).toBe(first.config.directory);
  expect(second.config.directory.wardForPostcode("GU16 6HJ")).toBe("frimley-green");
});

test("a changed file replaces the memory copy", async () => {
  const { loader, fetch, advance } = setup();
  await loader.load();
  fetch.files[POLICY_URL] = policyText((p) => (p.version = "2026-12-1"));
  advance(6 * 60 * 1000);
  const result = await loader.load();
  expect(result.ok && result.config.policy.version).toBe("2026-12-1");
});

test("postcode shards are fetched only for the outward codes the text mentions, each once", async () => {
  const { loader, fetch } = setup();
  const result = await loader.load();
  if (!result.ok) throw new Error(result.reason);
  const directory = result.config.directory;
  const text =
    "Resurfacing at Frimley Green car park, GU16 6HJ, and the access road at GU16 6AA. Reply to GU15 3HD.";
  expect(await loader.loadShardsFor(directory, text)).toEqual([]);
  const shardUrls = fetch.urls.filter((u) => u.includes("/postcodes/"));
  // GU15 3HD is the council's own postcode (ignoredPostcodes): no shard for it.
  expect(shardUrls).toEqual([`${BASE_URL}config/postcodes/GU16.json`]);
  expect(directory.wardForPostcode("GU16 6HJ")).toBe("frimley-green");
  await loader.loadShardsFor(directory, text);
  expect(fetch.urls.filter((u) => u.includes("/postcodes/"))).toHaveLength(1);
});

test("a shard the host does not have is remembered as absent; a broken shard is a problem, not a failure", async () => {
  const files = sampleConfig();
  files[`${BASE_URL}config/postcodes/GU18.json`] = "{ not json";
  const { loader, fetch } = setup(files);
  const result = await loader.load();
  if (!result.ok) throw new Error(result.reason);
  const problems = await loader.loadShardsFor(result.config.directory, "KT1 1AA and GU18 5AB");
  expect(problems).toEqual([
    expect.stringMatching(/^config\/postcodes\/GU18\.json: \/: is not valid JSON/),
  ]);
  await loader.loadShardsFor(result.config.directory, "KT1 1AA");
  expect(fetch.urls.filter((u) => u.endsWith("KT1.json"))).toHaveLength(1);
});

test("a good fetch is stored in OfficeRuntime.storage", async () => {
  const storage = memoryStorage();
  const { loader } = setup(sampleConfig(), storage);
  await loader.load();
  expect(storage.items.get(storageKey("config/policy.json"))).toBe(sampleConfig()[POLICY_URL]);
  expect(storage.items.get(storageKey("config/directory.json"))).toBe(
    sampleConfig()[DIRECTORY_URL],
  );
});

describe.each([
  ["404", { status: 404 } as const, /config\/policy\.json: HTTP 404/],
  ["network error", new TypeError("Failed to fetch"), /Failed to fetch/],
  ["invalid JSON", '{ "preset": ', /config\/policy\.json: \/: is not valid JSON/],
  [
    "invalid against the schema",
    JSON.stringify({ preset: "surrey-heath-borough-council", whenConfigUnavailable: "sometimes" }),
    /\/whenConfigUnavailable: must be one of "allow", "block"/,
  ],
])("policy.json %s", (_name, served, reason) => {
  test("falls back to the last good copy in storage", async () => {
    const good = sampleConfig();
    const storage = memoryStorage({
      [storageKey("config/policy.json")]: policyText((p) => (p.version = "stored-copy")),
    });
    const files = { ...good, [POLICY_URL]: served };
    const { loader } = setup(files, storage);
    const result = await loader.load();
    if (!result.ok) throw new Error(result.reason);
    expect(result.config.policy.version).toBe("stored-copy");
    expect(result.config.policySource).toBe("storage");
    expect(result.config.directorySource).toBe("network");
    expect(result.config.problems).toEqual([expect.stringMatching(reason)]);
    // The bad file is never stored over the good one.
    expect(storage.items.get(storageKey("config/policy.json"))).toContain("stored-copy");
  });

  test("falls back to the memory copy when one is loaded", async () => {
    const { loader, fetch, advance } = setup();
    await loader.load();
    fetch.files[POLICY_URL] = served;
    advance(6 * 60 * 1000);
    const result = await loader.load();
    expect(result.ok && result.config.policy.version).toBe("2026-11-sample-1");
    expect(result.ok && result.config.policySource).toBe("memory");
  });

  test("with no copy at all, config is unavailable and the default is allow", async () => {
    const { loader } = setup({ ...sampleConfig(), [POLICY_URL]: served });
    const result = await loader.load();
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(reason),
      whenConfigUnavailable: "allow",
    });
  });
});

test("directory unavailable with no copy: the fetched policy's whenConfigUnavailable applies", async () => {
  const { loader } = setup({
    ...sampleConfig(),
    [POLICY_URL]: policyText((p) => (p.whenConfigUnavailable = "block")),
    [DIRECTORY_URL]: { status: 500 },
  });
  const result = await loader.load();
  expect(result).toEqual({
    ok: false,
    reason: "config/directory.json: HTTP 500",
    whenConfigUnavailable: "block",
  });
});

test("a fetch that hangs times out after 1.5 s and the stored copy is used", async () => {
  jest.useFakeTimers();
  const storage = memoryStorage({
    [storageKey("config/policy.json")]: sampleConfig()[POLICY_URL] as string,
  });
  const { loader } = setup({ ...sampleConfig(), [POLICY_URL]: "hang" }, storage);
  const loading = loader.load();
  await jest.advanceTimersByTimeAsync(1500);
  const result = await loading;
  expect(result.ok && result.config.policySource).toBe("storage");
  expect(result.ok && result.config.problems).toEqual([
    "config/policy.json: the host took longer than 1500 ms",
  ]);
});

test("after a failure the copy is trusted for a minute before asking again", async () => {
  const { loader, fetch, advance } = setup();
  await loader.load();
  fetch.files[POLICY_URL] = { status: 503 };
  advance(6 * 60 * 1000);
  await loader.load();
  const asked = () => fetch.urls.filter((u) => u === POLICY_URL).length;
  expect(asked()).toBe(2);
  advance(30 * 1000);
  await loader.load();
  expect(asked()).toBe(2);
  advance(31 * 1000);
  await loader.load();
  expect(asked()).toBe(3);
});

test("overlapping loads share one fetch per file", async () => {
  const { loader, fetch } = setup();
  await Promise.all([loader.load(), loader.load()]);
  expect(fetch.urls).toHaveLength(3);
});

test("a stored copy that no longer validates is not used", async () => {
  const storage = memoryStorage({ [storageKey("config/policy.json")]: '{"preset":"nowhere"}' });
  const { loader } = setup({ ...sampleConfig(), [POLICY_URL]: { status: 404 } }, storage);
  const result = await loader.load();
  expect(result.ok).toBe(false);
});

test("the last known policy's choice is remembered for when loading gives up", async () => {
  const { loader } = setup({
    ...sampleConfig(),
    [POLICY_URL]: policyText((p) => (p.whenConfigUnavailable = "block")),
  });
  expect(loader.lastKnownWhenConfigUnavailable()).toBe("allow");
  await loader.load();
  expect(loader.lastKnownWhenConfigUnavailable()).toBe("block");
});

describe("the preset policy.json names (config/presets/<id>.json, written by the build)", () => {
  test("is resolved under policy.json: the preset's settings, with policy.json's laid over them", async () => {
    const { loader } = setup();
    const result = await loader.load();
    if (!result.ok) throw new Error(result.reason);
    const preset = PRESETS["surrey-heath-borough-council"];
    const policy = result.config.policy;
    expect(policy.short).toBe(preset.short);
    expect(policy.rules["portfolio-holder-copied"].citations).toEqual(
      preset.rules["portfolio-holder-copied"].citations,
    );
    // The sample policy.json turns this option on over the preset.
    expect(policy.rules["bcc-to-members"].overridden).toEqual(["anyBccWhenMemberIsRecipient"]);
  });

  test("once policy.json is known, its preset is fetched alongside it, not after it", async () => {
    const { loader, fetch, advance } = setup();
    await loader.load();
    advance(6 * 60 * 1000);
    fetch.urls.length = 0;
    let policyAnswered = false;
    fetch.mock.mockImplementation((url: string) => {
      fetch.urls.push(url);
      const text = fetch.files[url] as string;
      if (url === POLICY_URL) {
        // Answers only after the preset has been asked for.
        return new Promise((resolve) =>
          setTimeout(() => {
            policyAnswered = true;
            resolve({ ok: true, status: 200, text: async () => text });
          }, 10),
        );
      }
      if (url === PRESET_URL) expect(policyAnswered).toBe(false);
      return Promise.resolve({ ok: true, status: 200, text: async () => text });
    });
    const result = await loader.load();
    expect(result.ok && result.config.presetSource).toBe("network");
    expect(fetch.urls.sort()).toEqual([DIRECTORY_URL, POLICY_URL, PRESET_URL]);
  });

  test("a host that hangs with every file stored: the stored copies, after one fetch timeout", async () => {
    jest.useFakeTimers();
    const files = sampleConfig();
    const storage = memoryStorage();
    for (const path of ["config/policy.json", "config/directory.json", PRESET_PATH]) {
      storage.items.set(storageKey(path), files[`${BASE_URL}${path}`] as string);
      files[`${BASE_URL}${path}`] = "hang";
    }
    const { loader } = setup(files, storage);
    let result: Awaited<ReturnType<ConfigLoader["load"]>> | undefined;
    void loader.load().then((loaded) => (result = loaded));
    // The stored policy.json names the preset, so its fetch starts (and gives up) with the others.
    await jest.advanceTimersByTimeAsync(1500);
    if (!result?.ok) throw new Error(`not loaded after 1.5 s: ${JSON.stringify(result)}`);
    expect([
      result.config.policySource,
      result.config.presetSource,
      result.config.directorySource,
    ]).toEqual(["storage", "storage", "storage"]);
    expect(result.config.problems).toHaveLength(3);
  });

  test("a policy.json naming another preset loads that one", async () => {
    const { loader, fetch, advance } = setup();
    await loader.load();
    fetch.files[POLICY_URL] = policyText((p) => (p.preset = "southwark-council"));
    advance(6 * 60 * 1000);
    const result = await loader.load();
    if (!result.ok) throw new Error(result.reason);
    expect(result.config.policy.preset).toBe("southwark-council");
    expect(result.config.policy.short).toBe("Southwark");
    expect(fetch.urls.filter((u) => u === SOUTHWARK_URL)).toHaveLength(1);
  });

  test("a good fetch is stored in OfficeRuntime.storage", async () => {
    const storage = memoryStorage();
    const { loader } = setup(sampleConfig(), storage);
    await loader.load();
    expect(storage.items.get(storageKey(PRESET_PATH))).toBe(
      presetText("surrey-heath-borough-council"),
    );
  });

  test("a policy.json naming a preset this add-in does not have is refused before any fetch", async () => {
    const { loader, fetch } = setup({
      ...sampleConfig(),
      [POLICY_URL]: policyText((p) => (p.preset = "../directory")),
    });
    const result = await loader.load();
    expect(result.ok).toBe(false);
    expect(
      fetch.urls.filter((u) => !u.endsWith("policy.json") && !u.endsWith("directory.json")),
    ).toEqual([]);
  });

  describe.each([
    ["404", { status: 404 } as const, /presets\/surrey-heath-borough-council\.json: HTTP 404/],
    ["network error", new TypeError("Failed to fetch"), /Failed to fetch/],
    [
      "invalid JSON",
      "<html>Not here</html>",
      /surrey-heath-borough-council\.json: \/: is not valid JSON/,
    ],
    [
      "another preset's file",
      presetText("southwark-council"),
      /surrey-heath-borough-council\.json: \/id: must be one of "surrey-heath-borough-council"/,
    ],
    [
      "damaged",
      JSON.stringify({ ...PRESETS["surrey-heath-borough-council"], rules: {} }),
      /\/rules\/bcc-to-members: must be an object/,
    ],
  ])("the preset file %s", (_name, served, reason) => {
    test("falls back to the last good copy in storage", async () => {
      const storage = memoryStorage({
        [storageKey(PRESET_PATH)]: presetText("surrey-heath-borough-council"),
      });
      const { loader } = setup({ ...sampleConfig(), [PRESET_URL]: served }, storage);
      const result = await loader.load();
      if (!result.ok) throw new Error(result.reason);
      expect(result.config.presetSource).toBe("storage");
      expect(result.config.policySource).toBe("network");
      expect(result.config.policy.preset).toBe("surrey-heath-borough-council");
      expect(result.config.problems).toEqual([expect.stringMatching(reason)]);
    });

    test("falls back to the memory copy when one is loaded", async () => {
      const { loader, fetch, advance } = setup();
      const first = await loader.load();
      fetch.files[PRESET_URL] = served;
      advance(6 * 60 * 1000);
      const result = await loader.load();
      if (!first.ok || !result.ok) throw new Error("not loaded");
      expect(result.config.presetSource).toBe("memory");
      expect(result.config.policy).toBe(first.config.policy);
      expect(result.config.problems).toEqual([expect.stringMatching(reason)]);
    });

    test("with no copy at all, config is unavailable and policy.json's whenConfigUnavailable applies", async () => {
      const files: Record<string, Served> = { ...sampleConfig(), [PRESET_URL]: served };
      expect(await setup(files).loader.load()).toEqual({
        ok: false,
        reason: expect.stringMatching(reason),
        whenConfigUnavailable: "allow",
      });
      files[POLICY_URL] = policyText((p) => (p.whenConfigUnavailable = "block"));
      expect(await setup(files).loader.load()).toEqual({
        ok: false,
        reason: expect.stringMatching(reason),
        whenConfigUnavailable: "block",
      });
    });
  });
});
