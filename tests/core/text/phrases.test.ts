import { containsPhrase, findPhrases, foldForPhraseSearch } from "../../../src/core/text/phrases";

const fold = foldForPhraseSearch;

describe("containsPhrase", () => {
  test.each([
    ["The public consultation opens Monday", "consultation", true],
    ["The CONSULTATION opens", "consultation", true],
    ["consultations open", "consultation", false],
    ["preconsultation", "consultation", false],
    ["a public\nmeeting", "public meeting", false],
    ["a public meeting.", "public meeting", true],
    ["your resident’s housing application", "your resident's", true],
    ["", "consultation", false],
    ["anything", "  ", false],
  ])("%j contains %j: %s", (text, phrase, expected) => {
    expect(containsPhrase(fold(text), phrase)).toBe(expected);
  });

  test("finds a later whole-word occurrence after a partial one", () => {
    expect(containsPhrase(fold("reconsultation, then consultation"), "consultation")).toBe(true);
  });
});

test("findPhrases keeps list order", () => {
  expect(
    findPhrases(fold("Road closure for the planned works"), [
      "planned works",
      "consultation",
      "road closure",
    ]),
  ).toEqual(["planned works", "road closure"]);
});
