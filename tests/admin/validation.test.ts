import { ConfigError, type PolicyFile } from "../../src/core";
import {
  checkDirectory,
  checkPolicy,
  checkShards,
  describeLocation,
  isAt,
  tabForError,
} from "../../src/admin/state/validation";
import { sampleDirectory, samplePolicy, sampleShard } from "./sample";

describe("validation with core's own checks", () => {
  test("the sample files are valid", () => {
    expect(checkPolicy(samplePolicy()).ok).toBe(true);
    expect(checkDirectory(sampleDirectory()).ok).toBe(true);
  });

  test("a bad severity gives the CLI's message, located for a person", () => {
    const policy = {
      ...samplePolicy(),
      rules: { "bcc-to-members": { severity: "sometimes" } },
    } as unknown as PolicyFile;
    const result = checkPolicy(policy);
    if (result.ok) throw new Error("expected an error");
    expect(result.error.message).toBe(
      'policy.json: /rules/bcc-to-members/severity: must be one of "off", "inform", "warn", "block"',
    );
    expect(describeLocation(result.error, policy, sampleDirectory())).toBe(
      "Policy › Blind copies to members › severity",
    );
    expect(tabForError(result.error)).toBe("policy");
  });

  test("undefined properties are ignored, as in the written file", () => {
    expect(checkPolicy({ ...samplePolicy(), council: undefined }).ok).toBe(true);
  });

  test("directory problems: where, and which tab", () => {
    const dir = sampleDirectory();
    dir.members[2] = { ...dir.members[2]!, wards: ["nowhere"] };
    const result = checkDirectory(dir);
    if (result.ok) throw new Error("expected an error");
    expect(result.error.reason).toBe('no ward has the id "nowhere"');
    expect(describeLocation(result.error, samplePolicy(), dir)).toBe(
      "Members › Victoria Lane › wards 1",
    );
    expect(tabForError(result.error)).toBe("members");
    expect(tabForError(new ConfigError("directory.json", "/wards/0/aliases/1", "x"))).toBe("wards");
    expect(tabForError(new ConfigError("postcodes/GU16.json", "/GU16 6AA", "x"))).toBe("postcodes");
    expect(isAt("/members/2/wards/0", "/members/2")).toBe(true);
    expect(isAt("/members/20", "/members/2")).toBe(false);
  });

  test("shards are checked against the directory's wards", () => {
    const dir = checkDirectory(sampleDirectory());
    if (!dir.ok) throw new Error("sample invalid");
    expect(checkShards({ GU16: sampleShard("GU16") }, dir.value)).toEqual([]);
    const [error] = checkShards({ GU16: { "GU16 6AA": "atlantis" } }, dir.value);
    expect(error?.message).toBe('postcodes/GU16.json: /GU16 6AA: no ward has the id "atlantis"');
  });
});
