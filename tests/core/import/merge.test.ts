import { loadDirectory } from "../../../src/core/directory/load";
import { directoryFromCsv, directoryFromModernGov } from "../../../src/core/import";
import { baseDirectory, fixture, memberNamed } from "./fixtures";

const XML = fixture("surrey-heath-GetCouncillorsByWard.xml");

describe("merging a ModernGov export into a base directory", () => {
  const base = baseDirectory();
  const { directory, warnings } = directoryFromModernGov(XML, { base, updated: "2026-11-01" });
  const messages = warnings.map((w) => `${w.member ?? ""}: ${w.message}`);

  it("starts from a valid base and makes a valid directory", () => {
    expect(() => loadDirectory(baseDirectory(), "base.json")).not.toThrow();
    expect(() => loadDirectory(directory, "directory.json")).not.toThrow();
  });

  it("takes the council, notes and $schema from the base, and the new date", () => {
    expect(directory.council).toBe("Surrey Heath Borough Council");
    expect(directory.notes).toBe(base.notes);
    expect((directory as { $schema?: string }).$schema).toBe(
      "../../../config/directory.schema.json",
    );
    expect(directory.updated).toBe("2026-11-01");
  });

  it("keeps the base's wards (ids, names, aliases, flags) first, then adds the new ones", () => {
    expect(directory.wards.slice(0, base.wards.length)).toEqual(base.wards);
    expect(directory.wards.slice(base.wards.length).map((w) => w.id)).toEqual([
      "bisley-and-west-end",
      "old-dean",
      "frimley",
      "windlesham-and-chobham",
      "lightwater",
      "parkside",
      "watchetts",
    ]);
  });

  it('matches "St Michaels" to the base\'s "St Michael\'s" and keeps its id', () => {
    expect(memberNamed(directory, "Eleanor Whitcombe").wards).toEqual(["st-michaels"]);
    expect(directory.wards.filter((w) => /michael/i.test(w.name))).toHaveLength(1);
  });

  it("keeps a member's id when an address matches, and the base's extra addresses", () => {
    const ashdown = memberNamed(directory, "Harriet Ashdown");
    expect(ashdown.id).toBe("m-ashdown");
    expect(ashdown.emails).toEqual([
      "harriet.ashdown@surreyheath-council.example",
      "harriet@ashdown-home.example",
    ]);
    // The export decides the roles.
    expect(ashdown.roles?.map((r) => r.title)).toEqual([
      "Leader of the Council",
      "Portfolio Holder for Strategy and Governance",
    ]);
  });

  it("keeps a member's id when the name and ward match though the address changed", () => {
    const whitcombe = memberNamed(directory, "Eleanor Whitcombe");
    expect(whitcombe.id).toBe("m-whitcombe");
    expect(whitcombe.emails).toEqual([
      "Eleanor.Whitcombe@SurreyHeath-Council.example",
      "e.whitcombe@old-address.example",
    ]);
  });

  it("keeps the base's address for a member the export gives none, with a warning", () => {
    expect(memberNamed(directory, "Oliver Bramley")).toMatchObject({
      id: "m-bramley",
      emails: ["oliver.bramley@surreyheath-council.example"],
      wards: ["heatherside"],
    });
    expect(messages).toContain(
      "Oliver Bramley: no email address in the export: kept the base directory's",
    );
  });

  it("leaves out base members not in the export and drops them from groups, with warnings", () => {
    expect(directory.members.some((m) => m.id === "m-departed")).toBe(false);
    expect(directory.groups).toEqual([
      base.groups?.[0],
      { ...base.groups?.[1], members: ["m-ashdown"] },
    ]);
    expect(messages).toContain(
      ': Departed Member ("m-departed") of the base directory is not in the export: left out',
    );
    expect(messages).toContain(
      ': the group "Planning Committee members" no longer lists "m-departed"',
    );
  });

  it("keeps postcodes and ignoredPostcodes, and the wards they refer to", () => {
    expect(directory.postcodes).toEqual(base.postcodes);
    expect(directory.ignoredPostcodes).toEqual(["GU15 3HD"]);
    expect(directory.wards.some((w) => w.id === "st-pauls")).toBe(true);
    expect(messages).toContain(
      ': the ward "St Paul\'s" ("st-pauls") of the base directory is not in the export: kept',
    );
  });

  it("does not change the base it was given", () => {
    expect(base).toEqual(baseDirectory());
  });

  it("gives the same ids when run again on its own output (a scheduled sync does not churn)", () => {
    const again = directoryFromModernGov(XML, { base: directory, updated: "2026-12-01" }).directory;
    expect(again.members.map((m) => m.id)).toEqual(directory.members.map((m) => m.id));
    expect(again.wards).toEqual(directory.wards);
    expect({ ...again, updated: directory.updated }).toEqual(directory);
  });

  it("--council overrides the base's council name", () => {
    const { directory: renamed } = directoryFromModernGov(XML, { base, council: "SHBC" });
    expect(renamed.council).toBe("SHBC");
  });
});

describe("merging a CSV into a base directory", () => {
  it("keeps the base's party and roles when the CSV has no such columns", () => {
    const { directory } = directoryFromCsv(
      "name,email,ward\nHarriet Ashdown,harriet.ashdown@surreyheath-council.example,Bagshot\n",
      { base: baseDirectory(), updated: "2026-11-01" },
    );
    expect(memberNamed(directory, "Harriet Ashdown")).toEqual({
      id: "m-ashdown",
      name: "Harriet Ashdown",
      emails: ["harriet.ashdown@surreyheath-council.example", "harriet@ashdown-home.example"],
      wards: ["bagshot"],
      party: "Conservative",
      roles: [{ kind: "leader", title: "Leader of the Council" }],
    });
  });

  it("takes the id column as the member's identity, and never hands a base id to a newcomer", () => {
    const { directory, warnings } = directoryFromCsv(
      "id,name,email,ward\n" +
        "harriet,Harriet Ashdown,harriet.ashdown@surreyheath-council.example,Bagshot\n" +
        ",Oliver Bramley,oliver.bramley@surreyheath-council.example,Heatherside\n" +
        ",M Departed,m.departed@surreyheath-council.example,Bagshot\n" +
        "harriet,Jane Doe,jane.doe@surreyheath-council.example,Bagshot\n",
      { base: baseDirectory(), updated: "2026-11-01" },
    );
    expect(directory.members.map((m) => [m.name, m.id])).toEqual([
      ["Harriet Ashdown", "harriet"],
      ["Oliver Bramley", "m-bramley"],
      // "m-departed" was the departed member's id: a newcomer gets another.
      ["M Departed", "m-departed-2"],
      ["Jane Doe", "jane-doe"],
    ]);
    // The renamed member keeps the base's data, found by address.
    expect(memberNamed(directory, "Harriet Ashdown").emails).toContain(
      "harriet@ashdown-home.example",
    );
    expect(warnings).toContainEqual({
      line: 5,
      member: "Jane Doe",
      message: 'the id "harriet" is already given to another member: not used',
    });
    expect(() => loadDirectory(directory, "directory.json")).not.toThrow();
  });

  it("reads an id column naming a base member as that member, even under a new name", () => {
    const { directory } = directoryFromCsv(
      "id,name,email,ward\nm-bramley,Olly Bramley,olly@surreyheath-council.example,Heatherside\n",
      { base: baseDirectory(), updated: "2026-11-01" },
    );
    expect(memberNamed(directory, "Olly Bramley")).toMatchObject({
      id: "m-bramley",
      emails: ["olly@surreyheath-council.example", "oliver.bramley@surreyheath-council.example"],
    });
  });

  it("leaves out an address that is a base group's address", () => {
    const { directory, warnings } = directoryFromCsv(
      "name,email,ward\nJane Doe,all.members@surreyheath-council.example;jane@x.example,Bagshot\n",
      { base: baseDirectory(), updated: "2026-11-01" },
    );
    expect(memberNamed(directory, "Jane Doe").emails).toEqual(["jane@x.example"]);
    expect(warnings).toContainEqual({
      line: 2,
      member: "Jane Doe",
      message:
        '"all.members@surreyheath-council.example" is a member group\'s address in the base directory: left out',
    });
    expect(() => loadDirectory(directory, "directory.json")).not.toThrow();
  });
});
