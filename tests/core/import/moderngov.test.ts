import { loadDirectory } from "../../../src/core/directory/load";
import fc from "fast-check";
import { directoryFromModernGov } from "../../../src/core/import";
import { districtPrefix } from "../../../src/core/import/moderngov";
import { ImportError } from "../../../src/core/import/errors";
import { OPTIONS, fixture, memberNamed, modernGovXml, wardXml } from "./fixtures";

const SURREY_HEATH = fixture("surrey-heath-GetCouncillorsByWard.xml");

describe("directoryFromModernGov on a district export (Surrey Heath, synthetic people)", () => {
  const { directory, warnings } = directoryFromModernGov(SURREY_HEATH, OPTIONS);
  const messages = warnings.map((w) => `${w.member ?? ""}: ${w.message}`);

  it("makes a directory the add-in loads", () => {
    expect(() => loadDirectory(directory, "directory.json")).not.toThrow();
    expect(directory.council).toBe("Test Council");
    expect(directory.updated).toBe("2026-11-01");
  });

  it("makes a ward per exported ward, with slug ids, in export order", () => {
    expect(directory.wards.map((w) => [w.id, w.name])).toEqual([
      ["bagshot", "Bagshot"],
      ["bisley-and-west-end", "Bisley & West End"],
      ["frimley-green", "Frimley Green"],
      ["heatherside", "Heatherside"],
      ["old-dean", "Old Dean"],
      ["st-michaels", "St Michaels"],
      ["town", "Town"],
      ["mytchett-and-deepcut", "Mytchett & Deepcut"],
      ["frimley", "Frimley"],
      ["windlesham-and-chobham", "Windlesham & Chobham"],
      ["lightwater", "Lightwater"],
      ["parkside", "Parkside"],
      ["watchetts", "Watchetts"],
    ]);
  });

  it("marks a ward named by an everyday word as ambiguous, and says so", () => {
    expect(directory.wards.find((w) => w.id === "town")?.ambiguous).toBe(true);
    expect(directory.wards.filter((w) => w.ambiguous)).toHaveLength(1);
    expect(messages).toContain(
      ': the ward name "Town" is also an everyday word: marked "ambiguous", so only "Town ward" counts',
    );
  });

  it("strips councillor titles and post-nominals from names", () => {
    expect(memberNamed(directory, "Tobias Renwick").id).toBe("tobias-renwick");
    expect(memberNamed(directory, "Priya Anand").wards).toEqual(["bisley-and-west-end"]);
    expect(memberNamed(directory, "Nia O'Sullivan").id).toBe("nia-osullivan");
    expect(directory.members.some((m) => /cllr|councillor/i.test(m.name))).toBe(false);
  });

  it("trims a work email written with spaces around it", () => {
    expect(memberNamed(directory, "Tobias Renwick").emails).toEqual([
      "tobias.renwick@surreyheath-council.example",
    ]);
  });

  it("uses the home email only when the work email is blank, with a warning", () => {
    expect(memberNamed(directory, "Gareth Llewellyn-Price").emails).toEqual([
      "gareth.llewellynprice@home.example",
    ]);
    expect(messages).toContain(
      "Gareth Llewellyn-Price: no work email address: using the home email address",
    );
    // A personal address beside a work address is not carried over.
    expect(memberNamed(directory, "Harriet Ashdown").emails).toEqual([
      "harriet.ashdown@surreyheath-council.example",
    ]);
    expect(memberNamed(directory, "Priya Anand").emails).toEqual([
      "priya.anand@surreyheath-council.example",
    ]);
  });

  it("leaves out a councillor whose work and home emails are blank or whitespace, naming them", () => {
    expect(directory.members.some((m) => m.name === "Oliver Bramley")).toBe(false);
    expect(messages).toContain(
      "Oliver Bramley: no usable email address: left out (a member without an address can never be recognised)",
    );
  });

  it("never carries home addresses, phone numbers or photos into the directory", () => {
    const json = JSON.stringify(directory);
    for (const text of [
      "Bracken Close",
      "GU19 5ZZ",
      "01276",
      "07700",
      "h.ashdown.private@home.example",
      "priya@anand-family.example",
      "Wharf Road",
      "photo",
      "UserData",
    ]) {
      expect(json).not.toContain(text);
    }
  });

  it("maps several key posts per member to roles, keeping the post text as the title", () => {
    expect(memberNamed(directory, "Harriet Ashdown").roles).toEqual([
      { kind: "leader", title: "Leader of the Council" },
      { kind: "portfolio-holder", title: "Portfolio Holder for Strategy and Governance" },
    ]);
    expect(memberNamed(directory, "Eleanor Whitcombe").roles).toEqual([
      { kind: "deputy-leader", title: "Deputy Leader of the Council" },
      { kind: "portfolio-holder", title: "Portfolio Holder for Planning and People" },
    ]);
    expect(memberNamed(directory, "Tobias Renwick").roles).toEqual([
      { kind: "committee-chair", title: "Chairman of the Planning Applications Committee" },
      { kind: "other", title: "Vice-Chairman of the Licensing Committee" },
    ]);
    expect(memberNamed(directory, "Nia O'Sullivan").roles).toEqual([
      { kind: "mayor", title: "Mayor" },
    ]);
    expect(memberNamed(directory, "Zoë Marchetti").roles?.map((r) => r.kind)).toEqual([
      "portfolio-holder",
      "portfolio-holder",
    ]);
  });

  it("leaves shadow posts out of the roles", () => {
    expect(memberNamed(directory, "Priya Anand").roles).toEqual([
      { kind: "group-leader", title: "Leader of the Liberal Democrat Group" },
    ]);
    expect(memberNamed(directory, "Fiona Hartley").roles).toEqual([
      { kind: "group-leader", title: "Labour Group Leader" },
      { kind: "committee-chair", title: "Chair of the Audit and Standards Committee" },
    ]);
    expect(memberNamed(directory, "Samuel Okafor").roles).toEqual([
      { kind: "other", title: "Opposition Spokesperson for Housing" },
    ]);
    expect(JSON.stringify(directory)).not.toMatch(/shadow/i);
  });

  it("omits an unknown party and a member without key posts has no roles", () => {
    const tran = memberNamed(directory, "Marcus Tran");
    expect(tran.party).toBeUndefined();
    expect(memberNamed(directory, "Gareth Llewellyn-Price").roles).toBeUndefined();
    expect(memberNamed(directory, "Gareth Llewellyn-Price").party).toBe("Independent");
  });

  it("makes one member of a councillor listed in two wards", () => {
    const hughes = directory.members.filter((m) => m.name === "Daniel Hughes");
    expect(hughes).toHaveLength(1);
    expect(hughes[0]?.wards).toEqual(["mytchett-and-deepcut", "frimley"]);
    expect(hughes[0]?.roles).toHaveLength(1);
  });

  it("warns when two councillors share an address, keeping it on the first", () => {
    expect(memberNamed(directory, "Marcus Tran").emails).toEqual([
      "marcus.tran@surreyheath-council.example",
    ]);
    expect(messages).toContain(
      'Rachel Finch: "marcus.tran@surreyheath-council.example" is also given for Marcus Tran: kept there, left out here',
    );
    expect(directory.members.some((m) => m.name === "Rachel Finch")).toBe(false);
  });

  it("leaves out a vacant seat", () => {
    expect(directory.members.some((m) => /vacan/i.test(m.name))).toBe(false);
    expect(messages).toContain("Vacancy: a vacant seat in Town: left out");
  });

  it("lists 14 members, all with an address", () => {
    expect(directory.members).toHaveLength(14);
    expect(directory.members.every((m) => m.emails.length > 0)).toBe(true);
  });
});

describe("entity-encoded ward names (Sefton's St Anne's & Kingsway)", () => {
  const { directory } = directoryFromModernGov(
    fixture("st-annes-GetCouncillorsByWard.xml"),
    OPTIONS,
  );

  it('decodes "St Anne&apos;s &amp; Kingsway" to "St Anne\'s & Kingsway", also when encoded twice', () => {
    expect(directory.wards).toEqual([
      { id: "st-annes-and-kingsway", name: "St Anne's & Kingsway" },
    ]);
    expect(directory.members.map((m) => m.wards)).toEqual([
      ["st-annes-and-kingsway"],
      ["st-annes-and-kingsway"],
    ]);
    expect(() => loadDirectory(directory, "directory.json")).not.toThrow();
  });

  it("decodes entities in key posts too", () => {
    expect(memberNamed(directory, "Kathleen Molyneux").roles).toEqual([
      { kind: "portfolio-holder", title: "Cabinet Member - Regeneration & Skills" },
    ]);
  });

  it("matches the decoded name in a draft, as the add-in will", () => {
    const loaded = loadDirectory(directory, "directory.json");
    const mentions = loaded.findWardMentions(
      "Residents of St Anne's and Kingsway have written in.",
    );
    expect(mentions.map((m) => m.wardId)).toEqual(["st-annes-and-kingsway"]);
  });
});

describe("county divisions exported with a district prefix (Surrey County Council)", () => {
  const { directory, warnings } = directoryFromModernGov(
    fixture("surrey-county-GetCouncillorsByWard.xml"),
    { ...OPTIONS, council: "Surrey County Council" },
  );

  it('names the division without the district ("Surrey Heath - Camberley East" → "Camberley East")', () => {
    expect(directory.wards).toEqual([
      { id: "camberley-east", name: "Camberley East" },
      { id: "camberley-west", name: "Camberley West" },
      { id: "heatherside-and-parkside", name: "Heatherside and Parkside" },
      { id: "hersham", name: "Hersham" },
    ]);
    expect(warnings).toEqual([]);
    expect(() => loadDirectory(directory, "directory.json")).not.toThrow();
  });

  it('reads "Elmbridge: Hersham" as a district prefix from the councillor\'s <districttitle>', () => {
    expect(memberNamed(directory, "Lucy Trevithick").wards).toEqual(["hersham"]);
    expect(memberNamed(directory, "Lucy Trevithick").party).toBe("Residents' Association");
  });

  it("finds the division in a draft whether or not the district is written", () => {
    const loaded = loadDirectory(directory, "directory.json");
    for (const text of ["a pothole in Camberley East", "Surrey Heath - Camberley East division"]) {
      expect(loaded.findWardMentions(text).map((m) => m.wardId)).toEqual(["camberley-east"]);
    }
  });

  it("maps the Chairman of a county council to kind mayor", () => {
    expect(memberNamed(directory, "Lucy Trevithick").roles).toEqual([
      { kind: "mayor", title: "Chairman of the Council" },
    ]);
  });

  it('leaves a lone " - " in a ward name alone when nothing says it is a district', () => {
    const xml = modernGovXml(
      wardXml("Abbey - Riverside", ["Jane Doe", "jane.doe@council.example"]) +
        wardXml("Frimley", ["John Smith", "john.smith@council.example"]),
    );
    expect(directoryFromModernGov(xml, OPTIONS).directory.wards.map((w) => w.name)).toEqual([
      "Abbey - Riverside",
      "Frimley",
    ]);
  });

  it("keeps the district when two districts have divisions of the same name", () => {
    const xml = modernGovXml(
      wardXml("Elmbridge - Walton", ["Jane Doe", "jane.doe@council.example"]) +
        wardXml("Elmbridge - Hersham", ["Ann Lee", "ann.lee@council.example"]) +
        wardXml("Tandridge - Walton", ["John Smith", "john.smith@council.example"]) +
        wardXml("Tandridge - Oxted", ["Raj Patel", "raj.patel@council.example"]),
    );
    const { directory: result } = directoryFromModernGov(xml, OPTIONS);
    expect(result.wards.map((w) => w.name)).toEqual([
      "Elmbridge - Walton",
      "Hersham",
      "Tandridge - Walton",
      "Oxted",
    ]);
    expect(() => loadDirectory(result, "directory.json")).not.toThrow();
  });
});

describe("directoryFromModernGov edge cases", () => {
  it('drops a trailing "Ward" from a ward title', () => {
    const xml = modernGovXml(wardXml("Bagshot Ward", ["Jane Doe", "jane.doe@council.example"]));
    expect(directoryFromModernGov(xml, OPTIONS).directory.wards).toEqual([
      { id: "bagshot", name: "Bagshot" },
    ]);
  });

  it("keeps wards with no councillors (a vacant ward is still a ward)", () => {
    const xml = modernGovXml(
      wardXml("Bagshot", ["Jane Doe", "jane.doe@council.example"]) +
        "<ward><wardtitle>Lightwater</wardtitle><councillors></councillors></ward>",
    );
    expect(directoryFromModernGov(xml, OPTIONS).directory.wards.map((w) => w.id)).toEqual([
      "bagshot",
      "lightwater",
    ]);
  });

  it("finds the export inside a SOAP envelope", () => {
    const xml =
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>' +
      "<GetCouncillorsByWardResponse><GetCouncillorsByWardResult>" +
      modernGovXml(wardXml("Bagshot", ["Jane Doe", "jane.doe@council.example"])).replace(
        /^<\?xml[^>]*>\n/,
        "",
      ) +
      "</GetCouncillorsByWardResult></GetCouncillorsByWardResponse></soap:Body></soap:Envelope>";
    expect(directoryFromModernGov(xml, OPTIONS).directory.members.map((m) => m.id)).toEqual([
      "jane-doe",
    ]);
  });

  it("warns about an email field that is not an address", () => {
    const xml = modernGovXml(
      wardXml("Bagshot", ["Jane Doe", "jane.doe at council.example; jane.doe@council.example"]),
    );
    const { directory, warnings } = directoryFromModernGov(xml, OPTIONS);
    expect(directory.members[0]?.emails).toEqual(["jane.doe@council.example"]);
    expect(warnings).toEqual([
      {
        member: "Jane Doe",
        message: '"jane.doe at council.example" is not an email address: left out',
      },
    ]);
  });

  it("gives two different people with the same name different ids", () => {
    const xml = modernGovXml(
      wardXml("Bagshot", ["John Smith", "john.smith@council.example"]) +
        wardXml("Frimley", ["John Smith", "j.smith@council.example"]),
    );
    const { directory } = directoryFromModernGov(xml, OPTIONS);
    expect(directory.members.map((m) => [m.id, m.wards])).toEqual([
      ["john-smith", ["bagshot"]],
      ["john-smith-2", ["frimley"]],
    ]);
  });

  it('defaults "updated" to today and "council" to "" with a warning', () => {
    const xml = modernGovXml(wardXml("Bagshot", ["Jane Doe", "jane.doe@council.example"]));
    const { directory, warnings } = directoryFromModernGov(xml);
    expect(directory.updated).toBe(new Date().toISOString().slice(0, 10));
    expect(directory.council).toBe("");
    expect(warnings.map((w) => w.message)).toContain(
      'no council name given: set "council" before using the directory',
    );
  });
});

describe("directoryFromModernGov on unusable input", () => {
  it.each([
    ["text that is not XML", "name,email\nJane,jane@x.example", /is not well-formed XML/],
    [
      "XML with a broken tag",
      "<councillorsbyward><wards></councillorsbyward>",
      /line 1: is not well-formed XML/,
    ],
    [
      "another XML document",
      "<committees><committee/></committees>",
      /no <councillorsbyward> element/,
    ],
    [
      "an export without councillors",
      modernGovXml("<ward><wardtitle>Bagshot</wardtitle></ward>"),
      /lists no councillors/,
    ],
    [
      "an export where no councillor has an address",
      modernGovXml(wardXml("Bagshot", ["Jane Doe", " "])),
      /no councillor has a usable email address/,
    ],
  ])("throws an ImportError naming the file for %s", (_name, xml, reason) => {
    let error: unknown;
    try {
      directoryFromModernGov(xml, { ...OPTIONS, source: "export.xml" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^export\.xml: /);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain("\n");
  });
});

describe("district prefixes in ward titles", () => {
  // The expression before the rewrite: its lazy name and the spaces and rest after it could
  // trade characters.
  const OLD = /^(.+?)\s*(?::|\s[-\u2013\u2014]\s)\s*(.+)$/;

  it.each([
    ["Surrey Heath - Camberley East", ["Surrey Heath", "Camberley East"]],
    ["Elmbridge: Hersham", ["Elmbridge", "Hersham"]],
    ["Tandridge \u2013 Oxted", ["Tandridge", "Oxted"]],
    ["Frimley Green", undefined],
    ["Bisley-West End", undefined],
  ])("%j", (title, expected) => {
    expect(districtPrefix(title)).toEqual(expected);
  });

  it("splits titles as the old expression did", () => {
    const piece = fc.constantFrom("Surrey", "Heath", " ", "  ", "-", "\u2013", ":", "x", "\t");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const title = pieces.join("");
        const old = OLD.exec(title);
        expect(districtPrefix(title)).toEqual(old ? [old[1], old[2]] : undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a 50,000-character title of spaces and colons in one pass", () => {
    expect(districtPrefix("x" + " ".repeat(50_000) + "-x")).toBeUndefined();
    expect(districtPrefix("x" + ":".repeat(50_000))?.[0]).toBe("x");
  });
});
