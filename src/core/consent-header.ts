/**
 * The consent header's value, written the same by the add-in (src/office/consents.ts) and the
 * CLI's `fix` command; src/cli/consent-header.ts parses it.
 */
import type { ConsentRecord } from "./draft";

/**
 * JSON with every non-ASCII character written as a \u escape: still the same JSON to any parser,
 * but safe in an internet header (no encoded-words needed for a note in Welsh, say).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${`000${c.charCodeAt(0).toString(16)}`.slice(-4)}`,
  );
}

/**
 * The consent header's value: `[{"memberId":"jane-doe","rule":"…","note":"…","recordedAt":"…"}]`,
 * the format src/cli/consent-header.ts parses.
 */
export function consentHeaderValue(consents: readonly ConsentRecord[]): string {
  return asciiJson(
    consents.map((c) => ({
      memberId: c.memberId,
      ...(c.rule !== undefined ? { rule: c.rule } : {}),
      ...(c.note !== undefined ? { note: c.note } : {}),
      recordedAt: c.recordedAt,
    })),
  );
}
