/**
 * A councillor's name as the directory wants it: "Councillor Dr Jane Doe MBE" → "Jane Doe".
 * The directory's own matching (src/core/directory/names.ts) ignores these titles too, so
 * dropping them loses nothing and keeps display names tidy.
 */
import { cleanText } from "./text";

/** Titles that may come before a name; compared lowercase, without dots. */
const LEADING_TITLES = new Set([
  "councillor",
  "cllr",
  "clr",
  "coun",
  "cnclr",
  "the",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "rev",
  "revd",
  "reverend",
  "hon",
  "honourable",
  "right",
  "rt",
  "worshipful",
  "mayor",
]);

/** Post-nominals that may follow a name; compared lowercase, without dots or commas. */
const TRAILING_TITLES = new Set([
  "cllr",
  "councillor",
  "mbe",
  "obe",
  "cbe",
  "kbe",
  "dbe",
  "bem",
  "jp",
  "dl",
  "mp",
  "mep",
  "phd",
  "frics",
  "mrtpi",
  "fca",
  "acca",
  "cpfa",
  "ba",
  "bsc",
  "ma",
  "msc",
  "hons",
]);

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,()]/g, "");
}

/**
 * Titles, post-nominals and bracketed notes ("(Mayor)") removed; the rest of the name kept as
 * written. At least one word is always kept, so "Dr Who" stays a name rather than nothing.
 */
export function cleanMemberName(raw: string): string {
  const text = cleanText(raw).replace(/\s*[([][^)\]]*[)\]]\s*/g, " ");
  const words = text.split(" ").filter((word) => word !== "");
  let start = 0;
  let end = words.length;
  while (start < end - 1 && LEADING_TITLES.has(bare(words[start] ?? ""))) start++;
  while (end > start + 1 && TRAILING_TITLES.has(bare(words[end - 1] ?? ""))) end--;
  return words.slice(start, end).join(" ").replace(/,+$/, "").trim();
}

/** A vacant seat listed as a councillor ("Vacancy", "Vacant seat"). */
export function isVacancy(name: string): boolean {
  return /^(vacan(t|cy)|seat vacant)\b/i.test(name.trim());
}
