/**
 * The on-send script's shape checks (src/core/config/schemas.on-send.ts, swapped in for ajv by
 * the launch-event build): every file ajv accepts passes, and the damage that would break a rule
 * is refused with the file and field named, so the handler falls back to the last good copy.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as full from "../../../src/core/config/schemas";
import * as onSend from "../../../src/core/config/schemas.on-send";

const CONFIG = join(__dirname, "..", "..", "..", "config");
const read = (file: string): unknown => JSON.parse(readFileSync(join(CONFIG, file), "utf8"));

describe("on-send shape checks", () => {
  test("accept the sample council's files, as the full schema check does", () => {
    const policy = read("policy.json");
    const directory = read("directory.json");
    expect(onSend.checkPolicyFile(policy, "policy.json")).toBe(
      full.checkPolicyFile(policy, "policy.json"),
    );
    expect(onSend.checkDirectoryFile(directory, "directory.json")).toBe(
      full.checkDirectoryFile(directory, "directory.json"),
    );
    for (const shard of readdirSync(join(CONFIG, "postcodes")).filter((f) => f.endsWith(".json"))) {
      const json = read(join("postcodes", shard));
      expect(onSend.checkPostcodeShard(json, shard)).toBe(full.checkPostcodeShard(json, shard));
    }
  });

  test.each([
    ["not an object", [], ""],
    ["no preset", { rules: {} }, "/preset"],
    // It names the file fetched next (config/presets/<id>.json): only the add-in's own presets.
    ["an unknown preset", { preset: "../directory" }, "/preset"],
    [
      "an unknown severity",
      { preset: "southwark-council", rules: { "bcc-to-members": { severity: "blocker" } } },
      "/rules/bcc-to-members/severity",
    ],
    [
      "options that are not an object",
      { preset: "southwark-council", rules: { "bcc-to-members": { options: [] } } },
      "/rules/bcc-to-members/options",
    ],
    [
      "a bad whenConfigUnavailable",
      { preset: "southwark-council", whenConfigUnavailable: "maybe" },
      "/whenConfigUnavailable",
    ],
  ])("refuse a policy with %s, naming the field", (_label, json, path) => {
    expect(() => onSend.checkPolicyFile(json, "config/policy.json")).toThrow(
      expect.objectContaining({ file: "config/policy.json", path }),
    );
    expect(() => full.checkPolicyFile(json, "config/policy.json")).toThrow();
  });

  const directory = read("directory.json") as {
    members: Record<string, unknown>[];
    wards: unknown[];
  };
  test.each([
    ["members missing", { ...directory, members: undefined }, "/members"],
    [
      "a member without emails",
      { ...directory, members: [{ ...directory.members[0], emails: "x@y.example" }] },
      "/members/0/emails",
    ],
    ["a ward without a name", { ...directory, wards: [{ id: "town" }] }, "/wards/0/name"],
    [
      "a role without a kind",
      { ...directory, members: [{ ...directory.members[0], roles: [{ title: "Leader" }] }] },
      "/members/0/roles/0/kind",
    ],
    ["postcodes that are a number", { ...directory, postcodes: 3 }, "/postcodes"],
  ])("refuse a directory with %s, naming the field", (_label, json, path) => {
    expect(() => onSend.checkDirectoryFile(json, "config/directory.json")).toThrow(
      expect.objectContaining({ file: "config/directory.json", path }),
    );
    expect(() => full.checkDirectoryFile(json, "config/directory.json")).toThrow();
  });

  test("refuse a shard whose ward is not a string", () => {
    expect(() => onSend.checkPostcodeShard({ "GU16 6AA": 7 }, "GU16.json")).toThrow(
      expect.objectContaining({ path: "/GU16 6AA" }),
    );
  });
});
