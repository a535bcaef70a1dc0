/** Plain-text body → lines (`\r\n`, `\r` and `\n` all end a line). */
import { foldWhitespace, splitQuotePrefix } from "./lines";
import type { BodyLine } from "./lines";

export function textToLines(text: string): BodyLine[] {
  const lines: BodyLine[] = [];
  let start = 0;
  const push = (end: number): void => {
    const folded = foldWhitespace(text.slice(start, end));
    const prefix = splitQuotePrefix(folded);
    lines.push({
      text: folded,
      content: prefix.content,
      start,
      depth: prefix.depth,
      prefixDepth: prefix.depth,
      markers: [],
      links: [],
      blank: prefix.content.length === 0,
    });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    push(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) push(text.length);
  return lines;
}
