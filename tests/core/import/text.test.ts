/** The importers' email check: the directory schema's own pattern, in linear time. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { EMAIL, splitEmails } from "../../../src/core/import/text";

// The pattern before the rewrite: the domain's two runs could trade every "." between them.
const OLD = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

test("is the directory schema's email pattern", () => {
  const schema = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "..", "config", "directory.schema.json"), "utf8"),
  ) as { definitions: { email: { pattern: string } } };
  expect(schema.definitions.email.pattern).toBe(EMAIL.source);
});

test("accepts and refuses what the old pattern did", () => {
  const piece = fc.constantFrom("jane", "doe", ".", "@", "council", "example", " ", ",", "<", "-");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const address = pieces.join("");
      expect(EMAIL.test(address)).toBe(OLD.test(address));
    }),
    { numRuns: 3000 },
  );
});

test("checks a 60,000-character address in one pass", () => {
  const dots = "a@" + "a.".repeat(30_000) + "@";
  expect(EMAIL.test(dots)).toBe(false);
  expect(splitEmails(dots).invalid).toEqual([dots]);
  expect(EMAIL.test("jane.doe@" + "surreyheath.".repeat(5_000) + "example")).toBe(true);
});
