import { subjectComposeKind } from "../../../src/core/text/subject";

test.each([
  ["RE: Potholes", "reply"],
  ["Re: Potholes", "reply"],
  ["AW: Potholes", "reply"],
  ["FW: Potholes", "forward"],
  ["Fwd: Potholes", "forward"],
  ["FW: RE: Potholes", "forward"],
  ["RE: FW: Potholes", "reply"],
  ["RE[2]: Potholes", "reply"],
  ["Potholes", undefined],
  ["Reply needed: Potholes", undefined],
  ["Forward plan", undefined],
])("%j is %s", (subject, expected) => {
  expect(subjectComposeKind(subject)).toBe(expected);
});

describe("on long subjects", () => {
  it('reads "Re" and 40,000 spaces without a prefix in one pass', () => {
    expect(subjectComposeKind("Re" + " ".repeat(40_000) + "x")).toBeUndefined();
    expect(subjectComposeKind("Re" + " ".repeat(40_000) + ":")).toBeUndefined();
    expect(subjectComposeKind("FW" + " ".repeat(50) + "[12]" + " ".repeat(50) + ": x")).toBe(
      "forward",
    );
  });

  it("reads a megabyte subject by its first characters only", () => {
    expect(subjectComposeKind("RE: " + "Potholes ".repeat(120_000))).toBe("reply");
    expect(subjectComposeKind("Potholes ".repeat(120_000))).toBeUndefined();
  });
});
