/**
 * A councillor's name as the directory wants it: "Councillor Dr Jane Doe MBE" → "Jane Doe".
 * The directory's own matching (src/core/directory/names.ts) ignores these titles too, so
 * dropping them loses nothing and keeps display names tidy.
 */
import { LEADING_TITLES, TRAILING_TITLES } from "../directory/names";
import { cleanText } from "./text";

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
