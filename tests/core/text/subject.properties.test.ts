/** The linear subject-prefix expression says what the quadratic one it replaced said. */
import fc from "fast-check";
import { SUBJECT_PREFIX_REACH, subjectComposeKind } from "../../../src/core/text/subject";

// The expression before the rewrite: "\s*(?:\[\d+\])?\s*" let two runs of spaces trade places.
const OLD = /^\s*(?:(fwd?|wg|tr|fs)|re|aw|sv|antw|r)\s*(?:\[\d+\])?\s*:/i;

const piece = fc.constantFrom(
  "RE",
  "Fw",
  "fwd",
  "AW",
  "r",
  "antw",
  " ",
  "\t",
  "[2]",
  "[",
  "]",
  ":",
  "x",
  "1",
);

test("agrees with the old expression on short subjects", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const subject = pieces.join("");
      fc.pre(subject.length <= SUBJECT_PREFIX_REACH);
      const old = OLD.exec(subject);
      expect(subjectComposeKind(subject)).toBe(old ? (old[1] ? "forward" : "reply") : undefined);
    }),
    { numRuns: 2000 },
  );
});
