// Lints fixture files with the repository's own eslint.config.mjs as if each sat at another path
// (run by layers.test.ts in a child process: ESLint loads its ES-module config with import(),
// which Jest's module sandbox does not support).
//
//   node tests/lint/lint-as.mjs '[{"fixture": "tests/fixtures/lint/x.ts", "as": "src/core/x.ts"}]'
import fs from "node:fs";
import process from "node:process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const eslint = new ESLint({ cwd: root });
const cases = JSON.parse(process.argv[2] ?? "[]");
const results = [];
for (const { fixture, as } of cases) {
  const [result] = await eslint.lintText(fs.readFileSync(path.join(root, fixture), "utf8"), {
    filePath: path.join(root, as),
  });
  results.push({
    fixture,
    as,
    messages: (result?.messages ?? []).map(({ ruleId, message, severity }) => ({
      ruleId,
      message,
      severity,
    })),
  });
}
process.stdout.write(JSON.stringify(results));
