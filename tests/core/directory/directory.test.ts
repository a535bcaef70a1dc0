import { Directory, normaliseAddress } from "../../../src/core/directory/directory";
import { loadDirectory } from "../../../src/core/directory/load";
import { smallDirectory } from "./fixtures";

const directory = loadDirectory(smallDirectory(), "test.json");
const ids = (members: readonly { id: string }[]) => members.map((m) => m.id);

describe("normaliseAddress", () => {
  it("lowercases and trims, dropping angle brackets and mailto:", () => {
    expect(normaliseAddress(" <Jane.Doe@Council.Example> ")).toBe("jane.doe@council.example");
    expect(normaliseAddress("mailto:Jane.Doe@council.example")).toBe("jane.doe@council.example");
  });
});

describe("Directory lookups", () => {
  it("finds members and wards by id", () => {
    expect(directory.memberById("jane-doe")?.name).toBe("Jane Doe");
    expect(directory.memberById("nobody")).toBeUndefined();
    expect(directory.wardById("town")?.name).toBe("Town");
    expect(directory.wardById("nowhere")).toBeUndefined();
  });

  it.each([
    "jane.doe+casework@council.example",
    "Jane.Doe+Planning+2026@HomeMail.example",
    '"jane.doe"@council.example',
  ])("finds a member by a plus-address or a quoted local part: %j", (address) => {
    expect(directory.findMemberByAddress(address)?.id).toBe("jane-doe");
  });

  it("a member's own address with a plus is theirs, not the untagged address's", () => {
    const file = smallDirectory();
    file.members.push({
      id: "tagged",
      name: "Tagged Member",
      emails: ["jane.doe+cllr@council.example"],
      wards: ["frimley"],
    });
    const tagged = new Directory(file);
    expect(tagged.findMemberByAddress("jane.doe+cllr@council.example")?.id).toBe("tagged");
    expect(tagged.findMemberByAddress("jane.doe+other@council.example")?.id).toBe("jane-doe");
    expect(tagged.findMemberByAddress("+cllr@council.example")).toBeUndefined();
  });

  it.each([
    "jane.doe@council.example",
    "JANE.DOE@COUNCIL.EXAMPLE",
    "Jane.Doe@Council.Example",
    "jane.doe@homemail.example",
    "JANE.DOE@HOMEMAIL.EXAMPLE",
    " jane.doe@council.example ",
  ])("finds a member by any of their addresses in any case: %j", (address) => {
    expect(directory.findMemberByAddress(address)?.id).toBe("jane-doe");
  });

  it("does not find unknown or partial addresses", () => {
    expect(directory.findMemberByAddress("jane.doe@council")).toBeUndefined();
    expect(directory.findMemberByAddress("doe@council.example")).toBeUndefined();
    expect(directory.findMemberByAddress("")).toBeUndefined();
    expect(directory.findMemberByAddress("all.members@council.example")).toBeUndefined();
  });

  it("finds groups by address in any case", () => {
    expect(directory.findGroupByAddress("All.Members@Council.Example")?.name).toBe("All Members");
    expect(directory.findGroupByAddress("jane.doe@council.example")).toBeUndefined();
  });

  it.each([
    "Jane Doe",
    "Cllr Jane Doe",
    "Councillor Jane Doe",
    "Councillor Jane Doe MBE",
    "Doe, Jane",
    "Doe, Cllr Jane",
    "Jane Doe (Cllr)",
    "JANE DOE",
  ])("finds a member by display name: %j", (name) => {
    expect(ids(directory.findMembersByName(name))).toEqual(["jane-doe"]);
  });

  it("matches names with accents and apostrophes either way", () => {
    expect(ids(directory.findMembersByName("Cllr Zoe OBrien"))).toEqual(["zoe-brien"]);
    expect(ids(directory.findMembersByName("O’Brien, Zoë"))).toEqual(["zoe-brien"]);
  });

  it("never matches part of a name", () => {
    expect(directory.findMembersByName("Jane")).toEqual([]);
    expect(directory.findMembersByName("Doe")).toEqual([]);
    expect(directory.findMembersByName("Jane Doe-Smith")).toEqual([]);
    expect(directory.findMembersByName("")).toEqual([]);
  });

  it("returns every member sharing a name", () => {
    const data = smallDirectory();
    data.members.push({
      id: "jane-doe-2",
      name: "Jane Doe",
      emails: ["jane.doe2@council.example"],
      wards: ["town"],
    });
    const twoJanes = new Directory(data);
    expect(ids(twoJanes.findMembersByName("Cllr Jane Doe"))).toEqual(["jane-doe", "jane-doe-2"]);
  });

  it("does not let callers change its indexes", () => {
    directory.findMembersByName("Jane Doe").pop();
    directory.membersForWard("frimley-green").pop();
    directory.membersOfGroup(directory.groups[0]!).pop();
    expect(directory.findMembersByName("Jane Doe")).toHaveLength(1);
    expect(directory.membersForWard("frimley-green")).toHaveLength(2);
    expect(directory.membersOfGroup(directory.groups[0]!)).toHaveLength(4);
  });
});

describe("groups", () => {
  it("gives all members for an all-members group and the listed ones otherwise", () => {
    const [all, executive] = directory.groups;
    expect(ids(directory.membersOfGroup(all!))).toEqual([
      "jane-doe",
      "amir-khan",
      "zoe-brien",
      "tom-town",
    ]);
    expect(ids(directory.membersOfGroup(executive!))).toEqual(["amir-khan"]);
  });

  it("gives the members of a group object it did not build", () => {
    expect(
      ids(
        directory.membersOfGroup({
          email: "x@y.example",
          name: "X",
          kind: "members",
          members: ["jane-doe", "nobody"],
        }),
      ),
    ).toEqual(["jane-doe"]);
    expect(directory.membersOfGroup({ email: "x@y.example", name: "X", kind: "other" })).toEqual(
      [],
    );
  });

  it("finds groups by name", () => {
    expect(directory.findGroupsByName("all members").map((g) => g.email)).toEqual([
      "all.members@council.example",
    ]);
    expect(directory.findGroupsByName("Members")).toEqual([]);
  });
});

describe("resolve", () => {
  it("resolves a member's address, whatever the name", () => {
    const resolution = directory.resolve({
      name: "Someone Else",
      address: "JANE.DOE@homemail.example",
    });
    expect(resolution.via).toBe("address");
    expect(ids(resolution.members)).toEqual(["jane-doe"]);
    expect(resolution.group).toBeUndefined();
  });

  it("resolves All Members by address", () => {
    const resolution = directory.resolve({ address: "all.members@council.example" });
    expect(resolution.via).toBe("group");
    expect(resolution.group?.kind).toBe("all-members");
    expect(resolution.members).toHaveLength(4);
  });

  it("resolves All Members by name when there is no address", () => {
    const resolution = directory.resolve({ name: "All Members" });
    expect(resolution.via).toBe("group");
    expect(resolution.group?.email).toBe("all.members@council.example");
    expect(resolution.members).toHaveLength(4);
  });

  it("falls back to the name when the address is unknown", () => {
    const resolution = directory.resolve({ name: "Cllr Jane Doe", address: "jane@gmail.example" });
    expect(resolution.via).toBe("name");
    expect(ids(resolution.members)).toEqual(["jane-doe"]);
  });

  it("resolves nobody to no members", () => {
    expect(
      directory.resolve({ name: "Officer Person", address: "officer@council.example" }),
    ).toEqual({ members: [] });
    expect(directory.resolve({})).toEqual({ members: [] });
    expect(directory.resolve({ name: " ", address: " " })).toEqual({ members: [] });
  });
});

describe("wards and postcodes through the directory", () => {
  it("lists the members for a ward", () => {
    expect(ids(directory.membersForWard("frimley-green"))).toEqual(["jane-doe", "tom-town"]);
    expect(directory.membersForWard("nowhere")).toEqual([]);
  });

  it("finds ward mentions", () => {
    expect(directory.findWardMentions("Frimley Green and Town ward").map((m) => m.wardId)).toEqual([
      "frimley-green",
      "town",
    ]);
  });

  it("finds postcodes and their wards from the inline map", () => {
    const postcodes = directory.findPostcodes("at gu166aa");
    expect(postcodes).toEqual([{ postcode: "GU16 6AA", outward: "GU16", index: 3 }]);
    expect(directory.wardForPostcode("GU16 6AA")).toBe("frimley-green");
    expect(directory.wardForPostcode("GU16 7HS")).toBe("frimley");
    expect(directory.missingPostcodeShards(postcodes)).toEqual([]);
    expect(directory.postcodeShardFile("GU16")).toBeUndefined();
  });

  it("loads postcode shards on demand", () => {
    const sharded = loadDirectory({ ...smallDirectory(), postcodes: "postcodes/" }, "test.json");
    const postcodes = sharded.findPostcodes("GU16 6AB and GU15 1AB");
    expect(sharded.missingPostcodeShards(postcodes)).toEqual(["GU16", "GU15"]);
    expect(sharded.postcodeShardFile("GU16")).toBe("postcodes/GU16.json");
    sharded.addPostcodeShard("GU16", { "GU16 6AB": "frimley-green" });
    expect(sharded.missingPostcodeShards(postcodes)).toEqual(["GU15"]);
    expect(sharded.wardForPostcode("gu16 6ab")).toBe("frimley-green");
    expect(sharded.wardForPostcode("GU15 1AB")).toBeUndefined();
  });
});

describe("ignoredPostcodes", () => {
  test("the council's own postcodes are not found, in any spelling", () => {
    const directory = loadDirectory(
      {
        council: "Test",
        updated: "2026-11-01",
        wards: [{ id: "town", name: "Town", ambiguous: true }],
        members: [
          {
            id: "m1",
            name: "Fiona Marsh",
            emails: ["fiona.marsh@council.example"],
            wards: ["town"],
          },
        ],
        ignoredPostcodes: ["gu15 3hd"],
        postcodes: { "GU15 3HD": "town", "GU15 3SY": "town" },
      },
      "directory.json",
    );
    const found = directory.findPostcodes("Knoll Road, Camberley GU153HD; the site is at GU15 3SY");
    expect(found.map((m) => m.postcode)).toEqual(["GU15 3SY"]);
  });
});
