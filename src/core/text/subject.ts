/**
 * What a subject line's prefixes say about the draft. Only the outermost prefix counts:
 * "RE: FW: Potholes" is a reply (to a forward).
 */
const PREFIX = /^\s*(?:(fwd?|wg|tr|fs)|re|aw|sv|antw|r)\s*(?:\[\d+\])?\s*:/i;

export function subjectComposeKind(subject: string): "reply" | "forward" | undefined {
  const prefix = PREFIX.exec(subject);
  if (!prefix) return undefined;
  // The first group holds a forward's prefix ("FW", "Fwd", "WG", "TR", "FS").
  return prefix[1] ? "forward" : "reply";
}
