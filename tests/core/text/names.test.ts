import { isOrAre, joinNames, wasOrWere } from "../../../src/core/text/names";

describe("joinNames", () => {
  it.each([
    [[], ""],
    [["Cllr Jane Doe"], "Cllr Jane Doe"],
    [["Cllr Jane Doe", "Cllr Amir Khan"], "Cllr Jane Doe and Cllr Amir Khan"],
    [["A", "B", "C"], "A, B and C"],
    [["A", "B", "C", "D"], "A, B, C and D"],
    [["A", "B", "C", "D", "E"], "A, B, C and 2 others"],
  ])("%j reads %j", (names, sentence) => {
    expect(joinNames(names)).toBe(sentence);
  });

  it("names each person once", () => {
    expect(joinNames(["Cllr Jane Doe", "Cllr Jane Doe", "Cllr Amir Khan"])).toBe(
      "Cllr Jane Doe and Cllr Amir Khan",
    );
  });

  it("counts the rest past a shorter limit", () => {
    expect(joinNames(["A", "B", "C", "D"], 3)).toBe("A, B and 2 others");
  });
});

describe("verbs for a count", () => {
  it("agree with one or many", () => {
    expect([isOrAre(1), isOrAre(2), wasOrWere(1), wasOrWere(3)]).toEqual([
      "is",
      "are",
      "was",
      "were",
    ]);
  });
});
