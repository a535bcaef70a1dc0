/**
 * What the officer is offered: each finding with only the fixes that keep the safety contract
 * (safety.ts). The rules offer fixes for their own finding; whether one is safe depends on the
 * others too (taking a local member out of Bcc leaves the ward's member untold; removing the
 * quoted chain can leave an attached one reaching someone who was on none of them). Rather than
 * teach every rule every other rule, each fix is applied, with its one-click defaults, to a copy
 * of the draft and the whole policy checked again: a fix that breaks a promise is not offered.
 * The task pane, the admin preview and the CLI offer findings through here; the on-send script
 * offers no fixes.
 */
import type { Draft } from "./draft";
import type { MemberDirectory } from "./directory/types";
import type { Finding } from "./findings";
import type { ResolvedPolicy } from "./policy/types";
import { applyFixSafely } from "./safety";

export function withSafeFixes(
  draft: Draft,
  findings: readonly Finding[],
  policy: ResolvedPolicy,
  directory: MemberDirectory,
): Finding[] {
  return findings.map((finding) =>
    finding.fixes.length === 0
      ? finding
      : Object.assign({}, finding, {
          fixes: finding.fixes.filter(
            (fix) =>
              applyFixSafely(draft, finding, fix, policy, directory, undefined, findings).violations
                .length === 0,
          ),
        }),
  );
}
