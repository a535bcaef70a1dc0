/** Trimming without regular expressions where one would rescan the run it trims. */

/** `text` without the run of `chars` at its end (a loop: `/[…]+$/` rescans the run per start). */
export function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * `text` on one line: control characters, line and paragraph separators and bidirectional
 * controls become spaces, so a display name cannot start a line of its own (a fake "3. …" in an
 * alert) or reorder the text around it.
 */
export function oneLine(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- these are the characters it removes
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g,
    " ",
  );
}
