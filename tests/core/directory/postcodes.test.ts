import { Directory } from "../../../src/core/directory/directory";
import { findPostcodes, normalisePostcode } from "../../../src/core/directory/postcodes";
import type { DirectoryFile } from "../../../src/core/directory/types";
import { smallDirectory } from "./fixtures";

/** The postcode lookups of a directory whose `postcodes` are these. */
function lookupOf(postcodes: DirectoryFile["postcodes"]): Directory {
  return new Directory({ ...smallDirectory(), postcodes });
}

describe("normalisePostcode", () => {
  it.each([
    ["GU16 6AA", "GU16 6AA"],
    ["gu166aa", "GU16 6AA"],
    [" Gu16 6aA ", "GU16 6AA"],
    ["W1A 1AA", "W1A 1AA"],
    ["EC1A1BB", "EC1A 1BB"],
    ["M1 1AE", "M1 1AE"],
  ])("%j → %j", (text, expected) => {
    expect(normalisePostcode(text)).toBe(expected);
  });

  it.each(["", "GU16", "GU16 6A", "GU16 6CI", "1GU 6AA", "GU16 AAA", "hello"])(
    "%j is not a postcode",
    (text) => {
      expect(normalisePostcode(text)).toBeUndefined();
    },
  );
});

describe("findPostcodes", () => {
  it("finds postcodes with or without the space, in any case, in order", () => {
    expect(findPostcodes("Flooding at GU16 6AA and gu15 3sy, also GU166HJ.")).toEqual([
      { postcode: "GU16 6AA", outward: "GU16", index: 12 },
      { postcode: "GU15 3SY", outward: "GU15", index: 25 },
      { postcode: "GU16 6HJ", outward: "GU16", index: 40 },
    ]);
  });

  it("accepts a non-breaking space", () => {
    expect(findPostcodes("GU16\u00a06AA").map((p) => p.postcode)).toEqual(["GU16 6AA"]);
  });

  it("ignores postcodes run into other letters or digits", () => {
    expect(findPostcodes("XGU16 6AA")).toEqual([]);
    expect(findPostcodes("GU16 6AAB")).toEqual([]);
    expect(findPostcodes("REF9GU16 6AA")).toEqual([]);
    expect(findPostcodes("GU16 6AA1")).toEqual([]);
  });

  it("ignores invalid postcodes and near misses", () => {
    expect(findPostcodes("GU16 6CI, GU16 6A, GU16, 12 3AB, GU16  6AA, AB123 4CD")).toEqual([]);
  });

  it("finds a valid postcode straight after an invalid candidate", () => {
    expect(findPostcodes("GU16 6CI GU16 6AA").map((p) => p.postcode)).toEqual(["GU16 6AA"]);
  });

  it("finds postcodes in punctuation and markup", () => {
    expect(findPostcodes("<td>GU16 6AA</td>(gu15 1ab)").map((p) => p.postcode)).toEqual([
      "GU16 6AA",
      "GU15 1AB",
    ]);
  });
});

describe("postcode lookups", () => {
  it("looks up an inline map by any spelling of the postcode", () => {
    const lookup = lookupOf({ "GU16 6AA": "frimley-green", gu167hs: "frimley" });
    expect(lookup.wardForPostcode("gu16 6aa")).toBe("frimley-green");
    expect(lookup.wardForPostcode("GU16 7HS")).toBe("frimley");
    expect(lookup.wardForPostcode("GU16 7HT")).toBeUndefined();
    expect(lookup.wardForPostcode("not a postcode")).toBeUndefined();
    expect(lookup.missingPostcodeShards(findPostcodes("GU16 7HT"))).toEqual([]);
    expect(lookup.postcodeShardFile("GU16")).toBeUndefined();
  });

  it("loads shards by outward code", () => {
    const lookup = lookupOf("postcodes/");
    const mentions = findPostcodes("GU16 6AA, GU15 3SY, GU16 6HJ");
    expect(lookup.missingPostcodeShards(mentions)).toEqual(["GU16", "GU15"]);
    expect(lookup.postcodeShardFile("gu16")).toBe("postcodes/GU16.json");
    expect(lookup.wardForPostcode("GU16 6AA")).toBeUndefined();

    lookup.addPostcodeShard("GU16", { "GU16 6AA": "frimley-green", "GU16 6HJ": "frimley-green" });
    expect(lookup.missingPostcodeShards(mentions)).toEqual(["GU15"]);
    expect(lookup.wardForPostcode("gu166aa")).toBe("frimley-green");

    lookup.addPostcodeShard("gu15", {});
    expect(lookup.missingPostcodeShards(mentions)).toEqual([]);
  });

  it("works without postcodes", () => {
    const lookup = lookupOf(undefined);
    expect(lookup.wardForPostcode("GU16 6AA")).toBeUndefined();
    expect(lookup.missingPostcodeShards(findPostcodes("GU16 6AA"))).toEqual([]);
  });
});
