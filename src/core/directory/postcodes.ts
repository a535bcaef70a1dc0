import type { PostcodeMention } from "./types";

/**
 * Full UK postcodes: normalising one, and finding them in a text. (Looking up their wards, from
 * the inline map or from the shards loaded so far, is the Directory's job.)
 *
 * A full postcode is an outward code ("GU16", "EC1A", "M1"), a digit and two letters; the last two
 * letters are never C, I, K, M, O or V. The patterns are ASCII only (no `u` flag), so `i` only
 * folds ASCII letters.
 */
const POSTCODE = /^([a-z]{1,2}\d[a-z\d]?)\s*(\d[abd-hjlnp-uw-z]{2})$/i;

/**
 * The same in a text, with an optional (possibly non-breaking) space. Bounded in length, so
 * scanning a text with it is linear. Word boundaries are checked by hand rather than with
 * lookbehind, which classic Outlook's ES2016 runtime lacks.
 */
const POSTCODE_IN_TEXT = /[a-z]{1,2}\d[a-z\d]?[ \u00a0]?\d[abd-hjlnp-uw-z]{2}/gi;

/** "gu166aa" → "GU16 6AA"; undefined when it is not a valid full postcode. */
export function normalisePostcode(text: string): string | undefined {
  const parts = POSTCODE.exec(text.trim());
  return parts ? `${parts[1]} ${parts[2]}`.toUpperCase() : undefined;
}

/** Every full UK postcode in the text, with or without the space, any case, in order. */
export function findPostcodes(text: string): PostcodeMention[] {
  const mentions: PostcodeMention[] = [];
  POSTCODE_IN_TEXT.lastIndex = 0;
  for (let match = POSTCODE_IN_TEXT.exec(text); match; match = POSTCODE_IN_TEXT.exec(text)) {
    const start = match.index;
    const postcode = normalisePostcode(match[0]);
    // Neither the character before nor the one after is a letter or digit (charAt gives "" at an end).
    const neighbours = text.charAt(start - 1) + text.charAt(start + match[0].length);
    const wholeWord = !/[a-z\d]/i.test(neighbours);
    if (postcode && wholeWord)
      mentions.push({ postcode, outward: postcode.slice(0, -4), index: start });
    // Not a whole word: another postcode may start inside this one.
    else POSTCODE_IN_TEXT.lastIndex = start + 1;
  }
  return mentions;
}
