import { check, checkDraft } from "../../src/core/check";
import { makeDraft } from "../../src/core/draft";
import { resolvePreset } from "../../src/core/policy/load";
import { RULES } from "../../src/core/rules";
import type { ResolvedPolicy } from "../../src/core/policy/types";
import { directory, people as p } from "./rules/rule-tester";
import { outlookDesktop } from "../helpers/mail-bodies";

const surreyHeath = resolvePreset("surrey-heath-borough-council");

const enquiry = {
  from: p.doe,
  to: [p.priya],
  sent: "Monday, November 16, 2026 9:12 AM",
  subject: "Flooding on Frimley Green Road",
  text: ["Dear Priya, a resident has reported flooding outside the shops. Jane"],
};

/** Bcc to a member (block), forwarded to another member (warn), Frimley Green members missing (warn). */
const troubledDraft = makeDraft({
  to: [p.okafor],
  bcc: [p.khan],
  subject: "FW: Flooding on Frimley Green Road",
  composeType: "forward",
  body: outlookDesktop(["David, see below about the planned works."], [enquiry]),
});

function withSeverity(
  policy: ResolvedPolicy,
  rule: keyof ResolvedPolicy["rules"],
  severity: "off" | "inform" | "warn" | "block",
): ResolvedPolicy {
  return { ...policy, rules: { ...policy.rules, [rule]: { ...policy.rules[rule], severity } } };
}

test("findings come block first, then warn, then inform", () => {
  // The copying rule off: passing the email to a cabinet member would make one warn of both.
  const policy = withSeverity(
    withSeverity(surreyHeath, "member-enquiry-forwarded", "inform"),
    "portfolio-holder-copied",
    "off",
  );
  const findings = check(troubledDraft, policy, directory);
  const severities = findings.map((f) => f.severity);
  expect(severities[0]).toBe("block");
  expect(severities).toEqual(
    [...severities].sort(
      (a, b) => ["block", "warn", "inform"].indexOf(a) - ["block", "warn", "inform"].indexOf(b),
    ),
  );
  expect(findings.map((f) => f.rule)).toEqual(
    expect.arrayContaining([
      "bcc-to-members",
      "member-enquiry-forwarded",
      "local-members-not-copied",
    ]),
  );
  expect(findings[findings.length - 1]?.severity).toBe("inform");
});

test("each finding carries the rule's title, the preset's citation and its fixes", () => {
  const [bcc] = check(troubledDraft, surreyHeath, directory);
  expect(bcc).toMatchObject({
    rule: "bcc-to-members",
    severity: "block",
    title: RULES["bcc-to-members"].meta.title,
    recipients: [p.khan.address],
  });
  expect(bcc?.citation).toMatch(/^Surrey Heath 7\.1: “.*silent or blind copies/);
  expect(bcc?.citations.length).toBeGreaterThan(0);
  expect(bcc?.fixes.map((f) => f.kind)).toEqual(["move-to-cc", "remove"]);
});

test("rules set to off do not run", () => {
  let policy = surreyHeath;
  for (const id of Object.keys(policy.rules) as (keyof ResolvedPolicy["rules"])[])
    policy = withSeverity(policy, id, "off");
  expect(check(troubledDraft, policy, directory)).toEqual([]);
});

test("a rule that throws is reported and the other rules still run", () => {
  const spy = jest.spyOn(RULES["bcc-to-members"], "check").mockImplementation(() => {
    throw new Error("boom");
  });
  try {
    const result = checkDraft(troubledDraft, surreyHeath, directory);
    expect(result.failures).toEqual([{ rule: "bcc-to-members", error: expect.any(Error) }]);
    expect(result.findings.map((f) => f.rule)).not.toContain("bcc-to-members");
    expect(result.findings.length).toBeGreaterThan(0);
  } finally {
    spy.mockRestore();
  }
});

test("a consent recorded for every rule covers each finding that member could consent to", () => {
  const draft = {
    ...troubledDraft,
    records: { consents: [{ memberId: "m-jane-doe", recordedAt: "2026-11-20T10:00:00Z" }] },
  };
  const rules = check(draft, surreyHeath, directory).map((f) => f.rule);
  expect(rules).not.toContain("member-enquiry-forwarded");
  expect(rules).toContain("bcc-to-members");
});

test("where the preset's protocol is silent, the citation line says so", () => {
  const cambridgeshire = resolvePreset("cambridgeshire-county-council");
  const silent = Object.values(cambridgeshire.rules).some((r) => r.citations.length === 0);
  const draft = makeDraft({ to: [p.priya], bcc: [p.doe], subject: "Briefing", body: "Dear all" });
  const [finding] = check(draft, cambridgeshire, directory);
  expect(finding?.rule).toBe("bcc-to-members");
  if (silent && cambridgeshire.rules["bcc-to-members"].citations.length === 0) {
    expect(finding?.citation).toMatch(
      /^Cambridgeshire: the protocol does not address this directly/,
    );
  }
  expect(finding?.severity).toBe(cambridgeshire.rules["bcc-to-members"].severity);
});

test("a clean draft has no findings on any preset", () => {
  const draft = makeDraft({
    to: [p.mark],
    subject: "Agenda for Thursday",
    body: outlookDesktop(["Mark, the agenda for Thursday's team meeting is attached."], []),
  });
  for (const id of [
    "surrey-county-council",
    "surrey-heath-borough-council",
    "west-suffolk-council",
    "cambridgeshire-county-council",
    "southwark-council",
  ] as const) {
    expect(check(draft, resolvePreset(id), directory)).toEqual([]);
  }
});
