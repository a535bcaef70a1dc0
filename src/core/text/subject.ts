/**
 * What a subject line's prefixes say about the draft. Only the outermost prefix counts:
 * "RE: FW: Potholes" is a reply (to a forward).
 */
const REPLY_PREFIX = /^\s*(?:re|aw|sv|antw|r)\s*(?:\[\d+\])?\s*:/i;
const FORWARD_PREFIX = /^\s*(?:fw|fwd|wg|tr|fs)\s*(?:\[\d+\])?\s*:/i;

export function subjectComposeKind(subject: string): "reply" | "forward" | undefined {
  if (FORWARD_PREFIX.test(subject)) return "forward";
  if (REPLY_PREFIX.test(subject)) return "reply";
  return undefined;
}
