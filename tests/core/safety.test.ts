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

const forwarded = (draft: Draft): Finding[] =>
  checkDraft(draft, policy, directory).findings.filter(
    (f) => f.rule === "member-enquiry-forwarded",
  );

/** Every fix of every finding, with the broken promises of each (none, when all is well). */
function brokenPromises(draft: Draft): string[] {
  return checkDraft(draft, policy, directory).findings.flatMap((finding) =>
    finding.fixes.flatMap(
      (fix) => applyFixSafely(draft, finding, fix, policy, directory).violations,
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
