import type { ConsentRecord } from "../core/draft";

/** The header the Outlook add-in stamps on a draft to carry the consents recorded with it. */
export const CONSENT_HEADER = "X-Member-Mail-Check-Consent";

export type ConsentHeaderResult =
  { ok: true; consents: ConsentRecord[] } | { ok: false; reason: string };

function optionalString(value: unknown): value is string | undefined {
  return value === undefined || typeof value === "string";
}

function toConsent(item: unknown, index: number): ConsentRecord | string {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return `item ${index} is not an object`;
  }
  const { memberId, rule, note, recordedAt } = item as Record<string, unknown>;
  if (typeof memberId !== "string" || memberId === "") return `item ${index} has no "memberId"`;
  if (typeof recordedAt !== "string" || Number.isNaN(Date.parse(recordedAt))) {
    return `item ${index} has no valid "recordedAt" timestamp`;
  }
  if (!optionalString(rule) || !optionalString(note)) {
    return `item ${index} has a "rule" or "note" that is not text`;
  }
  return {
    memberId,
    recordedAt,
    ...(rule !== undefined && { rule }),
    ...(note !== undefined && { note }),
  };
}

/**
 * Reads the consent header's JSON: `[{"memberId":"m12","rule":"...","note":"...","recordedAt":"..."}]`.
 * All or nothing: a half-understood consent list could suppress the wrong finding.
 */
export function parseConsentHeader(value: string): ConsentHeaderResult {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return { ok: false, reason: "it is not valid JSON" };
  }
  if (!Array.isArray(json)) return { ok: false, reason: "it is not a JSON list" };
  const consents: ConsentRecord[] = [];
  for (const [index, item] of json.entries()) {
    const consent = toConsent(item, index);
    if (typeof consent === "string") return { ok: false, reason: consent };
    consents.push(consent);
  }
  return { ok: true, consents };
}
