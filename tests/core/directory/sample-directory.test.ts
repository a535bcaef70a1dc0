import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parseJson } from "../../../src/core/config/json";
import { loadDirectory, loadPostcodeShard } from "../../../src/core/directory/load";

/** The sample council shipped in config/: it must load, and other engineers' fixtures rely on its people. */
const CONFIG = join(__dirname, "../../../config");
const readJson = (file: string) =>
  parseJson(readFileSync(join(CONFIG, file), "utf8"), `config/${file}`);
const directory = loadDirectory(readJson("directory.json"), "config/directory.json");

describe("config/directory.json", () => {
  it("is the sample Surrey Heath council with 14 wards and 35 members", () => {
    expect(directory.council).toBe("Surrey Heath Borough Council (sample)");
    expect(directory.wards).toHaveLength(14);
    expect(directory.members).toHaveLength(35);
  });

  it("has members for every ward, two or three each", () => {
    for (const ward of directory.wards) {
      const count = directory.membersForWard(ward.id).length;
      expect([ward.id, count >= 2 && count <= 3]).toEqual([ward.id, true]);
    }
  });

  it("uses slugs for ward ids, never GSS-like codes", () => {
    for (const ward of directory.wards) expect(ward.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("marks only Town as ambiguous", () => {
    expect(directory.wards.filter((w) => w.ambiguous).map((w) => w.id)).toEqual(["town"]);
  });

  it.each<[string, string, string, string | undefined, string | undefined]>([
    [
      "Jane Doe",
      "jane.doe@surreyheath-council.example",
      "frimley-green",
      "Liberal Democrats",
      undefined,
    ],
    [
      "Amir Khan",
      "amir.khan@surreyheath-council.example",
      "heatherside",
      undefined,
      "Portfolio Holder for Planning",
    ],
    [
      "Sarah Whitfield",
      "sarah.whitfield@surreyheath-council.example",
      "lightwater",
      undefined,
      "Leader of the Council",
    ],
    [
      "Robert Hughes",
      "robert.hughes@surreyheath-council.example",
      "frimley-green",
      "Conservative",
      undefined,
    ],
    [
      "Helen Ashby",
      "helen.ashby@surreyheath-council.example",
      "frimley-green",
      "Independent",
      undefined,
    ],
    [
      "David Okafor",
      "david.okafor@surreyheath-council.example",
      "mytchett-and-deepcut",
      undefined,
      undefined,
    ],
  ])("has %s, whom other fixtures rely on", (name, address, ward, party, roleTitle) => {
    const member = directory.findMemberByAddress(address);
    expect(member?.name).toBe(name);
    expect(member?.wards).toEqual([ward]);
    if (party) expect(member?.party).toBe(party);
    if (roleTitle) expect(member?.roles?.map((r) => r.title)).toContain(roleTitle);
    expect(directory.findMembersByName(`Cllr ${name}`)).toEqual([member]);
  });

  it("gives Jane Doe a second, personal address and no cabinet role", () => {
    const jane = directory.findMemberByAddress("jane.doe@homemail.example");
    expect(jane?.emails[0]).toBe("jane.doe@surreyheath-council.example");
    expect(jane?.roles ?? []).toEqual([]);
  });

  it("has the roles the rules look for", () => {
    const kinds = directory.members.flatMap((m) => (m.roles ?? []).map((r) => r.kind));
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect(count("leader")).toBe(1);
    expect(count("deputy-leader")).toBe(1);
    expect(count("portfolio-holder")).toBe(6);
    expect(count("committee-chair")).toBe(3);
    expect(count("mayor")).toBe(1);
    expect(count("group-leader")).toBeGreaterThanOrEqual(3);
  });

  it("has All Members and an Executive of the leader, deputy and portfolio holders", () => {
    const all = directory.resolve({ address: "All.Members@surreyheath-council.example" });
    expect(all.group?.kind).toBe("all-members");
    expect(all.members).toHaveLength(35);
    const executive = directory.findGroupByAddress("executive@surreyheath-council.example");
    const cabinet = directory.members.filter((m) =>
      m.roles?.some((r) => ["leader", "deputy-leader", "portfolio-holder"].includes(r.kind)),
    );
    expect(directory.membersOfGroup(executive!)).toEqual(cabinet);
  });

  it("finds its wards in text, with the aliases chosen", () => {
    const wardIds = (text: string) => directory.findWardMentions(text).map((m) => m.wardId);
    expect(wardIds("Road closure in Frimley Green")).toEqual(["frimley-green"]);
    expect(wardIds("St Michaels and St Paul’s")).toEqual(["st-michaels", "st-pauls"]);
    expect(wardIds("Deepcut and Chobham")).toEqual([
      "mytchett-and-deepcut",
      "windlesham-and-chobham",
    ]);
    expect(wardIds("Bisley and West End")).toEqual(["bisley-and-west-end"]);
    expect(wardIds("a show in the West End")).toEqual([]);
    expect(wardIds("in town")).toEqual([]);
    expect(wardIds("Town ward")).toEqual(["town"]);
  });

  it("says the postcodes are illustrative", () => {
    expect(directory.notes).toMatch(/illustrative, not ONS/);
  });
});

describe("config/postcodes shards", () => {
  const shardFiles = readdirSync(join(CONFIG, "postcodes")).filter((f) => f.endsWith(".json"));

  it("has a shard for each Surrey Heath outward code", () => {
    expect(shardFiles.sort()).toEqual([
      "GU15.json",
      "GU16.json",
      "GU18.json",
      "GU19.json",
      "GU20.json",
      "GU24.json",
    ]);
  });

  it.each(shardFiles)("%s is valid, holds only its outward code, and loads", (shardFile) => {
    const outward = shardFile.replace(/\.json$/, "");
    const shard = loadPostcodeShard(
      readJson(`postcodes/${shardFile}`),
      `config/postcodes/${shardFile}`,
      directory,
    );
    const postcodes = directory.findPostcodes(Object.keys(shard).join(" "));
    expect(postcodes).toHaveLength(Object.keys(shard).length);
    for (const { postcode, outward: found } of postcodes) {
      expect([postcode, found]).toEqual([postcode, outward]);
    }
  });

  it("puts some postcodes in every ward", () => {
    const wardsWithPostcodes = new Set<string>();
    for (const shardFile of shardFiles) {
      const shard = loadPostcodeShard(readJson(`postcodes/${shardFile}`), shardFile, directory);
      for (const wardId of Object.values(shard)) wardsWithPostcodes.add(wardId);
    }
    expect([...wardsWithPostcodes].sort()).toEqual(directory.wards.map((w) => w.id).sort());
  });

  it("resolves a postcode once its shard is loaded", () => {
    const sample = loadDirectory(readJson("directory.json"), "config/directory.json");
    const mentions = sample.findPostcodes("Flooding near gu16 6aa");
    expect(sample.missingPostcodeShards(mentions)).toEqual(["GU16"]);
    expect(sample.postcodeShardFile("GU16")).toBe("postcodes/GU16.json");
    sample.addPostcodeShard(
      "GU16",
      loadPostcodeShard(readJson("postcodes/GU16.json"), "GU16.json", sample),
    );
    expect(sample.wardForPostcode(mentions[0]!.postcode)).toBe("frimley-green");
    expect(sample.missingPostcodeShards(mentions)).toEqual([]);
  });
});
