/**
 * The safety contract (README, "Advice that is safe to follow"): a fix applied with the defaults
 * an officer accepts in one click
 *   1. makes its finding go,
 *   2. raises no finding that was not there,
 *   3. never moves anyone from outside the council (not a member or member group, not at the
 *      council's own domains) out of Bcc into To or Cc, and
 *   4. loses no recipient except those it says it removes.
 * The rule tables, the property test and `member-mail-check fix` all hold fixes to it here.
 */
import { checkDraft } from "./check";
import type { Draft, Recipient } from "./draft";
import type { MemberDirectory } from "./directory/types";
import type { Finding, FindingPerson, Fix } from "./findings";
import { applyFix } from "./fixes";
import type { ResolvedPolicy } from "./policy/types";
import { normaliseAddress } from "./text/addresses";

export interface FixOutcome {
  after: Draft;
  findingsAfter: Finding[];
  /** One plain sentence per broken promise; empty when the fix is safe. */
  violations: string[];
}

function personKey(p: FindingPerson): string {
  return p.memberId ?? normaliseAddress(p.address ?? p.name);
}

/**
 * `after` is what is left of the problem `fixed`: the same rule under the same title, about no one
 * but people it named. Sharing someone is not enough: two members' emails forwarded to a third
 * are two findings naming the third, and consent to one leaves the other, which is not the first.
 */
function sameProblem(after: Finding, fixed: Finding): boolean {
  if (after.rule !== fixed.rule || after.title !== fixed.title) return false;
  // A finding about no one in particular (a long chain) is known by whom it reaches.
  const keys = (f: Finding) =>
    f.people.length > 0 ? f.people.map(personKey) : f.recipients.map(normaliseAddress);
  const named = new Set(keys(fixed));
  const left = keys(after);
  return left.length > 0 && left.every((key) => named.has(key));
}

/**
 * Exactly which finding this is within one check: its rule, title, people, recipients and whose
 * consent would clear it (two members' emails passed to All Members concern the same people).
 */
function identity(f: Finding): string {
  const sorted = (keys: readonly string[]) => [...new Set(keys)].sort().join(" ");
  return [
    f.rule,
    f.title,
    sorted(f.people.map(personKey)),
    sorted(f.recipients.map(normaliseAddress)),
    sorted(f.consentFrom ?? []),
  ].join("\n");
}

/**
 * Is `after` another finding of `before`, left as it was, rather than the one fixed? Two findings
 * of one rule may share someone (one member's email and another's, passed to the same member):
 * fixing one leaves the other, which is not the fixed one "still found".
 */
function anotherOf(after: Finding, before: readonly Finding[], fixed: Finding): boolean {
  const key = identity(after);
  return key !== identity(fixed) && before.some((b) => identity(b) === key);
}

/** Every problem of `after` was one of `before` (same rule and title, no one new in it). */
function wasThere(after: Finding, before: readonly Finding[]): boolean {
  return before.some(
    (b) =>
      b.rule === after.rule &&
      b.title === after.title &&
      after.people.every((p) => b.people.some((q) => personKey(q) === personKey(p))),
  );
}

function addresses(list: readonly Recipient[]): Set<string> {
  return new Set(list.map((r) => normaliseAddress(r.address)));
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}

/** Who the fix says it takes off the email. */
function saysItRemoves(fix: Fix): Set<string> {
  return fix.kind === "remove" || fix.kind === "send-separately"
    ? new Set(fix.recipients.map((r) => normaliseAddress(r.address)))
    : new Set();
}

/** The council's own domains, as the contract counts them: the sender's and its member groups'. */
function ownDomains(draft: Draft, directory: MemberDirectory): Set<string> {
  const domains = new Set(directory.groups.map((g) => domainOf(normaliseAddress(g.email))));
  if (draft.from?.address) domains.add(domainOf(normaliseAddress(draft.from.address)));
  return domains;
}

/** Applies `fix` with its one-click defaults and checks the four promises. */
export function applyFixSafely(
  draft: Draft,
  finding: Finding,
  fix: Fix,
  policy: ResolvedPolicy,
  directory: MemberDirectory,
  recordedAt = "2026-01-01T00:00:00.000Z",
  /** The draft's findings, when the caller has them already. */
  before: readonly Finding[] = checkDraft(draft, policy, directory).findings,
): FixOutcome {
  const after = applyFix(draft, fix, { recordedAt });
  const findingsAfter = checkDraft(after, policy, directory).findings;
  const violations: string[] = [];

  const still = findingsAfter.filter(
    (f) => sameProblem(f, finding) && !anotherOf(f, before, finding),
  );
  if (still.length > 0) violations.push(`“${finding.title}” is still found after “${fix.label}”.`);
  for (const f of findingsAfter) {
    if (!still.includes(f) && !wasThere(f, before)) {
      violations.push(`“${fix.label}” raises a new finding: ${f.title}: ${f.message}`);
    }
  }

  const open = addresses([...draft.to, ...draft.cc]);
  const hidden = addresses(draft.bcc);
  const domains = ownDomains(draft, directory);
  for (const r of [...after.to, ...after.cc]) {
    const address = normaliseAddress(r.address);
    if (!hidden.has(address) || open.has(address)) continue;
    const { members } = directory.resolve(r);
    if (members.length === 0 && !domains.has(domainOf(address))) {
      violations.push(`“${fix.label}” moves ${r.address}, from outside the council, out of Bcc.`);
    }
  }

  const kept = addresses([...after.to, ...after.cc, ...after.bcc]);
  const removes = saysItRemoves(fix);
  for (const r of [...draft.to, ...draft.cc, ...draft.bcc]) {
    const address = normaliseAddress(r.address);
    if (!kept.has(address) && !removes.has(address)) {
      violations.push(`“${fix.label}” loses ${r.address} without saying so.`);
    }
  }
  return { after, findingsAfter, violations };
}
