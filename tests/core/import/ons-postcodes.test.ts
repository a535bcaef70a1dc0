import { loadDirectory, loadPostcodeShard } from "../../../src/core/directory/load";
import { csvColumns, distinctValues, postcodeShardsFromCsv } from "../../../src/core/import";
import { ImportError } from "../../../src/core/import/errors";
import { baseDirectory, fixture } from "./fixtures";

const ONSPD = fixture("onspd-extract.csv");
const MAPPING = {
  SAMPLE01: "frimley-green",
  SAMPLE02: "mytchett-and-deepcut",
  SAMPLE03: "st-michaels",
  SAMPLE04: "bagshot",
};

describe("csvColumns and distinctValues (for choosing columns and mapping ward codes)", () => {
  it("lists the header's columns", () => {
    expect(csvColumns(ONSPD)).toEqual([
      "pcd",
      "pcd2",
      "pcds",
      "dointr",
      "doterm",
      "oscty",
      "ced",
      "oslaua",
      "osward",
      "usertype",
      "oseast1m",
      "osnrth1m",
    ]);
    expect(csvColumns("\ufeffPostcode,Ward\r\nGU16 6AA,X\r\n")).toEqual(["Postcode", "Ward"]);
    expect(csvColumns("")).toEqual([]);
  });

  it("lists a column's distinct values in the order first met, up to a limit", () => {
    expect(distinctValues(ONSPD, "osward")).toEqual([
      "SAMPLE01",
      "SAMPLE02",
      "SAMPLE03",
      "SAMPLE99",
      "SAMPLE04",
    ]);
    expect(distinctValues(ONSPD, "OSWARD", 2)).toEqual(["SAMPLE01", "SAMPLE02"]);
  });

  it("throws an ImportError for a column that is not there", () => {
    expect(() => distinctValues(ONSPD, "ward")).toThrow(ImportError);
    expect(() => distinctValues(ONSPD, "ward")).toThrow(/line 1: has no column "ward"/);
  });
});

describe("postcodeShardsFromCsv", () => {
  const result = postcodeShardsFromCsv(ONSPD, { postcode: "pcd", ward: "osward" }, MAPPING);

  it("writes shards by outward code, postcodes normalised and sorted", () => {
    expect(result.shards).toEqual({
      GU15: { "GU15 2BJ": "st-michaels" },
      GU16: {
        "GU16 6AA": "frimley-green",
        "GU16 6AB": "frimley-green",
        "GU16 7HZ": "mytchett-and-deepcut",
      },
      GU18: { "GU18 5XY": "bagshot" },
    });
    expect(Object.keys(result.shards.GU16 ?? {})).toEqual(["GU16 6AA", "GU16 6AB", "GU16 7HZ"]);
    expect(result.count).toBe(5);
  });

  it("skips and counts unmapped ward codes, invalid postcodes and repeats", () => {
    expect(result.skipped).toBe(3);
    expect(result.warnings).toEqual([
      {
        line: 7,
        message: 'GU16 6AA is listed again (for "mytchett-and-deepcut"): kept "frimley-green"',
      },
      { line: 8, message: '"NOTAPC" is not a valid postcode: skipped' },
      { message: "1 row skipped: the ward code is not mapped to a ward" },
    ]);
  });

  it("reads any of the ONSPD postcode columns to the same result", () => {
    for (const column of ["pcd2", "pcds"]) {
      expect(
        postcodeShardsFromCsv(ONSPD, { postcode: column, ward: "osward" }, MAPPING).shards,
      ).toEqual(result.shards);
    }
  });

  it("makes shards the add-in loads for the directory's wards", () => {
    const directory = loadDirectory(
      { ...baseDirectory(), postcodes: "postcodes/" },
      "directory.json",
    );
    for (const [outward, shard] of Object.entries(result.shards)) {
      expect(loadPostcodeShard(shard, `postcodes/${outward}.json`, directory)).toEqual(shard);
      directory.addPostcodeShard(outward, shard);
    }
    expect(directory.wardForPostcode("gu166ab")).toBe("frimley-green");
  });

  it("may map ward codes to themselves, as ids that come from ONS data", () => {
    const { shards } = postcodeShardsFromCsv(
      "pcds,osward\nGU16 6AA,E05000001\n",
      { postcode: "pcds", ward: "osward" },
      { E05000001: "E05000001" },
    );
    expect(shards).toEqual({ GU16: { "GU16 6AA": "E05000001" } });
  });

  it("treats a code mapped to an empty id as unmapped", () => {
    const { count, skipped } = postcodeShardsFromCsv(
      ONSPD,
      { postcode: "pcds", ward: "osward" },
      { SAMPLE01: "" },
    );
    expect([count, skipped]).toEqual([0, 8]);
  });

  it("caps warnings about bad rows and summarises the rest", () => {
    const rows = Array.from({ length: 25 }, (_, i) => `BAD${i},SAMPLE01`).join("\n");
    const { warnings, skipped } = postcodeShardsFromCsv(
      `pcds,osward\n${rows}\n`,
      { postcode: "pcds", ward: "osward" },
      MAPPING,
    );
    expect(skipped).toBe(25);
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toEqual({ message: "5 more rows skipped for the same reasons" });
  });

  it("throws an ImportError for a missing column or a mapping to something that is not an id", () => {
    expect(() =>
      postcodeShardsFromCsv(ONSPD, { postcode: "postcode", ward: "osward" }, MAPPING),
    ).toThrow(/has no column "postcode"/);
    expect(() =>
      postcodeShardsFromCsv(
        ONSPD,
        { postcode: "pcds", ward: "osward" },
        { SAMPLE01: "Frimley Green" },
      ),
    ).toThrow(ImportError);
  });
});
