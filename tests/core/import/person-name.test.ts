import { cleanMemberName, isVacancy } from "../../../src/core/import/person-name";
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
