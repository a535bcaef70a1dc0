/**
 * The layers hold because lint says so: the repository's own ESLint config, run on fixture files
 * placed (virtually) where they would break a layer, and the import cycle check that
 * `npm run lint` runs, on fixture folders with and without a cycle.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { checkImportCycles } from "../../scripts/check-import-cycles";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURES = "tests/fixtures/lint";

interface LintCase {
  fixture: string;
  as: string;
}
interface Linted extends LintCase {
  messages: Array<{ ruleId: string | null; message: string; severity: number }>;
}

const CASES: Array<LintCase & { rule?: string; says?: string }> = [
  {
    fixture: "office-call.ts",
    as: "src/core/rules/lint-fixture.ts",
    rule: "no-restricted-globals",
    says: "src/core is pure",
  },
  {
    fixture: "office-call.ts",
    as: "src/taskpane/lint-fixture.ts",
    rule: "no-restricted-globals",
    says: "Only src/office calls Office.js",
  },
  {
    fixture: "office-runtime-storage.ts",
    as: "src/taskpane/lint-fixture.ts",
    rule: "no-restricted-globals",
    says: "Only src/office calls Office.js",
  },
  {
    fixture: "office-call.ts",
    as: "src/admin/lint-fixture.ts",
    rule: "no-restricted-globals",
    says: "Only src/office calls Office.js",
  },
  {
    fixture: "office-call.ts",
    as: "src/playground/lint-fixture.ts",
    rule: "no-restricted-globals",
    says: "Only src/office calls Office.js",
  },
  {
    fixture: "office-call.ts",
    as: "src/launchevent/lint-fixture.ts",
    rule: "no-restricted-globals",
    says: "Only src/office calls Office.js",
  },
  {
    fixture: "imports-launchevent.ts",
    as: "src/office/lint-fixture.ts",
    rule: "no-restricted-imports",
    says: "src/office must not import src/launchevent",
  },
  {
    fixture: "imports-rule-helpers.ts",
    as: "src/taskpane/model/lint-fixture.ts",
    rule: "no-restricted-imports",
    says: "core/rules/helpers is internal to the rules",
  },
  {
    fixture: "super-linear.ts",
    as: "src/core/text/lint-fixture.ts",
    rule: "regexp/no-super-linear-backtracking",
    says: "polynomial backtracking",
  },
  {
    fixture: "super-linear.ts",
    as: "src/office/lint-fixture.ts",
    rule: "regexp/no-super-linear-move",
    says: "quadratic runtime",
  },
  {
    fixture: "super-linear.ts",
    as: "scripts/lint-fixture.ts",
    rule: "regexp/no-super-linear-backtracking",
    says: "polynomial backtracking",
  },
  // The same files where they are allowed.
  { fixture: "office-call.ts", as: "src/office/lint-fixture.ts" },
  { fixture: "office-runtime-storage.ts", as: "src/office/lint-fixture.ts" },
  { fixture: "office-types-only.ts", as: "src/taskpane/lint-fixture.ts" },
  { fixture: "imports-launchevent.ts", as: "src/playground/lint-fixture.ts" },
  { fixture: "imports-rule-helpers.ts", as: "src/core/rules/lint-fixture.ts" },
];

let linted: Linted[] = [];

beforeAll(() => {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "tests/lint/lint-as.mjs"),
      JSON.stringify(CASES.map(({ fixture, as }) => ({ fixture: `${FIXTURES}/${fixture}`, as }))),
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`lint-as.mjs failed: ${run.stderr}`);
  linted = JSON.parse(run.stdout) as Linted[];
});

describe("lint keeps the layers", () => {
  it.each(CASES.filter((c) => c.rule))("fails $fixture as $as ($rule)", (lintCase) => {
    const result = linted.find((r) => r.fixture.endsWith(lintCase.fixture) && r.as === lintCase.as);
    const broken = result?.messages.filter((m) => m.ruleId === lintCase.rule) ?? [];
    expect(broken.length).toBeGreaterThan(0);
    expect(broken[0]?.message).toContain(lintCase.says);
    // Errors, not warnings: `npm run lint` (and so CI) fails on them.
    expect(broken.every((m) => m.severity === 2)).toBe(true);
  });

  it.each(CASES.filter((c) => !c.rule))("passes $fixture as $as", (lintCase) => {
    const result = linted.find((r) => r.fixture.endsWith(lintCase.fixture) && r.as === lintCase.as);
    expect(result?.messages).toEqual([]);
  });
});

describe("the import cycle check", () => {
  it("names each file and import line of a cycle, type-only imports included", () => {
    expect(checkImportCycles([`${FIXTURES}/cycle`], ROOT)).toEqual([
      `Import cycle: ${FIXTURES}/cycle/compose.ts:1 → ${FIXTURES}/cycle/summary.ts:1 → ${FIXTURES}/cycle/compose.ts`,
    ]);
  });

  it("passes the same modules with the shared type in a file of its own", () => {
    expect(checkImportCycles([`${FIXTURES}/no-cycle`], ROOT)).toEqual([]);
  });

  it("finds none in src or scripts, and runs in npm run lint", () => {
    expect(checkImportCycles(["src", "scripts"], ROOT)).toEqual([]);
    const lint = (
      JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts.lint;
    expect(lint).toContain("node scripts/check-import-cycles.js src scripts");
  });
});
