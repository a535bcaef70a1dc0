import { ConfigError } from "../../../src/core/config/errors";
import { Directory } from "../../../src/core/directory/directory";
import { loadDirectory, loadPostcodeShard } from "../../../src/core/directory/load";
import type { DirectoryFile } from "../../../src/core/directory/types";
import { copy, smallDirectory } from "./fixtures";

const FILE = "config/directory.json";

/** The one-line message loading a broken copy of the small directory gives. */
function errorFor(breakIt: (data: any) => void): string {
  const data = copy(smallDirectory()) as any;
  breakIt(data);
  try {
    loadDirectory(data, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error("expected a ConfigError");
}

describe("loadDirectory", () => {
  it("loads a valid directory", () => {
    const directory = loadDirectory(smallDirectory(), FILE);
    expect(directory).toBeInstanceOf(Directory);
    expect(directory.council).toBe("Test Borough Council");
    expect(directory.members).toHaveLength(4);
    expect(directory.groups).toHaveLength(2);
  });

  it("accepts a directory without optional parts, and a $schema key for editors", () => {
    const minimal: DirectoryFile & { $schema: string } = {
      $schema: "./directory.schema.json",
      council: "C",
      updated: "2026-01-31",
      wards: [{ id: "a", name: "A" }],
      members: [{ id: "m1", name: "M One", emails: ["m1@c.example"], wards: [] }],
    };
    const directory = loadDirectory(minimal, FILE);
    expect(directory.groups).toEqual([]);
    expect(directory.missingPostcodeShards(directory.findPostcodes("GU16 6AA"))).toEqual([]);
  });

  it("accepts a shard folder for postcodes", () => {
    expect(() =>
      loadDirectory({ ...smallDirectory(), postcodes: "postcodes/" }, FILE),
    ).not.toThrow();
  });

  it.each<[string, (data: any) => void, string]>([
    [
      "not an object",
      (d) => Object.keys(d).forEach((k) => delete d[k]),
      `${FILE}: /council: is missing`,
    ],
    ["council missing", (d) => delete d.council, `${FILE}: /council: is missing`],
    ["council empty", (d) => (d.council = ""), `${FILE}: /council: must not be empty`],
    ["updated missing", (d) => delete d.updated, `${FILE}: /updated: is missing`],
    [
      "updated not a date",
      (d) => (d.updated = "1/11/2026"),
      `${FILE}: /updated: is not in the expected format`,
    ],
    [
      "updated month 13",
      (d) => (d.updated = "2026-13-01"),
      `${FILE}: /updated: is not in the expected format`,
    ],
    [
      "a misspelt top-level key",
      (d) => (d.member = []),
      `${FILE}: /member: is not a known setting here`,
    ],
    ["wards missing", (d) => delete d.wards, `${FILE}: /wards: is missing`],
    ["no wards", (d) => (d.wards = []), `${FILE}: /wards: must have at least 1 item(s)`],
    ["wards not a list", (d) => (d.wards = {}), `${FILE}: /wards: must be a list`],
    ["ward without id", (d) => delete d.wards[1].id, `${FILE}: /wards/1/id: is missing`],
    [
      "ward id with a space",
      (d) => (d.wards[1].id = "frimley green"),
      `${FILE}: /wards/1/id: is not in the expected format (an id of letters`,
    ],
    [
      "ward with a typo key",
      (d) => (d.wards[3].ambigous = true),
      `${FILE}: /wards/3/ambigous: is not a known setting here`,
    ],
    [
      "ambiguous not boolean",
      (d) => (d.wards[3].ambiguous = "yes"),
      `${FILE}: /wards/3/ambiguous: must be true or false`,
    ],
    [
      "alias listed twice",
      (d) => (d.wards[1].aliases = ["X", "X"]),
      `${FILE}: /wards/1/aliases: must not contain the same item twice`,
    ],
    [
      "duplicate ward id",
      (d) => (d.wards[2].id = "frimley"),
      `${FILE}: /wards/2/id: the ward id "frimley" is already used at /wards/0/id`,
    ],
    [
      "ward name with no words",
      (d) => (d.wards[0].name = " - "),
      `${FILE}: /wards/0/name: has no letters or digits to look for`,
    ],
    [
      "alias with no words",
      (d) => (d.wards[1].aliases = ["-"]),
      `${FILE}: /wards/1/aliases/0: has no letters or digits to look for`,
    ],
    ["no members", (d) => (d.members = []), `${FILE}: /members: must have at least 1 item(s)`],
    [
      "member without emails",
      (d) => delete d.members[0].emails,
      `${FILE}: /members/0/emails: is missing`,
    ],
    [
      "member with no emails",
      (d) => (d.members[0].emails = []),
      `${FILE}: /members/0/emails: must have at least 1 item(s)`,
    ],
    [
      "an email without @",
      (d) => (d.members[1].emails[0] = "amir.khan"),
      `${FILE}: /members/1/emails/0: is not in the expected format (an email address`,
    ],
    [
      "an email with a display name",
      (d) => (d.members[1].emails[0] = "Amir <amir@c.example>"),
      `${FILE}: /members/1/emails/0: is not in the expected format`,
    ],
    [
      "member wards missing",
      (d) => delete d.members[2].wards,
      `${FILE}: /members/2/wards: is missing`,
    ],
    [
      "member typo key",
      (d) => (d.members[0].email = "x@y.example"),
      `${FILE}: /members/0/email: is not a known setting here`,
    ],
    [
      "unknown role kind",
      (d) => (d.members[1].roles[0].kind = "cabinet"),
      `${FILE}: /members/1/roles/0/kind: must be one of "leader", "deputy-leader", "portfolio-holder", "committee-chair", "group-leader", "mayor", "other"`,
    ],
    [
      "role without title",
      (d) => delete d.members[1].roles[0].title,
      `${FILE}: /members/1/roles/0/title: is missing`,
    ],
    [
      "duplicate member id",
      (d) => (d.members[3].id = "jane-doe"),
      `${FILE}: /members/3/id: the member id "jane-doe" is already used at /members/0/id`,
    ],
    [
      "unknown member ward",
      (d) => (d.members[3].wards[1] = "frimley-gren"),
      `${FILE}: /members/3/wards/1: no ward has the id "frimley-gren"`,
    ],
    [
      "an address on two members, any case",
      (d) => d.members[3].emails.push("JANE.DOE@council.example"),
      `${FILE}: /members/3/emails/1: the address "JANE.DOE@council.example" is already listed at /members/0/emails/0`,
    ],
    [
      "the same address twice on one member, different case",
      (d) => d.members[1].emails.push("Amir.Khan@council.example"),
      `${FILE}: /members/1/emails/1: the address "Amir.Khan@council.example" is already listed at /members/1/emails/0`,
    ],
    [
      "group kind unknown",
      (d) => (d.groups[0].kind = "everyone"),
      `${FILE}: /groups/0/kind: must be one of "all-members", "members", "other"`,
    ],
    [
      "members group without members",
      (d) => delete d.groups[1].members,
      `${FILE}: /groups/1/members: is missing`,
    ],
    [
      "group email invalid",
      (d) => (d.groups[0].email = "all members"),
      `${FILE}: /groups/0/email: is not in the expected format`,
    ],
    [
      "unknown group member",
      (d) => (d.groups[1].members = ["amir-khan", "nobody"]),
      `${FILE}: /groups/1/members/1: no member has the id "nobody"`,
    ],
    [
      "group address that is a member's",
      (d) => (d.groups[1].email = "Amir.Khan@council.example"),
      `${FILE}: /groups/1/email: the address "Amir.Khan@council.example" is already listed at /members/1/emails/0`,
    ],
    [
      "postcodes a number",
      (d) => (d.postcodes = 5),
      `${FILE}: /postcodes: must be an object or a string`,
    ],
    [
      "postcode folder without a slash",
      (d) => (d.postcodes = "postcodes"),
      `${FILE}: /postcodes: is not in the expected format (a folder ending in "/"`,
    ],
    [
      "malformed postcode key",
      (d) => (d.postcodes = { "GU16 XYZ": "frimley" }),
      `${FILE}: /postcodes/GU16 XYZ: is not in the expected format (a full UK postcode`,
    ],
    [
      "postcode with impossible letters",
      (d) => (d.postcodes = { "GU16 6CI": "frimley" }),
      `${FILE}: /postcodes/GU16 6CI: "GU16 6CI" is not a valid UK postcode`,
    ],
    [
      "postcode listed twice",
      (d) => (d.postcodes = { "GU16 6AA": "frimley", gu166aa: "frimley" }),
      `${FILE}: /postcodes/gu166aa: the postcode GU16 6AA is already listed at /postcodes/GU16 6AA`,
    ],
    [
      "postcode of an unknown ward",
      (d) => (d.postcodes["GU16 6AA"] = "frimley-gren"),
      `${FILE}: /postcodes/GU16 6AA: no ward has the id "frimley-gren"`,
    ],
  ])("reports %s with the file and JSON pointer", (_what, breakIt, expected) => {
    expect(errorFor(breakIt)).toContain(expected);
  });

  it("reports a document that is not an object", () => {
    expect(() => loadDirectory([], FILE)).toThrow(`${FILE}: /: must be an object`);
    expect(() => loadDirectory(null, FILE)).toThrow(`${FILE}: /: must be an object`);
  });
});

describe("loadPostcodeShard", () => {
  const directory = loadDirectory(smallDirectory(), FILE);

  it("returns a valid shard", () => {
    const shard = loadPostcodeShard(
      { "GU16 6AB": "frimley-green" },
      "config/postcodes/GU16.json",
      directory,
    );
    expect(shard).toEqual({ "GU16 6AB": "frimley-green" });
  });

  it.each<[unknown, string]>([
    [[], "config/postcodes/GU16.json: /: must be an object"],
    [
      { "GU16 6A": "frimley" },
      "config/postcodes/GU16.json: /GU16 6A: is not in the expected format",
    ],
    [{ "GU16 6AB": 3 }, "config/postcodes/GU16.json: /GU16 6AB: must be a string"],
    [
      { "GU16 6AB": "nowhere" },
      'config/postcodes/GU16.json: /GU16 6AB: no ward has the id "nowhere"',
    ],
  ])("rejects %j", (json, expected) => {
    expect(() => loadPostcodeShard(json, "config/postcodes/GU16.json", directory)).toThrow(
      expected,
    );
  });
});
