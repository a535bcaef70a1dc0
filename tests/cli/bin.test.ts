/**
 * The real command: builds lib/ as `npm install` would (the `prepare` script) and runs
 * bin/member-mail-check.js as a child process, checking the exit statuses a shell would see.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./run-main";

const BIN = join(ROOT, "bin", "member-mail-check.js");

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
}

beforeAll(() => {
  const tsc = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  // Type errors are the typecheck's business; this test needs the emitted JavaScript.
  if (!existsSync(join(ROOT, "lib", "src", "cli", "main.js"))) {
    throw new Error(`tsc -p tsconfig.cli.json did not build lib/:\n${tsc.stdout}${tsc.stderr}`);
  }
}, 120_000);

test("exit 0 and the verdict for a clean message", () => {
  const result = run("check", "config/samples/clean.eml");
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe("config/samples/clean.eml: No problems found\n");
  expect(result.status).toBe(0);
});

test("exit 1 when a finding would stop the send", () => {
  const result = run("check", "config/samples/bcc-to-members.eml");
  expect(result.stdout).toContain("Would be blocked");
  expect(result.status).toBe(1);
});

test("exit 2 and one line for an unreadable file", () => {
  const result = run("check", "config/samples/missing.eml");
  expect(result.stderr).toBe("config/samples/missing.eml: cannot be read (ENOENT)\n");
  expect(result.status).toBe(2);
});

test("exit 2 for a usage error", () => {
  const result = run("check", "--bogus");
  expect(result.stderr).toMatch(/^member-mail-check: unknown option '--bogus'\nUsage: /);
  expect(result.status).toBe(2);
});

test("JSON from the real process parses", () => {
  const result = run("check", "--format", "json", "config/samples/clean.eml");
  expect(JSON.parse(result.stdout)).toEqual([{ file: "config/samples/clean.eml", findings: [] }]);
});
