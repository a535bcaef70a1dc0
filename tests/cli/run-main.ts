import { join } from "node:path";
import { main } from "../../src/cli/main";

/** The package root: where the CLI's default config/ lives and where sample paths start. */
export const ROOT = join(__dirname, "..", "..");
export const SAMPLES = "config/samples";
export const FIXTURES = "tests/fixtures/eml";

export interface MainResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main() with in-memory streams (not a TTY, so no colour), from `cwd` (the package root). */
export async function runMain(argv: string[], cwd: string = ROOT): Promise<MainResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}
