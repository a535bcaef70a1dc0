import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDirectory } from "../../../src/core/directory/load";
import { DIRECTORY_CSV_TEMPLATE, directoryFromCsv } from "../../../src/core/import";
import { ImportError } from "../../../src/core/import/errors";
import { OPTIONS, baseDirectory, fixture, memberNamed } from "./fixtures";

const ROOT = join(__dirname, "..", "..", "..");

describe("directoryFromCsv on a member list (BOM, CRLF, blank lines, extra columns)", () => {
  const { directory, warnings } = directoryFromCsv(fixture("members.csv"), OPTIONS);

  it("makes a directory the add-in loads", () => {
    expect(() => loadDirectory(directory, "directory.json")).not.toThrow();
    expect(directory.members.map((m) => m.id)).toEqual([
      "harriet-ashdown",
      "tobias-renwick",
      "priya-anand",
      "nia",
      "daniel-hughes",
      "fiona-hartley",
      "eleanor-whitcombe",
    ]);
  });

  it("reads headers in any case and spelling, warning once about the columns it ignores", () => {
    expect(warnings[0]).toEqual({ line: 1, message: 'ignored column(s) "Phone", "Home Address"' });
    expect(JSON.stringify(directory)).not.toMatch(/01276|Bracken/);
  });

  it("reads several addresses and wards separated by ';'", () => {
    expect(memberNamed(directory, "Harriet Ashdown").emails).toEqual([
      "harriet.ashdown@surreyheath-council.example",
      "harriet@ashdown-home.example",
    ]);
    expect(memberNamed(directory, "Daniel Hughes").wards).toEqual([
      "mytchett-and-deepcut",
      "frimley",
    ]);
  });

  it('reads roles as "kind: title", keeping commas in quoted titles', () => {
    expect(memberNamed(directory, "Harriet Ashdown").roles).toEqual([
      { kind: "leader", title: "Leader of the Council" },
      { kind: "portfolio-holder", title: "Portfolio Holder for Strategy, Governance and Legal" },
    ]);
    expect(memberNamed(directory, "Nia O'Sullivan").roles).toEqual([
      { kind: "mayor", title: "Mayor" },
    ]);
  });

  it("works out the kind of a role given only as a title, leaving shadow posts out", () => {
    expect(memberNamed(directory, "Tobias Renwick").roles).toEqual([
      { kind: "committee-chair", title: "Chairman of the Planning Applications Committee" },
      { kind: "other", title: "Vice-Chairman of the Licensing Committee" },
    ]);
    expect(memberNamed(directory, "Priya Anand").roles).toEqual([
      { kind: "group-leader", title: "Leader of the Liberal Democrat Group" },
    ]);
    expect(warnings).toContainEqual({
      line: 5,
      member: "Priya Anand",
      message:
        '"Shadow Portfolio Holder for Finance" is not a role (shadow posts are not): left out',
    });
  });

  it("warns about an unknown role kind and works the kind out from the title", () => {
    expect(memberNamed(directory, "Daniel Hughes").roles).toEqual([
      { kind: "portfolio-holder", title: "Cabinet Member for Environment" },
    ]);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        line: 8,
        member: "Daniel Hughes",
        message: expect.stringMatching(/^"cabinet-member" is not a role kind/),
      }),
    );
  });

  it("keeps a valid id from the id column and warns about one that cannot be an id", () => {
    expect(memberNamed(directory, "Nia O'Sullivan").id).toBe("nia");
    expect(memberNamed(directory, "Eleanor Whitcombe").id).toBe("eleanor-whitcombe");
    expect(warnings).toContainEqual(
      expect.objectContaining({
        line: 13,
        message: expect.stringMatching(/^"bad id!" cannot be an id/),
      }),
    );
  });

  it("names the line of a row without a name, and of a member without a usable address", () => {
    expect(warnings).toContainEqual({ line: 10, message: "no name: row left out" });
    expect(warnings).toContainEqual({
      line: 9,
      member: "Samuel Okafor",
      message: '"samuel okafor at surreyheath-council.example" is not an email address: left out',
    });
    expect(warnings).toContainEqual({
      line: 9,
      member: "Samuel Okafor",
      message:
        "no usable email address: left out (a member without an address can never be recognised)",
    });
  });

  it("makes one member of rows for the same person in two wards", () => {
    const hartley = memberNamed(directory, "Fiona Hartley");
    expect(hartley.wards).toEqual(["heatherside", "parkside"]);
    expect(hartley.roles?.map((r) => r.kind)).toEqual(["committee-chair", "group-leader"]);
  });

  it("omits a blank party", () => {
    expect(memberNamed(directory, "Eleanor Whitcombe").party).toBeUndefined();
    expect(memberNamed(directory, "Priya Anand").party).toBe("Liberal Democrats");
  });

  it("gives a ward named with an apostrophe an id without one", () => {
    expect(directory.wards.find((w) => w.name === "St Michael's")?.id).toBe("st-michaels");
  });
});

describe("directoryFromCsv details", () => {
  it("reads a file without a BOM, with LF line ends and without optional columns", () => {
    const { directory, warnings } = directoryFromCsv(
      "name,email,ward\nJane Doe,jane.doe@council.example,Frimley Green\n",
      OPTIONS,
    );
    expect(warnings).toEqual([]);
    expect(directory.members).toEqual([
      {
        id: "jane-doe",
        name: "Jane Doe",
        emails: ["jane.doe@council.example"],
        wards: ["frimley-green"],
      },
    ]);
  });

  it("warns when two people are given the same address", () => {
    const { directory, warnings } = directoryFromCsv(
      "name,email,ward\nJane Doe,shared@council.example,Bagshot\n" +
        "John Smith,shared@council.example;john@council.example,Bagshot\n",
      OPTIONS,
    );
    expect(memberNamed(directory, "John Smith").emails).toEqual(["john@council.example"]);
    expect(warnings).toEqual([
      {
        line: 3,
        member: "John Smith",
        message: '"shared@council.example" is also given for Jane Doe: kept there, left out here',
      },
    ]);
  });

  it("warns about a member with no ward but keeps them", () => {
    const { directory, warnings } = directoryFromCsv(
      "name,email,ward\nJane Doe,jane@council.example,Bagshot\nJohn Smith,john@council.example,\n",
      OPTIONS,
    );
    expect(memberNamed(directory, "John Smith").wards).toEqual([]);
    expect(warnings).toEqual([{ line: 3, member: "John Smith", message: "no ward given" }]);
  });

  it("names a ward of the base directory by its id", () => {
    const { directory } = directoryFromCsv(
      "name,email,ward\nJane Doe,jane@council.example,mytchett-and-deepcut\n",
      { ...OPTIONS, base: baseDirectory() },
    );
    expect(memberNamed(directory, "Jane Doe").wards).toEqual(["mytchett-and-deepcut"]);
  });

  it.each([
    [
      "no email column",
      fixture("members-no-email-column.csv"),
      /^members\.csv: line 1: no "email" column \(the columns are "Name", "Ward", "Party"/,
    ],
    [
      "no ward column",
      "name,email\nJane,jane@x.example\n",
      /^members\.csv: line 1: no "ward" column/,
    ],
    ["nothing at all", "", /^members\.csv: is empty \(no header row\)/],
    ["only blank lines", "\r\n\r\n", /^members\.csv: is empty/],
    ["only a header row", "name,email,ward\r\n", /^members\.csv: lists no members/],
    [
      "an unterminated quote",
      'name,email,ward\nJane,"jane@x.example,Town\n',
      /^members\.csv: line 2: is not valid CSV/,
    ],
    [
      "no member with an address",
      "name,email,ward\nJane,,Town\n",
      /^members\.csv: no councillor has a usable email address/,
    ],
  ])("throws a one-line ImportError for %s", (_name, csv, message) => {
    expect(() => directoryFromCsv(csv, { ...OPTIONS, source: "members.csv" })).toThrow(ImportError);
    expect(() => directoryFromCsv(csv, { ...OPTIONS, source: "members.csv" })).toThrow(message);
  });
});

describe("DIRECTORY_CSV_TEMPLATE", () => {
  it("is the file config/templates/directory-template.csv", () => {
    expect(readFileSync(join(ROOT, "config", "templates", "directory-template.csv"), "utf8")).toBe(
      DIRECTORY_CSV_TEMPLATE,
    );
  });

  it("is a header row and two example rows of invented people at .example domains", () => {
    const lines = DIRECTORY_CSV_TEMPLATE.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("name,emails,wards,party,roles");
    for (const email of DIRECTORY_CSV_TEMPLATE.match(/[^\s,;@"]+@[^\s,;"]+/g) ?? []) {
      expect(email).toMatch(/\.example$/);
    }
  });

  it("imports without warnings into a directory the add-in loads", () => {
    const { directory, warnings } = directoryFromCsv(DIRECTORY_CSV_TEMPLATE, OPTIONS);
    expect(warnings).toEqual([]);
    expect(() => loadDirectory(directory, "directory.json")).not.toThrow();
    expect(directory.members.map((m) => m.roles?.map((r) => r.kind))).toEqual([
      ["leader", "portfolio-holder"],
      ["committee-chair"],
    ]);
  });
});
