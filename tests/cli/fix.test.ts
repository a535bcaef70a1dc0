/**
 * `member-mail-check fix`: the draft after one of the add-in's fixes, as .eml, applied with the
 * one-click defaults. Every fix of every sample's findings is held to the safety contract
 * through it, end to end: the printed message, read back and checked again.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { checkDraft } from "../../src/core/check";
import { emlToDraft } from "../../src/cli/eml-to-draft";
import { readDirectory, readPolicy, packageFile } from "../../src/cli/config-files";
import { ROOT, SAMPLES, runMain } from "./run-main";

const samples = readdirSync(join(ROOT, SAMPLES)).filter((f) => f.endsWith(".eml"));

async function sampleConfig() {
  const policy = await readPolicy(packageFile(ROOT, join(ROOT, "config/policy.json")));
  const source = await readDirectory(packageFile(ROOT, join(ROOT, "config/directory.json")));
  return { policy, directory: source.directory };
}

async function findingsOf(eml: string) {
  const { policy, directory } = await sampleConfig();
  const { draft } = await emlToDraft(eml, "fixed.eml");
  return { draft, findings: checkDraft(draft, policy, directory).findings };
}

test("Move to Cc on the Bcc sample prints the email with the member in Cc and nothing left", async () => {
  const result = await runMain([
    "fix",
    `${SAMPLES}/bcc-to-members.eml`,
    "--rule",
    "bcc-to-members",
    "--fix",
    "move-to-cc",
  ]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^From: /);
  const { draft, findings } = await findingsOf(result.stdout);
  expect(draft.bcc).toEqual([]);
  expect(draft.cc.length).toBeGreaterThan(0);
  expect(findings.filter((f) => f.rule === "bcc-to-members")).toEqual([]);
});

describe("every fix each sample's findings offer keeps the safety contract", () => {
  const cases: [string, string, string][] = [];
  beforeAll(async () => {
    for (const file of samples) {
      const raw = (await import("node:fs")).readFileSync(join(ROOT, SAMPLES, file), "utf8");
      const { findings } = await findingsOf(raw);
      for (const f of findings) for (const fix of f.fixes) cases.push([file, f.rule, fix.kind]);
    }
  });

  test("the samples offer fixes of every rule", () => {
    expect(new Set(cases.map(([, rule]) => rule)).size).toBeGreaterThanOrEqual(4);
  });

  test("each applies (exit 0) with no broken promise, and its finding goes", async () => {
    const report: string[] = [];
    for (const [file, rule, kind] of cases) {
      const result = await runMain(["fix", `${SAMPLES}/${file}`, "--rule", rule, "--fix", kind]);
      if (result.code !== 0 || result.stderr !== "") {
        report.push(`${file} ${rule} ${kind}: exit ${result.code} ${result.stderr}`);
        continue;
      }
      const { findings } = await findingsOf(result.stdout);
      if (findings.some((f) => f.rule === rule || f.alsoRules?.includes(rule))) {
        report.push(`${file} ${rule} ${kind}: the finding is still there`);
      }
    }
    expect(report).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });
});

test("exit 2 when the email has no such finding, or the finding no such fix", async () => {
  const none = await runMain([
    "fix",
    `${SAMPLES}/clean.eml`,
    "--rule",
    "bcc-to-members",
    "--fix",
    "remove",
  ]);
  expect(none.code).toBe(2);
  expect(none.stderr).toContain("has no bcc-to-members finding");
  const noFix = await runMain([
    "fix",
    `${SAMPLES}/bcc-to-members.eml`,
    "--rule",
    "bcc-to-members",
    "--fix",
    "add-local-members",
  ]);
  expect(noFix.code).toBe(2);
  expect(noFix.stderr).toContain("offers no add-local-members fix");
  expect(noFix.stdout).toBe("");
});

test("an unknown rule is a usage error", async () => {
  const result = await runMain([
    "fix",
    `${SAMPLES}/clean.eml`,
    "--rule",
    "nope",
    "--fix",
    "remove",
  ]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("--rule must be one of");
});
