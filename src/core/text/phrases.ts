/**
 * Whole-word phrase search for the option word lists (trigger words, casework words, enquiry
 * words). Case-insensitive; the text is lowered once by the caller and each phrase is found with
 * indexOf, so a 1 MB body and twenty phrases stay linear.
 */

// Latin (with accents), Greek and Cyrillic letters and digits; no \p{…} (ES2018), since classic
// Outlook's on-send runtime may only run ES2016.
const WORD_CHAR = /[0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Lower-cases and folds typographic apostrophes so "resident’s" and "resident's" compare alike. */
export function foldForPhraseSearch(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** True when `phrase` occurs in `foldedText` (from foldForPhraseSearch) as whole words. */
export function containsPhrase(foldedText: string, phrase: string): boolean {
  const needle = foldForPhraseSearch(phrase.trim());
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const at = foldedText.indexOf(needle, from);
    if (at < 0) return false;
    const before = foldedText[at - 1];
    const after = foldedText[at + needle.length];
    if (
      (!isWordChar(needle[0]) || !isWordChar(before)) &&
      (!isWordChar(needle[needle.length - 1]) || !isWordChar(after))
    ) {
      return true;
    }
    from = at + 1;
  }
}

/** The phrases of `phrases` that occur in the folded text, in list order. */
export function findPhrases(foldedText: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => containsPhrase(foldedText, phrase));
}
