/**
 * A finding's message split for the pane: the first sentence (which names the people involved)
 * as the headline, the rest (what the protocol expects) as the explanation.
 */
export interface SplitMessage {
  headline: string;
  detail: string;
}

/** A sentence ends at ". ", "? " or "! " before a capital or a quote; "Cllr" carries no dot. */
const SENTENCE_END = /[.?!][”’"]?\s+(?=[A-Z“‘"])/;

export function splitMessage(message: string): SplitMessage {
  const match = SENTENCE_END.exec(message);
  if (!match) return { headline: message.trim(), detail: "" };
  const end = match.index + match[0].trimEnd().length;
  return { headline: message.slice(0, end).trim(), detail: message.slice(end).trim() };
}

/** A quotation cut to about `max` characters at a word, for the collapsed citation. */
export function shortQuote(quote: string, max = 140): { text: string; cut: boolean } {
  if (quote.length <= max) return { text: quote, cut: false };
  const space = quote.lastIndexOf(" ", max);
  return { text: `${quote.slice(0, space > max / 2 ? space : max).trimEnd()}…`, cut: true };
}
