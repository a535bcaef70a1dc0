/**
 * The councillor's title in display names and labels. One matcher, so the directory, the rules,
 * the CLI and the playground agree on what counts as "Cllr".
 *
 * ES2016 only (lookahead, no lookbehind): core also runs in classic Outlook's JavaScript-only
 * runtime. The leading class cannot hold a title's first letter, so the match is linear.
 */

/**
 * "Cllr", "Cllr.", "Clr" or "Councillor" as a whole word at the start (after any spaces, quotes
 * or an opening bracket), with a closing bracket right after it (captured) and the spaces after
 * it; not "Cllrs'" or "Councillors".
 */
const CLLR_TITLE = /^[\s"'(\u201c\u2018]*(?:cllr|clr|councillor)(?![a-z])\.?(\)?)\s*/i;

/** How much of `text` a leading title takes ("Cllr. " of "Cllr. Jane Doe"), 0 without one. */
export function cllrTitleLength(text: string): number {
  const title = CLLR_TITLE.exec(text);
  return title ? title[0].length : 0;
}

/** "Cllr Jane Doe", "Councillor Jane Doe", "Cllr. Jane Doe". */
export function startsWithCllrTitle(text: string): boolean {
  return CLLR_TITLE.test(text);
}

/**
 * Whether a display name carries the title wherever Outlook users put it: first ("Cllr Jane
 * Doe", "Cllr Doe, Jane"), after "Surname," ("Doe, Cllr Jane"), or alone in the last brackets
 * ("Doe, Jane (Cllr)", "Jane Doe (Councillor)"). A bracket naming more ("Member Services
 * (Councillor Support)") is not a title.
 */
export function hasCllrTitle(displayName = ""): boolean {
  // Without a comma or a bracket these slices are the whole name.
  const bracketed = CLLR_TITLE.exec(displayName.slice(displayName.lastIndexOf("(") + 1));
  return (
    startsWithCllrTitle(displayName) ||
    startsWithCllrTitle(displayName.slice(displayName.indexOf(",") + 1)) ||
    !!(bracketed && bracketed[1])
  );
}
