/**
 * The `X-Member-Mail-Check` header stamped on a draft before a warn or block completes, so that
 * a message sent anyway carries a record an Exchange mail-flow rule can route to the Monitoring
 * Officer. Format (ASCII, one line, "; "-separated key=value pairs, keys always in this order):
 *
 *   outcome=<warn|block>; rules=<rule-id>[,<rule-id>...]; policy=<preset>/<version>[; unchecked=<rule-id>[,...]]
 *
 * e.g. `outcome=warn; rules=portfolio-holder-copied; policy=surrey-heath-borough-council/2026-11-sample-1`.
 * `rules` lists the rules at warn or block that fired, most serious first; `version` is
 * policy.json's "version" with anything but letters, digits, ".", "_" and "-" turned into "-"
 * ("unversioned" when absent); `unchecked` lists rules that failed to run and counted towards the
 * outcome. A mail-flow rule matches with "A message header includes": header
 * `X-Member-Mail-Check`, words `outcome=warn` (or `outcome=block`, or `rules=bcc-to-members`).
 * Only a warn can actually be sent (Send Anyway); a stamp left by an earlier blocked attempt is
 * removed when the draft later passes, so a fixed message carries no stamp.
 */
import type { ResolvedPolicy } from "../core/policy/types";

export const STAMP_HEADER = "X-Member-Mail-Check";

const MAX_VERSION_LENGTH = 40;

function headerSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, MAX_VERSION_LENGTH);
}

export interface StampInput {
  outcome: "warn" | "block";
  /** Rule ids, most serious first (duplicates dropped). */
  rules: readonly string[];
  policy: Pick<ResolvedPolicy, "preset" | "version">;
  /** Rules that could not run and counted towards the outcome. */
  unchecked?: readonly string[];
}

/** Each id once, in order of first appearance, made header-safe. */
function unique(list: readonly string[]): string[] {
  return Array.from(new Set(list), headerSafe);
}

export function stampHeaderValue(input: StampInput): string {
  const version = input.policy.version ? headerSafe(input.policy.version) : "unversioned";
  const parts = [
    `outcome=${input.outcome}`,
    `rules=${unique(input.rules).join(",")}`,
    `policy=${input.policy.preset}/${version}`,
  ];
  if (input.unchecked && input.unchecked.length > 0)
    parts.push(`unchecked=${unique(input.unchecked).join(",")}`);
  return parts.join("; ");
}
