import type { Finding } from "../../src/core/findings";
import {
  dialogMessage,
  MAX_MESSAGE_LENGTH,
  unavailableMessage,
} from "../../src/launchevent/message";
import { stampHeaderValue } from "../../src/launchevent/stamp";
import { parseContext, serializeContext } from "../../src/office/smart-alert-context";
import { decide } from "../../src/launchevent/decision";
import { resolvePreset } from "../../src/core/policy/load";

const finding = (i: number, severity: Finding["severity"] = "warn"): Finding => ({
  rule: "portfolio-holder-copied",
  severity,
  title: "Cabinet member copied into a member's enquiry",
  message: `Cllr Amir Khan (Portfolio Holder for Planning) is copied into your reply to Cllr Jane Doe's enquiry number ${i}, about a neighbour's extension on Guildford Road, Frimley Green.`,
  citation:
    "Surrey Heath 7.1: “Officers should not copy correspondence with individual Councillors to other Councillors unless the Councillor has agreed or the matter is of wider significance.”",
  citations: [],
  recipients: ["amir.khan@surreyheath-council.example"],
  people: [{ name: "Cllr Amir Khan", memberId: "m-amir-khan" }, { name: "Cllr Jane Doe" }],
  fixes: [],
});

test.each([1, 2, 3, 5, 12])("%i findings fit in 500 characters, plain and Markdown", (count) => {
  const findings = Array.from({ length: count }, (_, i) => finding(i + 1));
  for (const canReview of [true, false]) {
    const { plain, markdown } = dialogMessage({
      outcome: "warn",
      stopping: findings,
      unchecked: ["bcc-to-members"],
      unread: ["attachments", "consents"],
      canReview,
    });
    expect(plain.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(markdown.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(plain).toContain("Surrey Heath 7.1");
    expect(plain).toContain(canReview ? "Send Anyway if you are sure" : "cannot offer Send Anyway");
    if (count > 3) expect(plain).toMatch(/and \d+ more/);
  }
});

test("one short finding is shown whole", () => {
  const short = {
    ...finding(1),
    message: "Cllr Khan is copied.",
    citation: "Surrey Heath 7.1: “Short.”",
  };
  const { plain } = dialogMessage({
    outcome: "block",
    stopping: [short],
    unchecked: [],
    unread: [],
    canReview: true,
  });
  expect(plain).toBe(
    [
      "This email breaks your council's protocol and cannot be sent as it is.",
      "1. Cabinet member copied into a member's enquiry: Cllr Khan is copied. Surrey Heath 7.1: “Short.”",
      "Choose Review to fix it.",
    ].join("\n"),
  );
});

test("unavailable message stays under 500 characters with a long reason", () => {
  const { plain, markdown } = unavailableMessage("x".repeat(2000), true);
  expect(plain.length).toBeLessThanOrEqual(500);
  expect(markdown.length).toBeLessThanOrEqual(500);
});

test("the stamp header is ASCII and sanitises the policy version", () => {
  expect(
    stampHeaderValue({
      outcome: "block",
      rules: ["bcc-to-members", "portfolio-holder-copied", "bcc-to-members"],
      policy: { preset: "surrey-heath-borough-council", version: "Nov 2026 – v2; final" },
    }),
  ).toBe(
    "outcome=block; rules=bcc-to-members,portfolio-holder-copied; policy=surrey-heath-borough-council/Nov-2026-v2-final",
  );
  expect(
    stampHeaderValue({ outcome: "warn", rules: [], policy: { preset: "southwark-council" } }),
  ).toBe("outcome=warn; rules=; policy=southwark-council/unversioned");
});

test("context data round-trips, and a huge one drops fixes to stay small", () => {
  const context = {
    v: 1 as const,
    source: "onMessageSend" as const,
    outcome: "warn" as const,
    findings: [finding(1)],
    unchecked: [],
  };
  expect(parseContext(serializeContext(context))).toEqual(context);
  const huge = {
    ...context,
    findings: Array.from({ length: 200 }, (_, i) => ({
      ...finding(i),
      fixes: [{ kind: "remove-quoted-history" as const, label: "x".repeat(200) }],
    })),
  };
  const parsed = parseContext(serializeContext(huge));
  expect(parsed?.findings).toHaveLength(200);
  expect(parsed?.findings[0]?.fixes).toEqual([]);
  expect(parseContext("not json")).toBeUndefined();
  expect(parseContext(JSON.stringify({ v: 2 }))).toBeUndefined();
});

test("decide: inform never stops; failures follow whenConfigUnavailable", () => {
  const policy = resolvePreset("surrey-heath-borough-council");
  expect(decide({ findings: [finding(1, "inform")], failures: [] }, policy).outcome).toBe("allow");
  expect(
    decide({ findings: [finding(1, "warn"), finding(2, "block")], failures: [] }, policy).outcome,
  ).toBe("block");
  const failure = { rule: "bcc-to-members" as const, error: new Error("boom") };
  expect(decide({ findings: [], failures: [failure] }, policy)).toMatchObject({
    outcome: "allow",
    skipped: ["bcc-to-members"],
  });
  const holding = { ...policy, whenConfigUnavailable: "block" as const };
  expect(decide({ findings: [], failures: [failure] }, holding)).toMatchObject({
    outcome: "block",
    unchecked: ["bcc-to-members"],
  });
  const informRule = {
    ...holding,
    rules: {
      ...holding.rules,
      "bcc-to-members": { ...holding.rules["bcc-to-members"], severity: "inform" as const },
    },
  };
  expect(decide({ findings: [], failures: [failure] }, informRule).outcome).toBe("allow");
});

test("a paragraph quoted for one finding is named, not quoted again, for the next", () => {
  const short = (i: number) => ({ ...finding(i), message: `Cllr Khan is copied (${i}).` });
  const { plain } = dialogMessage({
    outcome: "warn",
    stopping: [short(1), short(2)],
    unchecked: [],
    unread: [],
    canReview: true,
  });
  expect(plain.match(/“Officers should not/g)).toHaveLength(1);
  expect(plain).toContain("Cllr Khan is copied (2). (Surrey Heath 7.1)");
});
