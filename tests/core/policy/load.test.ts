import fs from "fs";
import path from "path";
import { ConfigError } from "../../../src/core/config/errors";
import { loadPolicy, loadPolicyText, resolvePreset } from "../../../src/core/policy/load";
import { PRESETS } from "../../../src/core/policy/presets";
import { PRESET_IDS, RULE_IDS } from "../../../src/core/policy/types";

const FILE = "config/policy.json";
const SAMPLE = path.resolve(__dirname, "../../../config/policy.json");

/** The ConfigError thrown for `json`, as the CLI would print it. */
function errorFor(json: unknown): ConfigError {
  try {
    loadPolicy(json, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("resolvePreset", () => {
  it.each(PRESET_IDS)("gives %s exactly as the preset sets it, nothing overridden", (id) => {
    const policy = resolvePreset(id);
    const preset = PRESETS[id];
    expect(policy.preset).toBe(id);
    expect(policy.council).toBe(preset.council);
    expect(policy.short).toBe(preset.short);
    expect(policy.whenConfigUnavailable).toBe("allow");
    for (const ruleId of RULE_IDS) {
      expect(policy.rules[ruleId]).toEqual({ ...preset.rules[ruleId], overridden: [] });
    }
  });

  it("returns copies: changing the resolved policy leaves the preset alone", () => {
    const policy = resolvePreset("west-suffolk-council");
    policy.rules["local-members-not-copied"].options.triggerWords.push("fete");
    policy.rules["bcc-to-members"].citations[0]!.quote = "changed";
    const preset = PRESETS["west-suffolk-council"].rules;
    expect(preset["local-members-not-copied"].options.triggerWords).not.toContain("fete");
    expect(preset["bcc-to-members"].citations[0]!.quote).not.toBe("changed");
  });
});

describe("the sample council's policy.json", () => {
  const policy = loadPolicyText(fs.readFileSync(SAMPLE, "utf8"), FILE);

  it("loads on the Surrey Heath preset with its own name, version and date", () => {
    expect(policy.preset).toBe("surrey-heath-borough-council");
    expect(policy.council).toBe("Surrey Heath Borough Council (sample)");
    expect(policy.short).toBe("Surrey Heath");
    expect(policy.version).toBe("2026-11-sample-1");
    expect(policy.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(policy.whenConfigUnavailable).toBe("allow");
  });

  it("records its deliberate overrides, and only those", () => {
    expect(policy.rules["bcc-to-members"].overridden).toEqual(["anyBccWhenMemberIsRecipient"]);
    expect(policy.rules["local-members-not-copied"].overridden).toEqual(["triggerWords"]);
    expect(policy.rules["member-enquiry-forwarded"].overridden).toEqual([]);
    expect(policy.rules["portfolio-holder-copied"].overridden).toEqual([]);
  });

  it("keeps the preset's words and adds its own", () => {
    const preset = PRESETS["surrey-heath-borough-council"].rules["local-members-not-copied"];
    const words = policy.rules["local-members-not-copied"].options.triggerWords;
    expect(words).toEqual([...preset.options.triggerWords, "traffic regulation order"]);
  });
});

describe("merging policy.json over its preset", () => {
  const base = resolvePreset("west-suffolk-council");

  it("overrides a severity and keeps the options and citations", () => {
    const policy = loadPolicy(
      { preset: "west-suffolk-council", rules: { "bcc-to-members": { severity: "block" } } },
      FILE,
    );
    expect(policy.rules["bcc-to-members"]).toEqual({
      ...base.rules["bcc-to-members"],
      severity: "block",
      overridden: ["severity"],
    });
  });

  it("overrides one option and keeps the others and the severity", () => {
    const policy = loadPolicy(
      {
        preset: "west-suffolk-council",
        rules: { "bcc-to-members": { options: { anyBccWhenMemberIsRecipient: true } } },
      },
      FILE,
    );
    const rule = policy.rules["bcc-to-members"];
    expect(rule.severity).toBe(base.rules["bcc-to-members"].severity);
    expect(rule.options).toEqual({
      anyBccWhenMemberIsRecipient: true,
      matchCllrDisplayNames: true,
    });
    expect(rule.overridden).toEqual(["anyBccWhenMemberIsRecipient"]);
  });

  it("replaces a word list rather than adding to it", () => {
    const policy = loadPolicy(
      {
        preset: "west-suffolk-council",
        rules: { "local-members-not-copied": { options: { caseworkWords: ["blue badge"] } } },
      },
      FILE,
    );
    const rule = policy.rules["local-members-not-copied"];
    expect(rule.options.caseworkWords).toEqual(["blue badge"]);
    expect(rule.options.triggerWords).toEqual(
      base.rules["local-members-not-copied"].options.triggerWords,
    );
    expect(rule.overridden).toEqual(["caseworkWords"]);
  });

  it("leaves rules it does not name exactly as the preset has them", () => {
    const policy = loadPolicy(
      {
        preset: "west-suffolk-council",
        rules: { "member-enquiry-forwarded": { severity: "off", options: { chainThreshold: 5 } } },
      },
      FILE,
    );
    expect(policy.rules["member-enquiry-forwarded"]).toMatchObject({
      severity: "off",
      options: { chainThreshold: 5 },
      overridden: ["severity", "chainThreshold"],
    });
    for (const id of [
      "bcc-to-members",
      "portfolio-holder-copied",
      "local-members-not-copied",
    ] as const) {
      expect(policy.rules[id]).toEqual(base.rules[id]);
    }
  });

  it("does not count a setting restated at the preset's value as overridden", () => {
    const policy = loadPolicy(
      {
        preset: "surrey-heath-borough-council",
        rules: {
          "bcc-to-members": { severity: "block" },
          "portfolio-holder-copied": {
            options: { roleKinds: ["leader", "deputy-leader", "portfolio-holder"] },
          },
        },
      },
      FILE,
    );
    expect(policy.rules["bcc-to-members"].overridden).toEqual([]);
    expect(policy.rules["portfolio-holder-copied"].overridden).toEqual([]);
  });

  it("takes the council name and whenConfigUnavailable from the file, else the preset", () => {
    const plain = loadPolicy({ preset: "southwark-council" }, FILE);
    expect(plain.council).toBe("Southwark Council");
    expect(plain.whenConfigUnavailable).toBe("allow");
    expect(plain).not.toHaveProperty("version");
    const named = loadPolicy(
      {
        preset: "southwark-council",
        council: "London Borough of Southwark",
        whenConfigUnavailable: "block",
      },
      FILE,
    );
    expect(named.council).toBe("London Borough of Southwark");
    expect(named.whenConfigUnavailable).toBe("block");
  });

  it("accepts an empty rule entry and the editor's $schema and notes fields", () => {
    const policy = loadPolicy(
      {
        $schema: "./policy.schema.json",
        notes: "Agreed by the Monitoring Officer.",
        preset: "southwark-council",
        rules: { "bcc-to-members": {} },
      },
      FILE,
    );
    expect(policy).toEqual(resolvePreset("southwark-council"));
  });
});

describe("validation errors name the file and the JSON path in one line", () => {
  const rules = (entry: Record<string, unknown>) => ({
    preset: "surrey-county-council",
    rules: entry,
  });

  it.each<[string, unknown, string, RegExp]>([
    ["an array", [], "/", /^must be an object$/],
    ["null", null, "/", /^must be an object$/],
    ["a string", "surrey-county-council", "/", /^must be an object$/],
    ["no preset", {}, "/preset", /^is missing$/],
    [
      "an unknown preset",
      { preset: "surrey" },
      "/preset",
      /^must be one of "surrey-county-council", "surrey-heath-borough-council", /,
    ],
    [
      "a misspelt top-level key",
      { preset: "southwark-council", rule: {} },
      "/rule",
      /^is not a known setting here/,
    ],
    [
      "an unknown rule id",
      rules({ "bcc-to-member": {} }),
      "/rules/bcc-to-member",
      /^is not a known setting here \(expected one of "bcc-to-members", /,
    ],
    [
      "an unknown rule setting",
      rules({ "bcc-to-members": { level: "warn" } }),
      "/rules/bcc-to-members/level",
      /^is not a known setting here/,
    ],
    [
      "an unknown option",
      rules({ "bcc-to-members": { options: { anyBcc: true } } }),
      "/rules/bcc-to-members/options/anyBcc",
      /^is not a known setting here \(expected one of "anyBccWhenMemberIsRecipient", "matchCllrDisplayNames"\)$/,
    ],
    [
      "another rule's option",
      rules({ "bcc-to-members": { options: { chainThreshold: 3 } } }),
      "/rules/bcc-to-members/options/chainThreshold",
      /^is not a known setting here/,
    ],
    [
      "a wrong severity",
      rules({ "bcc-to-members": { severity: "error" } }),
      "/rules/bcc-to-members/severity",
      /^must be one of "off", "inform", "warn", "block"$/,
    ],
    [
      "a severity in capitals",
      rules({ "bcc-to-members": { severity: "Block" } }),
      "/rules/bcc-to-members/severity",
      /^must be one of "off", /,
    ],
    [
      "a boolean option as text",
      rules({ "bcc-to-members": { options: { matchCllrDisplayNames: "yes" } } }),
      "/rules/bcc-to-members/options/matchCllrDisplayNames",
      /^must be true or false$/,
    ],
    [
      "chainThreshold as text",
      rules({ "member-enquiry-forwarded": { options: { chainThreshold: "3" } } }),
      "/rules/member-enquiry-forwarded/options/chainThreshold",
      /^must be a whole number$/,
    ],
    [
      "chainThreshold a fraction",
      rules({ "member-enquiry-forwarded": { options: { chainThreshold: 2.5 } } }),
      "/rules/member-enquiry-forwarded/options/chainThreshold",
      /^must be a whole number$/,
    ],
    [
      "chainThreshold too small",
      rules({ "member-enquiry-forwarded": { options: { chainThreshold: 1 } } }),
      "/rules/member-enquiry-forwarded/options/chainThreshold",
      /^must be 2 or more$/,
    ],
    [
      "chainThreshold too large",
      rules({ "member-enquiry-forwarded": { options: { chainThreshold: 51 } } }),
      "/rules/member-enquiry-forwarded/options/chainThreshold",
      /^must be 50 or less$/,
    ],
    [
      "a word list as text",
      rules({ "local-members-not-copied": { options: { triggerWords: "consultation" } } }),
      "/rules/local-members-not-copied/options/triggerWords",
      /^must be a list$/,
    ],
    [
      "a number in a word list",
      rules({ "local-members-not-copied": { options: { caseworkWords: ["x", 3] } } }),
      "/rules/local-members-not-copied/options/caseworkWords/1",
      /^must be a string$/,
    ],
    [
      "an empty word",
      rules({ "portfolio-holder-copied": { options: { enquiryWords: [""] } } }),
      "/rules/portfolio-holder-copied/options/enquiryWords/0",
      /^must not be empty$/,
    ],
    [
      "a blank word",
      rules({ "portfolio-holder-copied": { options: { enquiryWords: ["  "] } } }),
      "/rules/portfolio-holder-copied/options/enquiryWords/0",
      /^is not in the expected format/,
    ],
    [
      "an unknown role kind",
      rules({ "portfolio-holder-copied": { options: { roleKinds: ["cabinet"] } } }),
      "/rules/portfolio-holder-copied/options/roleKinds/0",
      /^must be one of "leader", /,
    ],
    [
      "no role kinds",
      rules({ "portfolio-holder-copied": { options: { roleKinds: [] } } }),
      "/rules/portfolio-holder-copied/options/roleKinds",
      /^must have at least 1 item/,
    ],
    [
      "addTo bcc",
      rules({ "local-members-not-copied": { options: { addTo: "bcc" } } }),
      "/rules/local-members-not-copied/options/addTo",
      /^must be one of "cc", "to"$/,
    ],
    [
      "options not an object",
      rules({ "bcc-to-members": { options: true } }),
      "/rules/bcc-to-members/options",
      /^must be an object$/,
    ],
    [
      "a date in another format",
      { preset: "southwark-council", updated: "01/11/2026" },
      "/updated",
      /^is not in the expected format \(.*YYYY-MM-DD/,
    ],
    [
      "an impossible month",
      { preset: "southwark-council", updated: "2026-13-01" },
      "/updated",
      /^is not in the expected format/,
    ],
    [
      "an unknown fallback",
      { preset: "southwark-council", whenConfigUnavailable: "warn" },
      "/whenConfigUnavailable",
      /^must be one of "allow", "block"$/,
    ],
  ])("%s", (_what, json, pointer, reason) => {
    const error = errorFor(json);
    expect(error.file).toBe(FILE);
    expect(error.path || "/").toBe(pointer);
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`${FILE}: ${pointer}: ${error.reason}`);
    expect(error.message).not.toContain("\n");
  });

  it("reports the exact message the CLI prints for a wrong severity", () => {
    expect(() => loadPolicy(rules({ "bcc-to-members": { severity: "error" } }), FILE)).toThrow(
      'config/policy.json: /rules/bcc-to-members/severity: must be one of "off", "inform", "warn", "block"',
    );
  });

  it("reports JSON that does not parse, naming the file", () => {
    expect(() => loadPolicyText('{ "preset": ', "policy.json")).toThrow(
      /^policy\.json: \/: is not valid JSON/,
    );
  });
});
