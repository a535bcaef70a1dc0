/**
 * A councillor's name as the directory wants it: "Councillor Dr Jane Doe MBE" → "Jane Doe".
 * The directory's own matching (src/core/directory/names.ts) ignores these titles too, so
 * dropping them loses nothing and keeps display names tidy.
 */
import { LEADING_TITLES, TRAILING_TITLES } from "../directory/names";
import { cleanText } from "./text";
import { withoutTrailing } from "../text/trim";

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,()]/g, "");
}

/**
 * Titles, post-nominals and bracketed notes ("(Mayor)") removed; the rest of the name kept as
 * written. At least one word is always kept, so "Dr Who" stays a name rather than nothing.
 */
export function cleanMemberName(raw: string): string {
  const text = withoutBracketedNotes(cleanText(raw.slice(0, MAX_NAME_LENGTH)));
  const words = text.split(" ").filter((word) => word !== "");
  let start = 0;
  let end = words.length;
  while (start < end - 1 && LEADING_TITLES.has(bare(words[start] ?? ""))) start++;
  while (end > start + 1 && TRAILING_TITLES.has(bare(words[end - 1] ?? ""))) end--;
  return withoutTrailing(words.slice(start, end).join(" "), ",").trim();
}

/**
 * How much of an export's name cell is read. The longest councillor's name with every title and
 * honour runs to well under a hundred characters; a cell longer than this is not a name, and
 * reading no more of it keeps a damaged export from costing more than a good one.
 */
export const MAX_NAME_LENGTH = 500;

/**
 * Every "(…)" or "[…]" note replaced by a space, in one pass: an opening bracket runs to the next
 * closing one of either kind; an opening bracket with none after it is kept as written.
 */
function withoutBracketedNotes(text: string): string {
  let kept = "";
  let from = 0;
  for (;;) {
    const open = firstOf(text, "([", from);
    if (open < 0) break;
    const close = firstOf(text, ")]", open + 1);
    // No closing bracket after this one means none after any later one either.
    if (close < 0) break;
    kept += text.slice(from, open) + " ";
    from = close + 1;
  }
  return kept + text.slice(from);
}

/** The first index at or after `from` of any of `chars`, or -1. */
function firstOf(text: string, chars: string, from: number): number {
  for (let i = from; i < text.length; i++) if (chars.includes(text.charAt(i))) return i;
  return -1;
}

/** A vacant seat listed as a councillor ("Vacancy", "Vacant seat"). */
export function isVacancy(name: string): boolean {
  return /^(vacan(t|cy)|seat vacant)\b/i.test(name.trim());
}
