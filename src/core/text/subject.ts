/**
 * What a subject line's prefixes say about the draft. Only the outermost prefix counts:
 * "RE: FW: Potholes" is a reply (to a forward).
 *
 * The expression is linear: no two neighbouring quantifiers can trade characters, so a subject
 * of "Re" and 40,000 spaces is read in one pass rather than one pass per space.
 */
const PREFIX = /^\s*(?:(fwd?|wg|tr|fs)|re|aw|sv|antw|r)\s*(?:\[\d+\]\s*)?:/i;

/**
 * How much of a subject is looked at for its prefix. A prefix is a word, an optional "[2]" and a
 * colon, with a little space around: nothing longer than this is one, so a pasted subject of
 * megabytes costs no more than a normal one.
 */
export const SUBJECT_PREFIX_REACH = 200;

export function subjectComposeKind(subject: string): "reply" | "forward" | undefined {
  const prefix = PREFIX.exec(subject.slice(0, SUBJECT_PREFIX_REACH));
  if (!prefix) return undefined;
  // The first group holds a forward's prefix ("FW", "Fwd", "WG", "TR", "FS").
  return prefix[1] ? "forward" : "reply";
}
