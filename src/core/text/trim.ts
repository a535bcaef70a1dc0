/** Trimming without regular expressions where one would rescan the run it trims. */

/** `text` without the run of `chars` at its end (a loop: `/[…]+$/` rescans the run per start). */
export function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
