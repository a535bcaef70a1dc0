/**
 * Consents recorded with a draft: kept in the item's sessionData while composing (so the check
 * sees them at Send) and stamped as an `X-Member-Mail-Check-Consent` header (so the sent message
 * carries them; the CLI reads the same header, see src/cli/consent-header.ts).
 */
import type { ConsentRecord } from "../core/draft";

export { asciiJson, consentHeaderValue } from "../core/consent-header";

/** sessionData key: a JSON list of ConsentRecord. */
export const CONSENT_SESSION_KEY = "memberMailCheck.consents";

/** Must equal src/cli/consent-header.ts CONSENT_HEADER (a test checks). */
export const CONSENT_HEADER = "X-Member-Mail-Check-Consent";

function toConsent(item: unknown): ConsentRecord | undefined {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
  const { memberId, rule, note, recordedAt } = item as Record<string, unknown>;
  const optionalText = (value: unknown): value is string | undefined =>
    value === undefined || typeof value === "string";
  if (typeof memberId !== "string" || memberId === "" || typeof recordedAt !== "string") {
    return undefined;
  }
  if (!optionalText(rule) || !optionalText(note)) return undefined;
  const consent: ConsentRecord = { memberId, recordedAt };
  if (rule !== undefined) consent.rule = rule;
  if (note !== undefined) consent.note = note;
  return consent;
}

/**
 * The consents in a sessionData value. All or nothing, as in the CLI: a half-understood list
 * could suppress the wrong finding, and no consents only means the officer is asked again.
 */
export function parseConsents(value: unknown): ConsentRecord[] {
  if (typeof value !== "string") return [];
  let json: unknown;
  try {
    json = JSON.parse(value); // "" throws too: no consents
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  const consents = json.map(toConsent);
  return consents.every((c): c is ConsentRecord => c !== undefined) ? consents : [];
}
