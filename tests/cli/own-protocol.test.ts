/** A council that is none of the five presets cites its own protocol's paragraphs. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, SAMPLES, runMain } from "./run-main";

const HEATHFIELD = "tests/fixtures/heathfield";

test("CLI findings cite the council's own paragraph, not a preset's", async () => {
  const result = await runMain([
    "check",
    `${SAMPLES}/bcc-to-members.eml`,
    "--policy",
    `${HEATHFIELD}/policy.json`,
    "--format",
    "json",
  ]);
  expect(result.stderr).toBe("");
  const [file] = JSON.parse(result.stdout);
  const bcc = file.findings.find((f: { rule: string }) => f.rule === "bcc-to-members");
  expect(bcc.citation).toBe(
    "Heathfield 4.2: “Officers must not use blind copies when writing to members.”",
  );
  expect(result.stdout).not.toMatch(/Surrey/);
  expect(result.code).toBe(1);
});

test("a quotation not in the protocol's text is refused, naming the rule and paragraph", async () => {
  const tmp = mkdtempSync(join(tmpdir(), "mmc-own-"));
  try {
    copyFileSync(join(ROOT, HEATHFIELD, "protocol.md"), join(tmp, "protocol.md"));
    const policy = JSON.parse(readFileSync(join(ROOT, HEATHFIELD, "policy.json"), "utf8"));
    policy.rules["bcc-to-members"].citations[0].quote = "Officers must never use Bcc.";
    writeFileSync(join(tmp, "policy.json"), JSON.stringify(policy));
    const result = await runMain([
      "check",
      join(ROOT, SAMPLES, "clean.eml"),
      "--policy",
      join(tmp, "policy.json"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("/rules/bcc-to-members/citations/0/quote");
    expect(result.stderr).toContain("paragraph 4.2 is not in protocol.md word for word");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
