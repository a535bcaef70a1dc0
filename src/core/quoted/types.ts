import type { MessageHeaders } from "../draft";

/** Which client's quoting convention marked the start of a quoted message. */
export type QuoteStyle =
  | "outlook-desktop"
  | "outlook-web"
  | "outlook-mac"
  | "outlook-text"
  | "gmail"
  | "apple-mail"
  | "thunderbird"
  | "header-block"
  | "attribution-line"
  | "blockquote"
  | "text-quote";

export interface QuotedMessage extends MessageHeaders {
  /** 0 for the message directly below the officer's text, 1 for the one below that, and so on. */
  depth: number;
  /** "forward" where the client marked it as forwarded ("Forwarded message", "Begin forwarded message:"). */
  kind: "reply" | "forward";
  style: QuoteStyle;
}

export interface QuotedHistory {
  /** The officer's new text, as plain text (whitespace folded per line). */
  newText: string;
  /** The whole body as plain text, officer's text and quoted history alike (for ward and postcode detection). */
  text: string;
  /** Offset in the body's content where the quoted history starts; undefined when there is none. */
  splitOffset?: number;
  /** Every earlier message in the chain, nearest first. */
  messages: QuotedMessage[];
}
