/**
 * Acceptance check: each sample in config/samples shows the rule it is named after under the
 * sample policy (config/policy.json), and clean.eml shows nothing. See config/samples/README.md.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SAMPLES, runMain } from "./run-main";

interface JsonFinding {
  rule: string;
  severity: string;
  recipients: string[];
}

async function findingsOf(sample: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const result = await runMain(["check", `${SAMPLES}/${sample}`, "--format", "json"]);
  expect(result.stderr).toBe("");
  return { code: result.code, findings: JSON.parse(result.stdout)[0].findings };
}

const M = "@surreyheath-council.example";

test("every sample is covered here", () => {
  expect(
    readdirSync(join(ROOT, SAMPLES))
      .filter((f) => f.endsWith(".eml"))
      .sort(),
  ).toEqual([
    "bcc-to-members.eml",
    "clean.eml",
    "local-members-not-copied.eml",
    "member-enquiry-forwarded.eml",
    "portfolio-holder-copied.eml",
  ]);
});

test("clean.eml passes", async () => {
  expect(await findingsOf("clean.eml")).toEqual({ code: 0, findings: [] });
});

test("bcc-to-members.eml: the four members in Bcc", async () => {
  const { code, findings } = await findingsOf("bcc-to-members.eml");
  expect(code).toBe(1);
  expect(findings.map((f) => f.rule)).toEqual(["bcc-to-members"]);
  expect(findings[0]!.recipients).toEqual([
    `jane.doe${M}`,
    `amir.khan${M}`,
    `sarah.whitfield${M}`,
    `david.okafor${M}`,
  ]);
});

test("member-enquiry-forwarded.eml: Cllr Doe's email passed to Cllr Okafor", async () => {
  const { code, findings } = await findingsOf("member-enquiry-forwarded.eml");
  expect(code).toBe(1);
  expect(findings).toContainEqual(
    expect.objectContaining({ rule: "member-enquiry-forwarded", recipients: [`david.okafor${M}`] }),
  );
});

test("portfolio-holder-copied.eml: Cllr Khan copied into Cllr Doe's enquiry", async () => {
  const { code, findings } = await findingsOf("portfolio-holder-copied.eml");
  expect(code).toBe(1);
  expect(findings.map((f) => f.rule)).toEqual(["portfolio-holder-copied"]);
  expect(findings[0]!.recipients).toEqual([`amir.khan${M}`]);
});

test("local-members-not-copied.eml: Cllr Doe and Cllr Ashby left out", async () => {
  const { code, findings } = await findingsOf("local-members-not-copied.eml");
  expect(code).toBe(1);
  expect(findings.map((f) => f.rule)).toEqual(["local-members-not-copied"]);
  expect(findings[0]!.recipients.sort()).toEqual([`helen.ashby${M}`, `jane.doe${M}`]);
});
