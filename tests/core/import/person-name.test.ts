import fc from "fast-check";
import { MAX_NAME_LENGTH, cleanMemberName, isVacancy } from "../../../src/core/import/person-name";
import { cleanText } from "../../../src/core/import/text";
import { normaliseName } from "../../../src/core/directory/names";

describe("cleanMemberName", () => {
  it.each([
    ["Councillor Jane Doe", "Jane Doe"],
    ["Cllr Jane Doe", "Jane Doe"],
    ["Cllr. Dr. Jane Doe MBE", "Jane Doe"],
    ["Councillor Mrs Priya Anand", "Priya Anand"],
    ["Councillor Nia O&apos;Sullivan", "Nia O'Sullivan"],
    ["Councillor Gareth Llewellyn-Price JP", "Gareth Llewellyn-Price"],
    ["  Cllr   Sir  John   Smith, OBE ", "John Smith"],
    ["Councillor Jane Doe (Mayor)", "Jane Doe"],
    ["Zoë Marchetti", "Zoë Marchetti"],
    ["Dr Who", "Who"],
    ["Councillor", "Councillor"],
  ])("%j → %j", (raw, name) => {
    expect(cleanMemberName(raw)).toBe(name);
  });

  it("gives names the directory's matching treats as the exported display name", () => {
    for (const raw of ["Councillor Jane Doe", "Cllr Dr Jane Doe MBE", "Cllr Mrs Priya Anand"]) {
      expect(normaliseName(cleanMemberName(raw))).toBe(normaliseName(raw));
    }
  });

  it("recognises vacant seats", () => {
    expect(isVacancy("Vacancy")).toBe(true);
    expect(isVacancy("Vacant seat")).toBe(true);
    expect(isVacancy("Vance Smith")).toBe(false);
  });
});

describe("cleanMemberName on damaged exports", () => {
  it.each([
    ["50,000 opening brackets", "Jane Doe " + "(".repeat(50_000)],
    ["50,000 commas", "Jane Doe" + ",".repeat(50_000) + "x"],
    ["50,000 opening brackets then a closing one", "(".repeat(50_000) + ")Jane Doe"],
  ])("reads %s in one pass", (_label, raw) => {
    expect(cleanMemberName(raw).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it("keeps an opening bracket that nothing closes, and drops notes that are closed", () => {
    expect(cleanMemberName("Jane Doe (Mayor")).toBe("Jane Doe (Mayor");
    expect(cleanMemberName("Jane [Deputy] Doe (Mayor) (")).toBe("Jane Doe (");
    expect(cleanMemberName("Jane Doe,,,")).toBe("Jane Doe");
  });

  it("removes bracketed notes and trailing commas as the old expressions did", () => {
    const old = (raw: string) => {
      // The replaced implementation, kept here as the reference.
      const text = cleanText(raw).replace(/\s*[([][^)\]]*[)\]]\s*/g, " ");
      return text
        .split(" ")
        .filter((w) => w !== "")
        .join(" ")
        .replace(/,+$/, "")
        .trim();
    };
    const piece = fc.constantFrom("Jane", "Doe", " ", "(", ")", "[", "]", ",", "Note", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const raw = pieces.join("");
        // No titles in the alphabet, so cleanMemberName keeps every word.
        expect(cleanMemberName(raw)).toBe(old(raw));
      }),
      { numRuns: 2000 },
    );
  });
});
