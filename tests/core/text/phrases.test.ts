import { containsPhrase, findPhrases } from "../../../src/core/text/phrases";

describe("containsPhrase", () => {
  test.each([
    ["The public consultation opens Monday", "consultation", true],
    ["The CONSULTATION opens", "consultation", true],
    ["consultations open", "consultation", false],
    ["preconsultation", "consultation", false],
    ["a public\nmeeting (the line wrapped)", "public meeting", true],
    ["a public  meeting.", "public meeting", true],
    ["a publicmeeting", "public meeting", false],
    ["your resident’s housing application", "your resident's", true],
    ["your resident's housing application", "your resident’s", true],
    ["a café consultation", "café consultation", true],
    ["", "consultation", false],
    ["anything", "  ", false],
    ["(road closure)", "road closure", true],
    ["what? (x+y)", "(x+y)", true],
  ])("%j contains %j: %s", (text, phrase, expected) => {
    expect(containsPhrase(text, phrase)).toBe(expected);
  });

  test("finds a later whole-word occurrence after a partial one", () => {
    expect(containsPhrase("reconsultation, then consultation", "consultation")).toBe(true);
  });
});

test("findPhrases keeps list order and finds overlapping phrases", () => {
  expect(
    findPhrases("Major road closure for the planned works", [
      "planned works",
      "consultation",
      "road closure",
      "major road",
    ]),
  ).toEqual(["planned works", "road closure", "major road"]);
});

test("findPhrases reports a phrase as the list spells it, once", () => {
  expect(
    findPhrases("PUBLIC MEETING, public meeting", ["Public Meeting", "public meeting"]),
  ).toEqual(["Public Meeting"]);
});
