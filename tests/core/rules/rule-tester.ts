/**
 * A RuleTester in the manner of ESLint's: each rule gets a table of valid drafts (no finding) and
 * invalid drafts (the findings an officer should see), run through the real `check()` with only
 * that rule switched on.
 */
import { check } from "../../../src/core/check";
import { makeDraft, type Draft, type Person, type Recipient } from "../../../src/core/draft";
import type { Finding, FixKind } from "../../../src/core/findings";
import { loadDirectory } from "../../../src/core/directory/load";
import { resolvePreset } from "../../../src/core/policy/load";
import type { ResolvedPolicy, RuleId, RuleOptionsMap } from "../../../src/core/policy/types";
import { RULE_IDS } from "../../../src/core/policy/types";
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

export interface RuleCase<K extends RuleId> {
  name: string;
  draft: Omit<Partial<Draft>, "body"> & { body?: Draft["body"] | string };
  options?: Partial<RuleOptionsMap[K]>;
}

export interface InvalidCase<K extends RuleId> extends RuleCase<K> {
  /** How many findings (default 1). */
  count?: number;
  /** The first finding's recipients, in any order. */
  recipients?: string[];
  /** Substrings of the first finding's message. */
  message?: string[];
  /** The first finding's fix kinds, in order. */
  fixes?: FixKind[];
}

export function policyWithOnly<K extends RuleId>(
  ruleId: K,
  options: Partial<RuleOptionsMap[K]> = {},
): ResolvedPolicy {
  const base = resolvePreset("surrey-heath-borough-council");
  const rules = { ...base.rules };
  for (const id of RULE_IDS) rules[id] = { ...rules[id], severity: "off" } as never;
  rules[ruleId] = {
    ...base.rules[ruleId],
    severity: "warn",
    options: { ...base.rules[ruleId].options, ...options },
  } as never;
  return { ...base, rules };
}

export function findingsFor<K extends RuleId>(ruleId: K, c: RuleCase<K>): Finding[] {
  return check(
    makeDraft({ composeType: "new", ...c.draft }),
    policyWithOnly(ruleId, c.options),
    directory,
  );
}

export function ruleTester<K extends RuleId>(
  ruleId: K,
  cases: { valid: RuleCase<K>[]; invalid: InvalidCase<K>[] },
): void {
  describe(`${ruleId}: valid`, () => {
    test.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      expect(findingsFor(ruleId, c).map((f) => f.message)).toEqual([]);
    });
  });
  describe(`${ruleId}: invalid`, () => {
    test.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const findings = findingsFor(ruleId, c);
      expect(findings).toHaveLength(c.count ?? 1);
      const first = findings[0] as Finding;
      expect(first.rule).toBe(ruleId);
      expect(first.severity).toBe("warn");
      expect(first.citation).toMatch(/^Surrey Heath /);
      if (c.recipients) {
        expect([...first.recipients].sort()).toEqual([...c.recipients].sort());
      }
      for (const part of c.message ?? []) expect(first.message).toContain(part);
      if (c.fixes) expect(first.fixes.map((f) => f.kind)).toEqual(c.fixes);
    });
  });
}
