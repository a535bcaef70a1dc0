/** A ward named in a councillor's seat description, read by linear expressions. */
import fc from "fast-check";
import { isSeatDescription } from "../../../../src/core/rules/helpers/seat-description";

// The expressions before the rewrite: "\s*" next to "\s+" (or another "\s*") could trade spaces.
const OLD_BEFORE =
  /\b(?:councillor|cllr|member|representing)\s*(?:,\s*)?(?:for|of)?\s+(?:the\s+)?$/i;
const OLD_AFTER = /^\s*(?:ward|division)?\s*(?:councillor|cllr|member)\b/i;
const WARD = "Frimley Green";

function mention(text: string) {
  return { wardId: "frimley-green", matched: WARD, index: text.indexOf(WARD) };
}

test.each([
  ["Cllr Jane Doe, Councillor for Frimley Green", true],
  ["Jane Doe, Member for the Frimley Green division", true],
  ["Cllr, representing Frimley Green", true],
  ["Frimley Green Ward Councillor", true],
  ["Frimley Green   division  member", true],
  ["The road closure in Frimley Green", false],
  ["A councillor wrote about Frimley Green", false],
])("%j is a seat description: %s", (text, expected) => {
  expect(isSeatDescription(text, mention(text))).toBe(expected);
});

test("decides as the old expressions did", () => {
  const piece = fc.constantFrom(
    "councillor",
    "Cllr",
    "member",
    "for",
    "of",
    "the",
    "ward",
    " ",
    ",",
    "  ",
    "x",
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), fc.array(piece, { maxLength: 8 }), (a, b) => {
      const before = a.join("");
      const after = b.join("");
      const text = before + WARD + after;
      const expected = OLD_BEFORE.test(before.slice(-40)) || OLD_AFTER.test(after.slice(0, 40));
      expect(isSeatDescription(text, { ...mention(text), index: before.length })).toBe(expected);
    }),
    { numRuns: 3000 },
  );
});

test("reads 50,000 spaces either side of a ward in one pass", () => {
  const text = "Councillor" + " ".repeat(50_000) + WARD + " ".repeat(50_000) + "x";
  expect(isSeatDescription(text, { ...mention(text), index: 50_010 })).toBe(false);
});
