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
