/**
 * A RuleTester in the manner of ESLint's: each rule gets a table of valid drafts (no finding) and
 * invalid drafts (every finding an officer should see, and, like ESLint's `output`, the draft after
 * each fix offered), run through the real `check()` with only that rule switched on.
 *
 * Every table runs once under each protocol preset in which its rule is on, with that preset's
 * severity, options and citations (a case's `options` laid over them). A case is written for
 * Surrey Heath, the fixture council's own protocol; under another preset the tester expects the
 * same findings with that preset's severity and first paragraph, which it reads from the preset's
 * own module rather than from the resolved policy the code under test uses.
 *
 * Every fix offered is applied with its one-click defaults and held to the safety contract
 * (src/core/safety.ts), whether or not the case says what the draft looks like after it.
 */
import { check } from "../../../src/core/check";
import { makeDraft, type Draft, type Person, type Recipient } from "../../../src/core/draft";
import type { Finding, FindingPerson, Fix, FixKind, Severity } from "../../../src/core/findings";
import { loadDirectory } from "../../../src/core/directory/load";
import { resolvePreset } from "../../../src/core/policy/load";
import { cambridgeshireCountyCouncil } from "../../../src/core/policy/presets/cambridgeshire-county-council";
import { southwarkCouncil } from "../../../src/core/policy/presets/southwark-council";
import { surreyCountyCouncil } from "../../../src/core/policy/presets/surrey-county-council";
import { surreyHeathBoroughCouncil } from "../../../src/core/policy/presets/surrey-heath-borough-council";
import { westSuffolkCouncil } from "../../../src/core/policy/presets/west-suffolk-council";
import type {
  Preset,
  PresetId,
  ResolvedPolicy,
  RuleId,
  RuleOptionsMap,
} from "../../../src/core/policy/types";
import { RULE_IDS } from "../../../src/core/policy/types";
import { applyFixSafely } from "../../../src/core/safety";
import directoryJson from "../../fixtures/council/directory.json";

export const directory = loadDirectory(directoryJson, "tests/fixtures/council/directory.json");

const council = "surreyheath-council.example";
const person = (name: string, local: string, domain = council): Person & Recipient => ({
  name,
  address: `${local}@${domain}`,
});

/** The fixture council's people, as Outlook shows them. */
export const people = {
  doe: person("Cllr Jane Doe", "jane.doe"),
  doeHome: person("Jane Doe", "Jane.Doe", "HomeMail.example"),
  hughes: person("Cllr Robert Hughes", "robert.hughes"),
  ashby: person("Cllr Helen Ashby", "helen.ashby"),
  khan: person("Cllr Amir Khan", "amir.khan"),
  whitfield: person("Cllr Sarah Whitfield", "sarah.whitfield"),
  okafor: person("Cllr David Okafor", "david.okafor"),
  brennan: person("Cllr Lucy Brennan", "lucy.brennan"),
  allMembers: { ...person("All Members", "all.members"), type: "distributionList" as const },
  executive: { ...person("Executive", "executive"), type: "distributionList" as const },
  priya: person("Priya Patel", "priya.patel", "surreyheath.gov.example"),
  mark: person("Mark Ellison", "mark.ellison", "surreyheath.gov.example"),
  highways: person("Highways Team", "highways", "surreyheath.gov.example"),
  resident: person("Tom Baker", "tom.baker", "mail.example"),
};

/**
 * The protocol presets, each from its own module: the expected severities and citations are read
 * here, apart from `resolvePreset`, which the code under test goes through.
 */
const PRESET_SOURCES: Record<PresetId, Preset> = {
  "surrey-county-council": surreyCountyCouncil,
  "surrey-heath-borough-council": surreyHeathBoroughCouncil,
  "west-suffolk-council": westSuffolkCouncil,
  "cambridgeshire-county-council": cambridgeshireCountyCouncil,
  "southwark-council": southwarkCouncil,
};

/** The preset the tables are written for: the fixture council's own protocol. */
const HOME_PRESET: PresetId = "surrey-heath-borough-council";

/** The presets in which `ruleId` is on, i.e. the ones its table runs under. */
function presetsWithRuleOn(ruleId: RuleId): PresetId[] {
  return (Object.keys(PRESET_SOURCES) as PresetId[]).filter(
    (id) => PRESET_SOURCES[id].rules[ruleId].severity !== "off",
  );
}

/**
 * What the preset's source says a finding of `ruleId` carries: its severity and the paragraph it
 * cites first, or, where the protocol is silent (no paragraph to cite), the plain statement so.
 */
function presetExpects(
  presetId: PresetId,
  ruleId: RuleId,
): Pick<ExpectedFinding, "severity" | "citation"> {
  const preset = PRESET_SOURCES[presetId];
  const rule = preset.rules[ruleId];
  if (rule.severity === "off") throw new Error(`${ruleId} is off in ${presetId}`);
  const first = rule.citations[0];
  return {
    severity: rule.severity,
    citation: first ? `${first.council} ${first.paragraph}` : `${preset.short}: ${SILENT}`,
  };
}

/** A finding's citation where the protocol has no paragraph for the rule. */
const SILENT =
  "the protocol does not address this directly; your council checks it as good practice.";

export interface RuleCase<K extends RuleId> {
  name: string;
  draft: Omit<Partial<Draft>, "body"> & { body?: Draft["body"] | string };
  /** Laid over the preset's options for the rule, under every preset. */
  options?: Partial<RuleOptionsMap[K]>;
}

/** The draft after one fix, with its one-click defaults. A part left out must be unchanged. */
export interface ExpectedOutput {
  /** Addresses, in order. */
  to?: string[];
  cc?: string[];
  bcc?: string[];
  /** Text the body must still hold, and text it must no longer hold. */
  body?: { has?: string[]; lacks?: string[] };
  /** The names of the emails still attached. */
  attached?: string[];
  /** Every consent record, after the fix. */
  consents?: { memberId: string; rule?: string }[];
}

export interface ExpectedFinding {
  rule: RuleId;
  /** As Surrey Heath sets it; other presets' own severity is expected under them. */
  severity: Severity;
  /** Everyone the finding is about: each a name or a member id, in any order. */
  people: string[];
  /** The paragraph cited first, e.g. "Surrey Heath 7.1" (other presets: their own paragraph). */
  citation: string;
  /** Substrings of the message. */
  message?: string[];
  /**
   * The draft after each fix offered, by fix kind, in the order the fixes are offered: when
   * given, the kinds must be exactly the finding's fixes.
   */
  output?: Partial<Record<FixKind, ExpectedOutput>>;
}

export interface InvalidCase<K extends RuleId> extends RuleCase<K> {
  /** Every finding, in the order `check()` gives them. */
  findings: ExpectedFinding[];
}

export function policyWithOnly<K extends RuleId>(
  ruleId: K,
  options: Partial<RuleOptionsMap[K]> = {},
  presetId: PresetId = HOME_PRESET,
): ResolvedPolicy {
  const base = resolvePreset(presetId);
  const rules = { ...base.rules };
  for (const id of RULE_IDS) {
    if (id !== ruleId) rules[id] = { ...rules[id], severity: "off" } as never;
  }
  rules[ruleId] = {
    ...base.rules[ruleId],
    options: { ...base.rules[ruleId].options, ...options },
  } as never;
  return { ...base, rules };
}

function draftOf<K extends RuleId>(c: RuleCase<K>): Draft {
  return makeDraft({ composeType: "new", ...c.draft });
}

export function findingsFor<K extends RuleId>(
  ruleId: K,
  c: RuleCase<K>,
  presetId: PresetId = HOME_PRESET,
): Finding[] {
  return check(draftOf(c), policyWithOnly(ruleId, c.options, presetId), directory);
}

/** The people as the case names them: by member id where the case uses it, else by name. */
function peopleAs(actual: readonly FindingPerson[], expected: readonly string[]): string[] {
  return actual
    .map((p) => (p.memberId !== undefined && expected.includes(p.memberId) ? p.memberId : p.name))
    .sort();
}

/** The finding as the case would write it, for one readable diff of the whole list. */
function described(f: Finding, expected: ExpectedFinding | undefined): ExpectedFinding {
  const [reference = f.citation] = f.citation.split(": “");
  return {
    rule: f.rule as RuleId,
    severity: f.severity,
    people: peopleAs(f.people, expected?.people ?? []),
    citation: reference,
  };
}

/** What a case's output is compared on: every part, with "unchanged" made explicit. */
interface SeenOutput {
  to: string[];
  cc: string[];
  bcc: string[];
  /** The expected substrings found (has) and not found (lacks); or whether the body is untouched. */
  body: { has: string[]; lacks: string[] } | "unchanged" | "changed";
  attached: string[];
  consents: { memberId: string; rule?: string }[];
}

const addressesOf = (list: readonly Recipient[]): string[] => list.map((r) => r.address);
const attachedOf = (d: Draft): string[] => d.attachedMessages.map((m) => m.name ?? m.id ?? "");
const consentsOf = (d: Draft): SeenOutput["consents"] =>
  d.records.consents.map(({ memberId, rule }) => (rule ? { memberId, rule } : { memberId }));

function seen(before: Draft, after: Draft, expected: ExpectedOutput): SeenOutput {
  const text = after.body.content;
  const unchanged = JSON.stringify(after.body) === JSON.stringify(before.body);
  return {
    to: addressesOf(after.to),
    cc: addressesOf(after.cc),
    bcc: addressesOf(after.bcc),
    body: expected.body
      ? {
          has: (expected.body.has ?? []).filter((s) => text.includes(s)),
          lacks: (expected.body.lacks ?? []).filter((s) => !text.includes(s)),
        }
      : unchanged
        ? "unchanged"
        : "changed",
    attached: attachedOf(after),
    consents: consentsOf(after),
  };
}

function wanted(before: Draft, expected: ExpectedOutput): SeenOutput {
  return {
    to: expected.to ?? addressesOf(before.to),
    cc: expected.cc ?? addressesOf(before.cc),
    bcc: expected.bcc ?? addressesOf(before.bcc),
    body: expected.body
      ? { has: expected.body.has ?? [], lacks: expected.body.lacks ?? [] }
      : "unchanged",
    attached: expected.attached ?? attachedOf(before),
    consents: expected.consents ?? consentsOf(before),
  };
}

/** A readable label for a preset in test names: "surrey-county" for "surrey-county-council". */
function label(presetId: PresetId): string {
  return presetId.replace(/-council$/, "");
}

function checkFix(
  draft: Draft,
  finding: Finding,
  fix: Fix,
  policy: ResolvedPolicy,
  expected: ExpectedOutput | undefined,
): void {
  const outcome = applyFixSafely(draft, finding, fix, policy, directory);
  expect({ fix: fix.kind, violations: outcome.violations }).toEqual({
    fix: fix.kind,
    violations: [],
  });
  if (expected) {
    expect({ fix: fix.kind, ...seen(draft, outcome.after, expected) }).toEqual({
      fix: fix.kind,
      ...wanted(draft, expected),
    });
  }
}

export function ruleTester<K extends RuleId>(
  ruleId: K,
  cases: { valid: RuleCase<K>[]; invalid: InvalidCase<K>[] },
): void {
  const presets = presetsWithRuleOn(ruleId);
  const home = presetExpects(HOME_PRESET, ruleId);
  const named = <C extends RuleCase<K>>(list: C[]) =>
    list.flatMap((c) => presets.map((id) => [`${c.name} [${label(id)}]`, c, id] as const));

  describe(ruleId, () => {
    describe("valid", () => {
      test.each(named(cases.valid))("%s", (_name, c, presetId) => {
        expect(findingsFor(ruleId, c, presetId).map((f) => f.message)).toEqual([]);
      });
    });

    describe("invalid", () => {
      test.each(named(cases.invalid))("%s", (_name, c, presetId) => {
        // The case is written for Surrey Heath: its severities and citations must be that preset's.
        for (const f of c.findings) {
          expect({ severity: f.severity, citation: f.citation }).toEqual(home);
        }
        const here = presetExpects(presetId, ruleId);
        const expected = c.findings.map((f) => ({ ...f, ...here }));

        const draft = draftOf(c);
        const policy = policyWithOnly(ruleId, c.options, presetId);
        const findings = check(draft, policy, directory);
        expect(findings.map((f, i) => described(f, expected[i]))).toEqual(
          expected.map(({ rule, severity, people, citation }) => ({
            rule,
            severity,
            people: [...people].sort(),
            citation,
          })),
        );

        findings.forEach((finding, i) => {
          const want = expected[i] as ExpectedFinding;
          for (const part of want.message ?? []) expect(finding.message).toContain(part);
          if (want.output) {
            expect(finding.fixes.map((f) => f.kind)).toEqual(Object.keys(want.output));
          }
          for (const fix of finding.fixes) {
            checkFix(draft, finding, fix, policy, want.output?.[fix.kind]);
          }
        });
      });
    });
  });
}
