/** Separator lines read without a backtracking expression, as the old one read them. */
import fc from "fast-check";
import { readSeparator } from "../../../src/core/quoted/separators";

// The expression before the rewrite, and the separator readSeparator made from it (the alphabet
// below has no underscores and no "Begin forwarded message:", so this is its only way to one).
const OLD_DASHED = /^(-{2,})([\s\S]*?)-{2,}$/;
function oldSeparator(content: string): { kind: string; style: string } | undefined {
  const [, dashes = "", words = ""] = OLD_DASHED.exec(content) || [];
  const phrase = words.trim().toLowerCase();
  if (phrase === "original message")
    return { kind: "reply", style: dashes.length >= 8 ? "thunderbird" : "outlook-desktop" };
  if (phrase === "forwarded message") {
    const style =
      dashes.length === 10 ? "gmail" : dashes.length === 8 ? "thunderbird" : "header-block";
    return { kind: "forward", style };
  }
  return undefined;
}

test("dashed separators read as the old expression read them", () => {
  const piece = fc.constantFrom(
    "-",
    "--",
    "-----",
    " ",
    "Original Message",
    "Forwarded message",
    "x",
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
      const content = pieces.join("");
      fc.pre(content.length <= 120);
      const separator = readSeparator(content, "html");
      const expected = oldSeparator(content);
      expect(separator && { kind: separator.kind, style: separator.style }).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
});

test.each([
  ["Thunderbird", "-------- Original Message --------", "reply", "thunderbird"],
  ["Outlook", "-----Original Message-----", "reply", "outlook-desktop"],
  ["Gmail", "---------- Forwarded message ---------", "forward", "gmail"],
])("reads %s's separator", (_client, line, kind, style) => {
  expect(readSeparator(line, "html")).toEqual(expect.objectContaining({ kind, style }));
});
