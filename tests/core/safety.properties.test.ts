/**
 * The safety contract (README, "Advice that is safe to follow") over random drafts from the
 * fixture council: every fix of every finding, applied with its one-click defaults, makes its
 * finding go, raises no new one, keeps outsiders in Bcc and loses no one it does not name.
 * The rules run together, at mixed severities, over every preset.
 */
import fc from "fast-check";
import { checkDraft } from "../../src/core/check";
import {
  makeDraft,
  type AttachedMessage,
  type ComposeType,
  type Draft,
  type DraftBody,
  type Person,
  type Recipient,
} from "../../src/core/draft";
import type { Finding, FixKind, SeveritySetting } from "../../src/core/findings";
import { loadPolicy } from "../../src/core/policy/load";
import { getPreset } from "../../src/core/policy/presets";
import { resolvePolicy } from "../../src/core/policy/resolve";
import {
  POLICY_PRESET_IDS,
  RULE_IDS,
  type PolicyPresetId,
  type ResolvedPolicy,
  type RuleId,
} from "../../src/core/policy/types";
import { applyFixSafely } from "../../src/core/safety";
import { withSafeFixes } from "../../src/core/safe-fixes";
import samplePolicyJson from "../../config/policy.json";
import {
  appleMailForward,
  appleMailReply,
  gmailForward,
  gmailReply,
  outlookDesktop,
  outlookText,
  outlookWeb,
  thunderbirdReply,
  type ChainMessage,
} from "../helpers/mail-bodies";
import { directory, people } from "./rules/rule-tester";

const SEED = 20261120;
const RUNS = 500;

// ---- People -------------------------------------------------------------------------------

const council = "surreyheath-council.example";
const member = (name: string, local: string): Recipient => ({
  name: `Cllr ${name}`,
  address: `${local}@${council}`,
});

/** Every member of the fixture directory, at their council address (and Jane Doe's own). */
const members: Recipient[] = [
  people.doe,
  people.doeHome,
  people.hughes,
  people.ashby,
  people.khan,
  people.whitfield,
  people.okafor,
  people.brennan,
  member("Graham Tully", "graham.tully"),
  member("Fiona Marsh", "fiona.marsh"),
  member("Owen Price", "owen.price"),
];
const groups: Recipient[] = [people.allMembers, people.executive];
const colleagues: Recipient[] = [people.priya, people.mark, people.highways];
const residents: Recipient[] = [
  people.resident,
  { name: "Ann Lee", address: "ann.lee@residents.example" },
  { name: "Frimley Green Residents' Association", address: "chair@fgra.example" },
  { address: "j.smith@mail.example" },
  // Says "Cllr" but the directory does not know the address (matchCllrDisplayNames).
  { name: "Cllr Pat Newman", address: "pat.newman@parish.example" },
];

const memberArb = fc.constantFrom(...members);
const groupArb = fc.constantFrom(...groups);
const colleagueArb = fc.constantFrom(...colleagues);
const residentArb = fc.constantFrom(...residents);
const anyone: fc.Arbitrary<Recipient> = fc.oneof(
  { arbitrary: memberArb, weight: 4 },
  { arbitrary: groupArb, weight: 1 },
  { arbitrary: colleagueArb, weight: 2 },
  { arbitrary: residentArb, weight: 2 },
);
/** Bcc: residents (the usual, proper use), and sometimes members and colleagues (the rule's). */
const bccArb: fc.Arbitrary<Recipient> = fc.oneof(
  { arbitrary: residentArb, weight: 3 },
  { arbitrary: memberArb, weight: 2 },
  { arbitrary: groupArb, weight: 1 },
  { arbitrary: colleagueArb, weight: 1 },
);

/** Outlook may write an address in another case than the directory's. */
const asWritten = (r: fc.Arbitrary<Recipient>): fc.Arbitrary<Recipient> =>
  fc
    .tuple(r, fc.integer({ min: 0, max: 5 }))
    .map(([x, n]) => (n === 0 ? { ...x, address: x.address.toUpperCase() } : x));

const field = (r: fc.Arbitrary<Recipient>, max: number): fc.Arbitrary<Recipient[]> =>
  fc.uniqueArray(asWritten(r), { maxLength: max, selector: (x) => x.address.toLowerCase() });

// ---- Text ---------------------------------------------------------------------------------

const SENTENCES = [
  "Thank you for your email.",
  "Please see the update below.",
  "A resident reports flooding outside the shops on Frimley Green Road, GU16 6AA.",
  "The public meeting about the Deepcut bridge is on 3 December.",
  "There is a consultation on parking in Mytchett & Deepcut.",
  "Planned works on the A325 in Frimley start next week.",
  "Road closure in Lightwater, GU18 5RG, from Monday.",
  "Heatherside's play area is to be refurbished.",
  "This is about your constituent's housing application.",
  "Following up your enquiry about the bins in St Michael's.",
  "Your question about GU16 6HN has been passed to Highways.",
  "The planning application at GU15 3SY goes to committee in the Town centre.",
  "A media enquiry has come in about the Frimley Green recreation ground.",
  "Cllr Jane Doe, Councillor for Frimley Green",
  "Surrey Heath House, Knoll Road, Camberley, GU15 3HD",
  "Kind regards,",
];
const textArb = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 });

const SENT = ["Monday, November 16, 2026 9:12 AM", "Tue, 17 Nov 2026 at 14:03", "18 Nov 2026"];

const chainMessage: fc.Arbitrary<ChainMessage> = fc.record({
  from: fc.oneof(
    { arbitrary: memberArb, weight: 3 },
    { arbitrary: colleagueArb, weight: 1 },
    { arbitrary: residentArb, weight: 1 },
  ),
  to: field(anyone, 3),
  cc: field(anyone, 2),
  sent: fc.constantFrom(...SENT),
  subject: fc.constantFrom("Flooding", "Deepcut bridge", "Your enquiry", "Parking"),
  text: textArb,
});

type Shape =
  | "none"
  | "outlook"
  | "web"
  | "gmail"
  | "gmail-fwd"
  | "apple"
  | "apple-fwd"
  | "thunderbird"
  | "text";

/** The body: the officer's text, then (maybe) a chain quoted as a real client quotes it. */
function bodyOf(shape: Shape, text: string[], chain: ChainMessage[]): DraftBody {
  const first = chain[0];
  if (shape === "none" || !first) return { type: "text", content: text.join("\n\n") };
  switch (shape) {
    case "outlook":
      return { type: "html", content: outlookDesktop(text, chain) };
    case "web":
      return { type: "html", content: outlookWeb(text, chain) };
    case "gmail":
      return { type: "html", content: gmailReply(text, chain) };
    case "gmail-fwd":
      return { type: "html", content: gmailForward(text, first) };
    case "apple":
      return { type: "html", content: appleMailReply(text, chain) };
    case "apple-fwd":
      return { type: "html", content: appleMailForward(text, first) };
    case "thunderbird":
      return { type: "html", content: thunderbirdReply(text, chain) };
    case "text":
      return { type: "text", content: outlookText(text, chain) };
  }
}

const shapeArb = fc.constantFrom<Shape>(
  "none",
  "outlook",
  "web",
  "gmail",
  "gmail-fwd",
  "apple",
  "apple-fwd",
  "thunderbird",
  "text",
);

const person = (r: Person): Person => ({ name: r.name, address: r.address });

const attachedArb: fc.Arbitrary<AttachedMessage> = fc
  .record({
    message: chainMessage,
    quotes: fc.array(chainMessage, { maxLength: 1 }),
    n: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ message, quotes, n }) => ({
    id: `att-${n}`,
    name: `${message.subject}.msg`,
    from: [person(message.from)],
    to: message.to.map(person),
    cc: (message.cc ?? []).map(person),
    sent: message.sent,
    subject: message.subject,
    body: { type: "html", content: outlookDesktop(message.text, quotes) },
  }));

// ---- Policy -------------------------------------------------------------------------------

type PolicyBase = PolicyPresetId | "config/policy.json";
const BASES: PolicyBase[] = [...POLICY_PRESET_IDS, "config/policy.json"];

interface PolicyChoice {
  base: PolicyBase;
  severities: SeveritySetting[];
  anyBcc: boolean;
  alsoOtherMembers: boolean;
  addTo: "to" | "cc";
  chainThreshold: number;
}

function policyOf(c: PolicyChoice): ResolvedPolicy {
  const base =
    c.base === "config/policy.json"
      ? loadPolicy(samplePolicyJson, c.base)
      : resolvePolicy({ preset: c.base }, getPreset(c.base));
  const rules = { ...base.rules };
  RULE_IDS.forEach((id: RuleId, i) => {
    rules[id] = { ...rules[id], severity: c.severities[i] ?? "warn" } as never;
  });
  const opts = <K extends RuleId>(id: K, o: Partial<ResolvedPolicy["rules"][K]["options"]>) => {
    rules[id] = { ...rules[id], options: { ...rules[id].options, ...o } } as never;
  };
  opts("bcc-to-members", { anyBccWhenMemberIsRecipient: c.anyBcc });
  opts("portfolio-holder-copied", { alsoOtherMembers: c.alsoOtherMembers });
  opts("local-members-not-copied", { addTo: c.addTo });
  opts("member-enquiry-forwarded", { chainThreshold: c.chainThreshold });
  return { ...base, rules };
}

const policyArb: fc.Arbitrary<PolicyChoice> = fc.record({
  base: fc.constantFrom(...BASES),
  // Mostly on: a rule that is off offers nothing to try.
  severities: fc.array(
    fc.oneof(
      { arbitrary: fc.constantFrom<SeveritySetting>("inform", "warn", "block"), weight: 5 },
      { arbitrary: fc.constant<SeveritySetting>("off"), weight: 1 },
    ),
    { minLength: RULE_IDS.length, maxLength: RULE_IDS.length },
  ),
  anyBcc: fc.boolean(),
  alsoOtherMembers: fc.boolean(),
  addTo: fc.constantFrom<"to" | "cc">("cc", "to"),
  chainThreshold: fc.integer({ min: 1, max: 4 }),
});

// ---- Drafts -------------------------------------------------------------------------------

const SUBJECTS = ["Flooding", "RE: Flooding", "FW: Deepcut bridge", "Parking in Frimley", ""];
const MEMBER_IDS = ["m-jane-doe", "m-amir-khan", "m-robert-hughes", "m-david-okafor"];

const draftArb: fc.Arbitrary<Draft> = fc
  .record({
    from: fc.option(fc.constantFrom(people.priya, people.mark), { nil: undefined, freq: 5 }),
    to: field(anyone, 3),
    cc: field(anyone, 2),
    bcc: field(bccArb, 3),
    subject: fc.constantFrom(...SUBJECTS),
    composeType: fc.constantFrom<ComposeType>("new", "reply", "forward"),
    text: textArb,
    shape: shapeArb,
    chain: fc.array(chainMessage, { maxLength: 3 }),
    attached: fc.uniqueArray(attachedArb, { maxLength: 2, selector: (a) => a.id }),
    consents: fc.array(
      fc.record({
        memberId: fc.constantFrom(...MEMBER_IDS),
        rule: fc.option(fc.constantFrom(...RULE_IDS), { nil: undefined }),
      }),
      { maxLength: 1 },
    ),
  })
  .map((d) =>
    makeDraft({
      from: d.from && person(d.from),
      to: d.to,
      cc: d.cc,
      bcc: d.bcc,
      subject: d.subject,
      composeType: d.composeType,
      body: bodyOf(d.shape, d.text, d.chain),
      attachedMessages: d.attached,
      records: {
        consents: d.consents.map((c) => ({
          memberId: c.memberId,
          ...(c.rule ? { rule: c.rule } : {}),
          recordedAt: "2026-11-20T10:00:00.000Z",
        })),
      },
    }),
  );

// ---- The property -------------------------------------------------------------------------

const ALL_KINDS: FixKind[] = [
  "move-to-cc",
  "remove",
  "send-separately",
  "remove-quoted-history",
  "remove-attached-emails",
  "record-consent",
  "add-local-members",
];

/** "rule / fix kind: still" or "…: new <title>": what a withheld fix would have broken. */
function classOf(rule: string, kind: FixKind, violation: string): string {
  const title = / raises a new finding: ([^:]+):/.exec(violation)?.[1];
  const what = / is still found after /.test(violation)
    ? "still"
    : title
      ? `new ${title}`
      : violation;
  return `${rule} / ${kind}: ${what}`;
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

test("every fix the officer is offered keeps the safety contract", () => {
  let drafts = 0;
  let withFindings = 0;
  const offered = new Map<FixKind, number>(ALL_KINDS.map((k) => [k, 0]));
  const rules = new Map<string, number>();
  const withheld = new Map<string, number>();
  const noWayOut = new Map<string, number>();
  const started = Date.now();

  fc.assert(
    fc.property(draftArb, policyArb, (draft, choice) => {
      const policy = policyOf(choice);
      drafts++;
      const { findings: raw, failures } = checkDraft(draft, policy, directory);
      if (failures.length > 0) throw new Error(`rules failed: ${String(failures[0]?.error)}`);
      if (raw.length > 0) withFindings++;
      const findings = withSafeFixes(draft, raw, policy, directory);
      const broken: string[] = [];
      findings.forEach((finding, i) => {
        const proposed = (raw[i] as Finding).fixes;
        expect(finding.rule).toBe(raw[i]?.rule);
        count(rules, finding.rule);
        if (proposed.length > 0 && finding.fixes.length === 0)
          count(noWayOut, `${finding.rule} at ${finding.severity}`);
        for (const fix of proposed) {
          const { violations } = applyFixSafely(draft, finding, fix, policy, directory);
          const isOffered = finding.fixes.includes(fix);
          if (isOffered) {
            offered.set(fix.kind, (offered.get(fix.kind) ?? 0) + 1);
            for (const v of violations) broken.push(`${finding.rule} / ${fix.kind}: ${v}`);
          } else {
            // Withheld only for a reason: it would have broken a promise.
            if (violations.length === 0) broken.push(`${fix.label} withheld, though safe`);
            for (const v of violations) count(withheld, classOf(finding.rule, fix.kind, v));
          }
        }
      });
      if (broken.length > 0) {
        throw new Error(
          `${broken.join("\n")}\npolicy: ${JSON.stringify(choice)}\ndraft: ${JSON.stringify(draft, null, 1)}`,
        );
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );

  const seconds = (Date.now() - started) / 1000;
  const lines = (map: Map<string, number>) =>
    [...map].map(([c, n]) => `  ${n}  ${c}`).join("\n") || "  none";
  console.log(
    `${drafts} drafts (${withFindings} with findings) in ${seconds.toFixed(1)} s\n` +
      `findings by rule: ${JSON.stringify(Object.fromEntries(rules))}\n` +
      `fixes offered: ${JSON.stringify(Object.fromEntries(offered))}\n` +
      `fixes withheld, by what they would have broken:\n${lines(withheld)}\n` +
      `findings whose every fix was withheld:\n${lines(noWayOut)}`,
  );
  // Not vacuous: every rule fires and every kind of fix is offered, each many times.
  expect(drafts).toBe(RUNS);
  for (const id of RULE_IDS) expect(rules.get(id) ?? 0).toBeGreaterThanOrEqual(20);
  for (const kind of ALL_KINDS) expect(offered.get(kind) ?? 0).toBeGreaterThanOrEqual(10);
  expect([...offered.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(RUNS);
});
