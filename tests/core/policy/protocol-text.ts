/**
 * The council protocols as plain text, for checking that preset citations quote them verbatim and
 * sit under the paragraph they name. Markdown emphasis and strike-through markers are removed
 * (the struck words stay: struck paragraphs are cited as such), quotes are straightened and runs
 * of spaces folded; line breaks are kept so paragraph numbers can be found at line starts.
 */
import fs from "fs";
import path from "path";
import type { PresetId } from "../../../src/core/policy/types";

export const PROTOCOLS_DIR = path.resolve(__dirname, "../../../docs/protocols");

export function foldText(text: string): string {
  return text
    .replace(/\*\*|~~/g, "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[ \t\u00A0]+/g, " ")
    .replace(/ ?\n\s*/g, "\n");
}

export interface ProtocolText {
  /** Folded, one line per source line. */
  lines: string;
  /** The same text with line breaks as spaces: same length, so positions carry over. */
  flat: string;
}

export function readProtocol(id: PresetId): ProtocolText {
  const lines = foldText(fs.readFileSync(path.join(PROTOCOLS_DIR, `${id}.md`), "utf8"));
  return { lines, flat: lines.replace(/\n/g, " ") };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Start positions of lines that begin with a paragraph number (after list markers). */
function numberedLines(text: string): Array<{ at: number; number: string }> {
  return [...text.matchAll(/^[-•\s]*(\d+(?:\.\d+)?)\.?(?= )/gm)].map((m) => ({
    at: m.index,
    number: m[1] ?? "",
  }));
}

/**
 * Why the quote does not sit under the cited paragraph, or undefined when it does. A numbered
 * paragraph ("34", "7.1") must be the last paragraph number starting a line before the quote; a
 * heading ("Local Member Protocol", "Correspondence (moved to the Communications Protocol)")
 * must be a line of its own shortly before the quote.
 */
export function misplacement(
  protocol: ProtocolText,
  paragraph: string,
  quoteAt: number,
): string | undefined {
  if (/^\d+(\.\d+)?$/.test(paragraph)) {
    const before = numberedLines(protocol.lines).filter((line) => line.at <= quoteAt);
    const last = before[before.length - 1];
    return last?.number === paragraph
      ? undefined
      : `the quote follows paragraph ${last?.number ?? "(none)"}, not ${paragraph}`;
  }
  const heading = paragraph.replace(/ \(.*\)$/, "");
  const pattern = new RegExp(`^${escapeRegExp(heading)}:?$`, "gm");
  const starts = [...protocol.lines.matchAll(pattern)]
    .map((m) => m.index)
    .filter((at) => at < quoteAt);
  const nearest = starts[starts.length - 1];
  if (nearest === undefined) return `no heading "${heading}" before the quote`;
  if (quoteAt - nearest > 3000)
    return `the quote is ${quoteAt - nearest} characters after "${heading}"`;
  if (paragraph.includes("moved to the Communications Protocol")) {
    const marker = "MOVED TO COMMUNICATIONS PROTOCOL\n";
    if (protocol.lines.slice(nearest - marker.length, nearest) !== marker) {
      return `"${heading}" is not marked MOVED TO COMMUNICATIONS PROTOCOL`;
    }
  }
  return undefined;
}
