import { normaliseName } from "../../../src/core/directory/names";

describe("normaliseName", () => {
  it.each([
    ["Jane Doe", "jane doe"],
    ["Cllr Jane Doe", "jane doe"],
    ["Cllr. Jane Doe", "jane doe"],
    ["Cllr.Jane Doe", "jane doe"],
    ["Councillor Jane Doe", "jane doe"],
    ["Councillor Jane Doe MBE", "jane doe"],
    ["Cllr Dr Jane Doe", "jane doe"],
    ["Dr Jane Doe OBE JP", "jane doe"],
    ["Jane Doe, MBE", "jane doe"],
    ["Mrs Jane Doe", "jane doe"],
    ["Prof. Jane Doe", "jane doe"],
    ["Doe, Jane", "jane doe"],
    ["Doe, Cllr Jane", "jane doe"],
    ["Doe, Jane (Cllr)", "jane doe"],
    ["Doe, Jane, MBE", "jane doe"],
    ["Jane Doe (Cllr)", "jane doe"],
    ["Jane Doe (Councillor)", "jane doe"],
    ["Jane Doe (Surrey Heath BC)", "jane doe"],
    ["Jane Doe [External]", "jane doe"],
    ['"Cllr Jane Doe"', "jane doe"],
    ["  JANE   DOE  ", "jane doe"],
    ["Jane\tDoe", "jane doe"],
    ["Zoë O’Brien", "zoe obrien"],
    ["Zoe O'Brien", "zoe obrien"],
    ["Cllr Mary-Jane Smith-Jones", "mary-jane smith-jones"],
    ["Jane Doe Cllr", "jane doe"],
  ])("%j → %j", (displayName, expected) => {
    expect(normaliseName(displayName)).toBe(expected);
  });

  it("keeps a name that is only a title rather than emptying it", () => {
    expect(normaliseName("Cllr")).toBe("cllr");
    expect(normaliseName("")).toBe("");
  });

  it("drops a bracket a client cut short, and stays linear on many", () => {
    expect(normaliseName("Doe, Jane (Cllr")).toBe("jane doe");
    expect(normaliseName("Jane Doe) (MBE)")).toBe("jane doe)");
    const started = Date.now();
    normaliseName(`Jane ${"(".repeat(100_000)}`);
    normaliseName(`Jane ${"[x".repeat(50_000)}`);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("does not strip a title inside a name", () => {
    expect(normaliseName("Jane Cllr-Doe")).toBe("jane cllr-doe");
    expect(normaliseName("Dr")).toBe("dr");
  });
});
