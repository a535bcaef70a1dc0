/**
 * One act, one finding (docs/rules/README.md, "One policy"). Passing a member's email to a
 * cabinet member breaks two paragraphs at once, the forwarding one and the copying one: the
 * officer sees one finding citing both, at the more serious severity, with one consent that
 * covers both rules.
 */
import { SEVERITY_RANK, type Finding, type Fix } from "./findings";
import { normaliseAddress } from "./text/addresses";
import { joinNames } from "./text/names";
import { ON_SEND } from "./build-target";
import { flatMap } from "./builtins";

const FORWARDED = "member-enquiry-forwarded";
const COPIED = "portfolio-holder-copied";

/** The same members' consent would clear both, and they concern some of the same recipients. */
function sameAct(forwarded: Finding, copied: Finding): boolean {
  const from = forwarded.consentFrom ?? [];
  const others = copied.consentFrom ?? [];
  const addresses = new Set(forwarded.recipients.map(normaliseAddress));
  return (
    from.length > 0 &&
    from.length === others.length &&
    from.every((id) => others.includes(id)) &&
    copied.recipients.some((a) => addresses.has(normaliseAddress(a)))
  );
}

/** Each item once, by key, first kept. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * The fixes that clear both findings: taking everyone concerned off, or one consent for both
 * rules; and, when the enquirer is not on the email (a forward), taking out their email, which
 * is then all that made it their enquiry. In a reply the copying would stay.
 */
function fixesForBoth(
  forwarded: Finding,
  copied: Finding,
  recipients: string[],
  recipientMemberIds: () => ReadonlySet<string>,
): Fix[] {
  const onEmail = recipientMemberIds();
  const enquirerIsRecipient = (copied.consentFrom ?? []).some((id) => onEmail.has(id));
  const refs = uniqueBy(
    flatMap([...forwarded.fixes, ...copied.fixes], (f) =>
      f.kind === "remove" || f.kind === "move-to-cc" ? f.recipients : [],
    ),
    (r) => `${r.field} ${normaliseAddress(r.address)}`,
  );
  const fixes: Fix[] = enquirerIsRecipient
    ? []
    : forwarded.fixes.filter(
        (f) => f.kind === "remove-quoted-history" || f.kind === "remove-attached-emails",
      );
  const concerned = new Set(recipients.map(normaliseAddress));
  const removeAll = refs.filter((r) => concerned.has(normaliseAddress(r.address)));
  // Offered only when it takes off everyone concerned: else the passing on stays for the rest.
  const covered = new Set(removeAll.map((r) => normaliseAddress(r.address)));
  if (removeAll.length > 0 && [...concerned].every((a) => covered.has(a))) {
    const names = joinNames(removeAll.map((r) => r.name ?? r.address));
    fixes.push({ kind: "remove", label: `Remove ${names}`, recipients: removeAll });
  }
  for (const fix of forwarded.fixes) {
    if (fix.kind === "record-consent") {
      fixes.push(Object.assign({}, fix, { alsoRules: [...(fix.alsoRules ?? []), copied.rule] }));
    }
  }
  return fixes;
}

function merge(
  forwarded: Finding,
  copied: Finding,
  recipientMemberIds: () => ReadonlySet<string>,
): Finding {
  const recipients = uniqueBy([...forwarded.recipients, ...copied.recipients], normaliseAddress);
  // Object.assign, not spread: see portfolio-holder-copied.ts.
  return Object.assign({}, forwarded, {
    severity:
      SEVERITY_RANK[copied.severity] > SEVERITY_RANK[forwarded.severity]
        ? copied.severity
        : forwarded.severity,
    citations: [...forwarded.citations, ...copied.citations],
    recipients,
    people: uniqueBy([...forwarded.people, ...copied.people], (p) => p.memberId ?? p.name),
    fixes: ON_SEND ? [] : fixesForBoth(forwarded, copied, recipients, recipientMemberIds),
    alsoRules: [copied.rule],
  });
}

/**
 * Findings of one check with every "passed on to a cabinet member" pair made one: the same
 * enquirer's consent clears both, and they concern the same recipients.
 */
export function combineSameAct(
  findings: readonly Finding[],
  recipientMemberIds: () => ReadonlySet<string>,
): Finding[] {
  const result = [...findings];
  for (const copied of findings.filter((f) => f.rule === COPIED)) {
    const index = result.findIndex(
      (f) => f.rule === FORWARDED && !f.alsoRules && sameAct(f, copied),
    );
    if (index < 0) continue;
    result[index] = merge(result[index] as Finding, copied, recipientMemberIds);
    result.splice(result.indexOf(copied), 1);
  }
  return ON_SEND ? result : result.map((f) => withConsentFor(f, result));
}

const consentKey = (ids: readonly string[]): string => [...ids].sort().join(" ");

/**
 * A member's agreement to their email being passed on is recorded for the rule, not for one
 * recipient, so it clears every such finding of theirs at once. Where one of those was also a
 * cabinet member being copied in, the agreement given on any of them must cover that rule too,
 * or recording it would let the copying finding appear on its own.
 */
function withConsentFor(finding: Finding, all: readonly Finding[]): Finding {
  if (finding.rule !== FORWARDED || finding.alsoRules) return finding;
  const also = (fix: Fix): string[] =>
    fix.kind !== "record-consent"
      ? []
      : flatMap(
          all.filter(
            (other) =>
              other.rule === FORWARDED &&
              other.alsoRules !== undefined &&
              consentKey(other.consentFrom ?? []) === consentKey(fix.memberIds),
          ),
          (other) => other.alsoRules ?? [],
        );
  if (!finding.fixes.some((fix) => also(fix).length > 0)) return finding;
  return Object.assign({}, finding, {
    fixes: finding.fixes.map((fix) => {
      const rules = also(fix);
      if (fix.kind !== "record-consent" || rules.length === 0) return fix;
      return Object.assign({}, fix, {
        alsoRules: uniqueBy([...(fix.alsoRules ?? []), ...rules], (r) => r),
      });
    }),
  });
}
