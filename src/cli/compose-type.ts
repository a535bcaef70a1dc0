import type { ComposeType } from "../core/draft";
import { subjectComposeKind } from "../core/text/subject";

/** What a saved message says about how it was started (an .eml has no compose type of its own). */
export interface ComposeSignals {
  subject: string;
  /** In-Reply-To or References is present. */
  hasThreadHeaders: boolean;
  attachedMessageCount: number;
  /** How each quoted message was marked, nearest first (from parseQuotedHistory). */
  quotedKinds: readonly ("reply" | "forward")[];
}

/**
 * Reply, forward or new. The subject prefix is what the officer's client wrote last, so it
 * wins; then a forwarded-message marker or an attached email; then threading headers; and a
 * body that quotes earlier mail with no other signal is a reply (Outlook replies can lose both
 * the prefix and the headers when the officer edits them).
 */
export function detectComposeType(signals: ComposeSignals): ComposeType {
  const fromSubject = subjectComposeKind(signals.subject);
  if (fromSubject) return fromSubject;
  if (signals.quotedKinds[0] === "forward" || signals.attachedMessageCount > 0) return "forward";
  if (signals.hasThreadHeaders) return "reply";
  if (signals.quotedKinds.length > 0) return "reply";
  return "new";
}
