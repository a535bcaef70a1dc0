/**
 * The safety contract's own cases, found by the property test (safety.properties.test.ts) and
 * kept here as plain examples: each fix, with its one-click defaults, breaks none of the four
 * promises.
 */
import { checkDraft } from "../../src/core/check";
import { makeDraft, type AttachedMessage, type Draft } from "../../src/core/draft";
import type { Finding } from "../../src/core/findings";
import { resolvePreset } from "../../src/core/policy/load";
import { applyFixSafely } from "../../src/core/safety";
import { gmailReply, type ChainMessage } from "../helpers/mail-bodies";
import { directory, people as p } from "./rules/rule-tester";

const policy = resolvePreset("surrey-county-council");

const message = (from: ChainMessage["from"], text: string): ChainMessage => ({
  from,
  to: [p.priya],
  sent: "Monday, November 16, 2026 9:12 AM",
  subject: "Flooding",
  text: [text],
});

const attached = (m: ChainMessage): AttachedMessage => ({
  id: "att-1",
  name: "Flooding.msg",
  from: [m.from],
  to: m.to,
  cc: [],
  subject: m.subject,
});

const forwarded = (draft: Draft, within = policy): Finding[] =>
  checkDraft(draft, within, directory).findings.filter(
    (f) => f.rule === "member-enquiry-forwarded",
  );

/** Every fix of every finding, with the broken promises of each (none, when all is well). */
function brokenPromises(draft: Draft, within = policy): string[] {
  return checkDraft(draft, within, directory).findings.flatMap((finding) =>
    finding.fixes.flatMap(
      (fix) => applyFixSafely(draft, finding, fix, within, directory).violations,
    ),
  );
}

test("fixing one member's email passed on leaves another member's, which is not the same", () => {
  // Cllr Hughes's email quoted, Cllr Khan's attached, both going to Cllr Doe: two findings
  // about Cllr Doe. Taking out Cllr Hughes's leaves Cllr Khan's finding, rightly.
  const draft = makeDraft({
    to: [p.doe],
    subject: "FW: Flooding",
    composeType: "forward",
    body: gmailReply(["Jane, for information."], [message(p.hughes, "The drain is blocked.")]),
    attachedMessages: [attached(message(p.khan, "Can we talk about the drains?"))],
  });
  const findings = forwarded(draft);
  expect(findings.map((f) => f.consentFrom)).toEqual([["m-robert-hughes"], ["m-amir-khan"]]);
  const [hughes] = findings as [Finding];
  const quoted = hughes.fixes.find((f) => f.kind === "remove-quoted-history");
  expect(quoted).toBeDefined();
  const outcome = applyFixSafely(draft, hughes, quoted as never, policy, directory);
  expect(outcome.violations).toEqual([]);
  expect(outcome.findingsAfter.map((f) => f.consentFrom)).toEqual([["m-amir-khan"]]);
  expect(brokenPromises(draft)).toEqual([]);
});

test("two members' emails passed to All Members are two findings, fixed one at a time", () => {
  const draft = makeDraft({
    cc: [p.allMembers],
    subject: "Flooding",
    composeType: "forward",
    body: gmailReply(["For information."], [message(p.doe, "The drain is blocked.")]),
    attachedMessages: [attached(message(p.khan, "Can we talk about the drains?"))],
  });
  expect(forwarded(draft)).toHaveLength(2);
  expect(brokenPromises(draft)).toEqual([]);
});

test("a member's email both quoted and attached: no removal is offered that leaves it", () => {
  const doe = message(p.doe, "A resident reports flooding outside the shops.");
  const draft = makeDraft({
    to: [p.okafor],
    subject: "FW: Flooding",
    composeType: "forward",
    body: gmailReply(["David, see below and attached."], [doe]),
    attachedMessages: [attached(doe)],
  });
  const [finding] = forwarded(draft) as [Finding];
  // Cllr Okafor is another member (alsoOtherMembers): taking him off is the combined fix.
  expect(finding.fixes.map((f) => f.kind)).toEqual(["remove", "record-consent"]);
  expect(brokenPromises(draft)).toEqual([]);
});

test("a chain quoted and attached: a removal is offered only when what is left is no chain", () => {
  // Threshold 3: two quoted messages and one attached. Without the attached one the chain is
  // two messages, short enough; without the quoted ones it is one.
  const officer = message(p.mark, "Passing this on.");
  const doe = message(p.doe, "A resident reports flooding outside the shops.");
  const draft = makeDraft({
    to: [p.highways],
    subject: "FW: Flooding",
    composeType: "forward",
    body: gmailReply(["Highways, over to you."], [officer, doe]),
    attachedMessages: [attached(message(p.ashby, "And the drain by the school."))],
  });
  const [finding] = forwarded(draft) as [Finding];
  expect(finding.message).toContain("chain of 3");
  expect(finding.fixes.map((f) => f.kind)).toEqual([
    "remove-quoted-history",
    "remove-attached-emails",
    "record-consent",
  ]);
  expect(brokenPromises(draft)).toEqual([]);
});

test("one act's Remove is offered only when it takes off everyone the email passes it to", () => {
  // Cllr Whitfield's email goes to Cllr Doe and to Cllr Khan (a cabinet member): one finding for
  // both rules. Taking off only Cllr Khan would leave it passed on to Cllr Doe.
  const rules = policy.rules;
  const cabinetOnly = {
    ...policy,
    rules: {
      ...rules,
      "portfolio-holder-copied": {
        ...rules["portfolio-holder-copied"],
        options: { ...rules["portfolio-holder-copied"].options, alsoOtherMembers: false },
      },
    },
  };
  const draft = makeDraft({
    to: [p.doe],
    bcc: [p.khan],
    subject: "FW: Flooding",
    composeType: "forward",
    attachedMessages: [attached(message(p.whitfield, "The drain is blocked."))],
  });
  const [finding] = forwarded(draft, cabinetOnly) as [Finding];
  expect(finding.alsoRules).toEqual(["portfolio-holder-copied"]);
  expect(finding.fixes.map((f) => f.kind)).toEqual(["remove-attached-emails", "record-consent"]);
  expect(brokenPromises(draft, cabinetOnly)).toEqual([]);
});

test("agreeing on one of a member's passed-on emails covers the cabinet member copied in too", () => {
  // A new email with Cllr Doe's email attached, Bcc Cllr Khan (Portfolio Holder for Planning)
  // and a resident. Two findings of Cllr Doe's email passed on: to Cllr Khan (one act with the
  // cabinet copying) and to Tom Baker (a chain he was on none of). Her agreement is recorded
  // for the rule, so giving it on the second clears the first as well: it must cover the
  // copying rule too, or "Cabinet member copied" would appear once it is recorded.
  const cabinetOnly = {
    ...policy,
    rules: {
      ...policy.rules,
      "portfolio-holder-copied": {
        ...policy.rules["portfolio-holder-copied"],
        options: { ...policy.rules["portfolio-holder-copied"].options, alsoOtherMembers: false },
      },
      // A chain of one earlier email is enough to warn about it going to someone new.
      "member-enquiry-forwarded": {
        ...policy.rules["member-enquiry-forwarded"],
        options: { ...policy.rules["member-enquiry-forwarded"].options, chainThreshold: 1 },
      },
    },
  };
  const draft = makeDraft({
    bcc: [p.khan, p.resident],
    subject: "Flooding",
    composeType: "new",
    attachedMessages: [attached(message(p.doe, "The drain outside 4 Mill Lane is blocked."))],
  });
  const findings = forwarded(draft, cabinetOnly);
  expect(findings.map((f) => [f.recipients, f.alsoRules ?? []])).toEqual([
    [["amir.khan@surreyheath-council.example"], ["portfolio-holder-copied"]],
    [["tom.baker@mail.example"], []],
  ]);
  for (const finding of findings) {
    const consent = finding.fixes.find((f) => f.kind === "record-consent");
    expect(consent).toMatchObject({
      label: "Cllr Jane Doe agreed",
      memberIds: ["m-jane-doe"],
      rule: "member-enquiry-forwarded",
      alsoRules: ["portfolio-holder-copied"],
    });
  }
  expect(brokenPromises(draft, cabinetOnly)).toEqual([]);
});
