/**
 * Quoted history in a draft body: where the officer's new text ends, and every earlier message in
 * the chain with its From, Sent, To, Cc and Subject. Pure and linear in the body's length.
 */
import type { DraftBody } from "../draft";
import { detectChain } from "./detect";
import { htmlToLines } from "./html-lines";
import { joinLineText } from "./lines";
import { closeOpenElements } from "./truncate-html";
import { textToLines } from "./text-lines";
import type { QuotedHistory } from "./types";

export type { QuotedHistory, QuotedMessage, QuoteStyle } from "./types";

export function parseQuotedHistory(body: DraftBody): QuotedHistory {
  const { lines, wordDocument } =
    body.type === "html"
      ? htmlToLines(body.content)
      : { lines: textToLines(body.content), wordDocument: false };
  const chain = detectChain(lines, { bodyType: body.type, wordDocument });
  const firstQuoted = chain.firstLine === undefined ? undefined : lines[chain.firstLine];
  const history: QuotedHistory = {
    newText: joinLineText(firstQuoted ? lines.slice(0, chain.firstLine) : lines),
    text: body.type === "html" ? joinLineText(lines) : body.content,
    messages: chain.messages,
  };
  if (firstQuoted) history.splitOffset = firstQuoted.start;
  return history;
}

/**
 * The body without its quoted history: everything from the split point removed. HTML is cut in
 * the source and the elements still open are closed, so the officer's formatting and signature
 * above the split survive untouched. Unchanged when there is no quoted history.
 */
export function removeQuotedHistory(body: DraftBody): DraftBody {
  const { splitOffset } = parseQuotedHistory(body);
  if (splitOffset === undefined) return body;
  const kept = body.content.slice(0, splitOffset);
  return { type: body.type, content: body.type === "html" ? closeOpenElements(kept) : kept };
}
