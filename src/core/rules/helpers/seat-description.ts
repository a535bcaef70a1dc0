import type { WardMention } from "../../directory/types";

/** "… Councillor for", "Member for the", "Cllr, representing" just before a ward name. */
const SEAT_BEFORE =
  /\b(?:councillor|cllr|member|representing)(?:\s*,)?(?:\s*(?:for|of))?\s+(?:the\s+)?$/i;
/** "… Ward Councillor", "… Division Member" just after one. */
const SEAT_AFTER = /^\s*(?:(?:ward|division)\s*)?(?:councillor|cllr|member)\b/i;
/** How far either side of a mention to look: a signature line, not the paragraph around it. */
const REACH = 40;

/**
 * Is this mention of a ward a member describing their seat ("Cllr Jane Doe, Councillor for
 * Frimley Green", "Frimley Green Ward Councillor")? Councillors sign every email that way, so
 * such a mention says who wrote, not what the email is about.
 */
export function isSeatDescription(text: string, mention: WardMention): boolean {
  const before = text.slice(Math.max(0, mention.index - REACH), mention.index);
  const afterStart = mention.index + mention.matched.length;
  const after = text.slice(afterStart, afterStart + REACH);
  return SEAT_BEFORE.test(before) || SEAT_AFTER.test(after);
}
