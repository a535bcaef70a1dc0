import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { loadDirectory } from "../../../src/core/directory/load";
import { growthRatio, repeatTo } from "../../helpers/growth";

/**
 * Ward and postcode detection run on every draft before it is sent, so they must never throw and
 * must stay linear in the text, whatever the text. Timings are only compared with each other (a
 * ratio), never with an absolute budget, so a slow machine cannot fail the test.
 */
const directory = loadDirectory(
  JSON.parse(readFileSync(join(__dirname, "../../../config/directory.json"), "utf8")),
  "config/directory.json",
);

const KB = 1024;
const MB = 1024 * KB;

/** Median time at 1 MB over median time at 100 KB: about 10 when linear. */
function growthRatioOf(unit: string, detect: (text: string) => unknown): number {
  return growthRatio(detect, repeatTo(unit, 100 * KB), repeatTo(unit, MB));
}

const wardWords = directory.wards
  .flatMap((w) => [w.name, ...(w.aliases ?? [])])
  .join(" ")
  .split(/\s+/);
/** Text made of ward words, postcode fragments and separators, to exercise partial matches. */
const wardishText = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        ...wardWords,
        "ward",
        "division",
        "&",
        "and",
        "'",
        "’",
        "GU16",
        "6AA",
        "gu166aa",
        "Town",
        "Frimley",
      ),
      fc.constantFrom(" ", "", "-", "  ", "\n", ", "),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.map(([word, separator]) => word + separator).join(""));

describe("findWardMentions and findPostcodes never throw", () => {
  it.each([
    ["any UTF-16 string", fc.string({ unit: "binary", maxLength: 400 })],
    ["any graphemes", fc.string({ unit: "grapheme", maxLength: 200 })],
    ["ward-like text", wardishText],
  ])("on %s", (_what, text) => {
    fc.assert(
      fc.property(text, (input) => {
        const wards = directory.findWardMentions(input);
        const postcodes = directory.findPostcodes(input);
        // Offsets point at what was matched.
        for (const mention of wards)
          expect(input.slice(mention.index, mention.index + mention.matched.length)).toBe(
            mention.matched,
          );
        for (const mention of postcodes) {
          const written = input
            .slice(mention.index, mention.index + 9)
            .replace(/[\u00a0 ]/g, "")
            .toUpperCase();
          expect(written.startsWith(mention.postcode.replace(" ", ""))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds every ward in text that names it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...directory.wards.filter((w) => !w.ambiguous)),
        fc.string({ maxLength: 20 }),
        (ward, noise) => {
          const text = `${noise} ${ward.name.toUpperCase()} ward, ${noise}`;
          expect(directory.findWardMentions(text).map((m) => m.wardId)).toContain(ward.id);
        },
      ),
    );
  });
});

describe("linear time on 1 MB of pathological input", () => {
  const measured: Record<string, number> = {};
  afterAll(() => {
    // Reported for the record: a linear scan gives about 10.
    console.log(`1 MB / 100 KB median time ratios: ${JSON.stringify(measured)}`);
  });

  it.each<[string, string, "wards" | "postcodes"]>([
    ["a ward's first word repeated", "Frimley ", "wards"],
    ["the start of a multi-word ward repeated", "Bisley & West ", "wards"],
    ["an ambiguous ward without 'ward'", "Town ", "wards"],
    ["'&'", "&", "wards"],
    ["'GU16 ' (for wards)", "GU16 ", "wards"],
    ["'GU16 '", "GU16 ", "postcodes"],
    ["'GU16 6' (near-miss postcodes)", "GU16 6", "postcodes"],
    ["'&' (for postcodes)", "&", "postcodes"],
    ["valid postcodes back to back", "GU16 6AA ", "postcodes"],
  ])("%s", (what, unit, kind) => {
    const detect =
      kind === "wards"
        ? (t: string) => directory.findWardMentions(t)
        : (t: string) => directory.findPostcodes(t);
    expect(() => detect(repeatTo(unit, MB))).not.toThrow();
    const ratio = growthRatioOf(unit, detect);
    measured[`${kind}: ${what}`] = Math.round(ratio * 10) / 10;
    expect(ratio).toBeLessThan(30);
  });
});
