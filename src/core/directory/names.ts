/**
 * Display-name normalisation, so "Cllr Jane Doe", "Doe, Jane", "Councillor Jane Doe MBE" and
 * "Jane Doe (Surrey Heath BC)" all compare equal to the directory's "Jane Doe".
 *
 * Regular expressions here avoid ES2018 features (lookbehind, \p{...}): core code also runs in
 * classic Outlook's JavaScript-only runtime, which may only understand ES2016.
 */

/** The words of the groups, which are space-separated. */
function wordSet(...groups: string[]): ReadonlySet<string> {
  return new Set(groups.join(" ").split(" "));
}

/** Titles and honorifics that may come before a name ("Cllr Dr Jane Doe"). */
export const LEADING_TITLES = wordSet(
  "cllr clr councillor coun cnclr mayor",
  "mr mrs ms miss mx sir dame lord lady",
  "dr prof professor rev revd reverend",
  "the hon honourable right rt worshipful",
);

/** Post-nominals and titles that may trail a name ("Jane Doe MBE JP", "Jane Doe Cllr"). */
export const TRAILING_TITLES = wordSet(
  "cllr councillor",
  "mbe obe cbe kbe dbe bem jp dl mp mep",
  "phd frics mrtpi fca acca cpfa ba bsc ma msc hons",
);

/**
 * A "(...)" or "[...]" part ("Jane Doe (Cllr)", "Jane Doe [Surrey Heath BC]"), or one left open
 * at the end (a client cut the name short). Each match ends at the first closing bracket, so the
 * scan is linear.
 */
const BRACKETED = /[([][^)\]]*[)\]]?/g;

/**
 * Lowercase, accents folded ("Zoë" → "zoe"), apostrophes and quotes dropped ("O'Brien" →
 * "obrien"), dots made spaces ("Cllr.Jane" → "cllr jane").
 */
function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`"\u201c\u201d]/g, "")
    .replace(/\./g, " ");
}

function words(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

/**
 * Drops the titles before a name and, with `trailing`, the post-nominals after it; always keeps
 * at least one word.
 */
function stripTitles(tokens: string[], trailing: boolean): string[] {
  let start = 0;
  let end = tokens.length;
  while (trailing && end > 1 && TRAILING_TITLES.has(tokens[end - 1] ?? "")) end--;
  while (start < end - 1 && LEADING_TITLES.has(tokens[start] ?? "")) start++;
  return tokens.slice(start, end);
}

/**
 * The comparable form of a person's name: titles, post-nominals and bracketed parts removed,
 * "Surname, Forename" turned round, lowercase, accents folded, single spaces.
 * "Doe, Cllr Jane" → "jane doe"; "Councillor Jane Doe MBE" → "jane doe".
 */
export function normaliseName(displayName: string): string {
  const folded = foldText(displayName.replace(BRACKETED, " "));
  // Post-nominals may follow a comma ("Jane Doe, MBE"), so strip them before reading a comma
  // as "Surname, Forename".
  const comma = folded.indexOf(",");
  const afterComma = comma < 0 ? [] : words(folded.slice(comma + 1));
  if (afterComma.every((word) => TRAILING_TITLES.has(word))) {
    return stripTitles(words(folded), true).join(" ");
  }
  const surname = stripTitles(words(folded.slice(0, comma)), false);
  const forenames = stripTitles(afterComma, true);
  return [...forenames, ...surname].join(" ");
}
