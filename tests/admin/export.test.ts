import { strFromU8, unzipSync } from "fflate";
import { loadDirectory, loadPolicy } from "../../src/core";
import { buildZip, checklistText, exportFiles, zipName } from "../../src/admin/export/bundle";
import { sampleDirectory, samplePolicy, sampleShard } from "./sample";

describe("export", () => {
  test("the zip holds the two files, the shards and the checklist, and round-trips", () => {
    const files = exportFiles(samplePolicy(), sampleDirectory(), { GU16: sampleShard("GU16") });
    const unzipped = unzipSync(buildZip(files));
    expect(Object.keys(unzipped).sort()).toEqual([
      "PUBLISH-CHECKLIST.txt",
      "directory.json",
      "policy.json",
      "postcodes/GU16.json",
    ]);
    const text = (name: string) => strFromU8(unzipped[name]!);
    expect(text("policy.json").endsWith("}\n")).toBe(true);
    expect(loadPolicy(JSON.parse(text("policy.json")), "policy.json").preset).toBe(
      "surrey-heath-borough-council",
    );
    expect(
      loadDirectory(JSON.parse(text("directory.json")), "directory.json").members,
    ).toHaveLength(35);
    expect(JSON.parse(text("postcodes/GU16.json"))).toEqual(sampleShard("GU16"));
  });

  test("the checklist tells IT what to do and what not to", () => {
    const withShards = checklistText({ shards: 2 });
    expect(withShards).toMatch(/1\. Keep a copy/);
    expect(withShards).toMatch(/Copy the 2 postcode file\(s\) in postcodes\//);
    expect(withShards).toMatch(/member-mail-check check/);
    expect(withShards).toMatch(/No change to manifest\.xml/);
    expect(withShards).toMatch(/within a few minutes/);
    expect(checklistText({ shards: 0 })).toMatch(
      /leave config\/postcodes\/ on the server as it is/,
    );
    expect(zipName(new Date("2026-11-23T10:00:00Z"))).toBe(
      "member-mail-check-config-2026-11-23.zip",
    );
  });
});
