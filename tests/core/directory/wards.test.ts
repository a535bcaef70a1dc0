import { phraseWords, tokenise, WardMatcher } from "../../../src/core/directory/wards";
import type { Ward } from "../../../src/core/directory/types";

const wards: Ward[] = [
  { id: "frimley", name: "Frimley" },
  { id: "frimley-green", name: "Frimley Green", aliases: ["Frimley Green village"] },
  { id: "st-annes", name: "St Anne's & Kingsway" },
  { id: "town", name: "Town", ambiguous: true, aliases: ["Camberley Town Centre"] },
  { id: "mytchett", name: "Mytchett & Deepcut", aliases: ["Deepcut"] },
  { id: "ystalyfera", name: "Ystalyfera" },
  { id: "llanfair", name: "Llanfair-yn-Neubwll" },
  { id: "pontardawe", name: "Pontardawe", aliases: ["Pontardawe"] },
  { id: "saint-ives", name: "Saint Ives" },
  { id: "saint-ives-east", name: "Saint Ives East" },
];
const matcher = new WardMatcher(wards);
const find = (text: string) => matcher.find(text);
const ids = (text: string) => find(text).map((m) => m.wardId);

describe("tokenise", () => {
  it("folds case, accents, apostrophes and &", () => {
    expect(tokenise("St Anne’s & Kingsway-Über").map((t) => t.word)).toEqual([
      "st",
      "annes",
      "and",
      "kingsway",
      "uber",
    ]);
  });

  it("records where each word was written", () => {
    expect(tokenise("  Frimley, Green")).toEqual([
      { word: "frimley", start: 2, end: 9 },
      { word: "green", start: 11, end: 16 },
    ]);
  });

  it("gives ward phrases their comparable words", () => {
    expect(phraseWords("Bisley & West End")).toEqual(["bisley", "and", "west", "end"]);
  });
});

describe("WardMatcher.find", () => {
  it("finds a ward name with the text as written and its offset", () => {
    expect(find("Parking in frimley green is bad")).toEqual([
      { wardId: "frimley-green", matched: "frimley green", index: 11 },
    ]);
  });

  it("matches whole words only", () => {
    expect(find("Frimleyish")).toEqual([]);
    expect(find("UnFrimley")).toEqual([]);
    expect(find("Frimley2")).toEqual([]);
    expect(ids("(Frimley)")).toEqual(["frimley"]);
    expect(ids("Frimley's shops")).toEqual([]); // "frimleys" is another word
  });

  it("lets the longest name win where names overlap", () => {
    expect(find("Frimley Green")).toEqual([
      { wardId: "frimley-green", matched: "Frimley Green", index: 0 },
    ]);
    expect(ids("Frimley Green village hall")).toEqual(["frimley-green"]);
    expect(find("Frimley Green village hall")[0]?.matched).toBe("Frimley Green village");
    expect(ids("Frimley and Frimley Green")).toEqual(["frimley", "frimley-green"]);
    expect(ids("Frimley Greenhouse")).toEqual(["frimley"]);
    expect(ids("Saint Ives East and Saint Ives")).toEqual(["saint-ives-east", "saint-ives"]);
  });

  it("falls back to a shorter name when a longer one is incomplete", () => {
    expect(ids("Saint Ives Eastwards")).toEqual(["saint-ives"]);
  });

  it("treats & and 'and' alike, and ignores apostrophes", () => {
    for (const text of [
      "St Anne's & Kingsway",
      "St Annes and Kingsway",
      "st annes & kingsway",
      "ST ANNE’S AND KINGSWAY",
      "St Anne's&Kingsway",
    ]) {
      expect(ids(text)).toEqual(["st-annes"]);
    }
    expect(ids("Mytchett and Deepcut")).toEqual(["mytchett"]);
  });

  it("treats hyphens and runs of whitespace alike", () => {
    expect(ids("Frimley-Green")).toEqual(["frimley-green"]);
    expect(ids("Frimley \n\t  Green")).toEqual(["frimley-green"]);
    expect(ids("Llanfair yn Neubwll")).toEqual(["llanfair"]);
    expect(ids("llanfair-yn-neubwll")).toEqual(["llanfair"]);
  });

  it("folds accents", () => {
    expect(ids("Ystâlyfera")).toEqual(["ystalyfera"]);
  });

  it("finds aliases", () => {
    expect(find("the Deepcut bridge")).toEqual([
      { wardId: "mytchett", matched: "Deepcut", index: 4 },
    ]);
  });

  it("reports a ward once when its name and alias are the same phrase", () => {
    expect(ids("Pontardawe")).toEqual(["pontardawe"]);
  });

  it("only counts an ambiguous ward's name before 'ward' or 'division'", () => {
    expect(ids("I went to town today")).toEqual([]);
    expect(ids("Town")).toEqual([]);
    expect(find("members for Town ward")).toEqual([{ wardId: "town", matched: "Town", index: 12 }]);
    expect(ids("the town Division")).toEqual(["town"]);
    expect(ids("Town, ward")).toEqual(["town"]); // punctuation separates words; still followed by "ward"
    expect(ids("Town wards")).toEqual([]);
    expect(ids("works in Camberley Town Centre")).toEqual(["town"]); // an alias is not ambiguous
  });

  it("finds every mention in order", () => {
    const mentions = find("Deepcut, Frimley Green and Town ward; also Frimley.");
    expect(mentions.map((m) => [m.wardId, m.matched, m.index])).toEqual([
      ["mytchett", "Deepcut", 0],
      ["frimley-green", "Frimley Green", 9],
      ["town", "Town", 27],
      ["frimley", "Frimley", 43],
    ]);
  });

  it("finds nothing in empty or wordless text", () => {
    expect(find("")).toEqual([]);
    expect(find(" &&& --- ''' ")).toEqual([]);
  });

  it("names every ward when two share a name", () => {
    const shared = new WardMatcher([
      { id: "a", name: "Central" },
      { id: "b", name: "North", aliases: ["Central"] },
    ]);
    expect(shared.find("Central").map((m) => m.wardId)).toEqual(["a", "b"]);
  });
});
