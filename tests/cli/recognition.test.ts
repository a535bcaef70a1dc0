/** Members recognised the same through the CLI as in core and at Send (issue 11, reproduction 8). */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMain } from "./run-main";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "mmc-recognition-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A member briefing with `bcc` as its Bcc header, written to a temporary .eml file. */
function briefingTo(bcc: string): string {
  const path = join(tmp, "briefing.eml");
  writeFileSync(
    path,
    [
      "From: Claire Whitmore <claire.whitmore@surreyheath.gov.example>",
      "To: Claire Whitmore <claire.whitmore@surreyheath.gov.example>",
      `Bcc: ${bcc}`,
      "Subject: Member briefing: customer service centre opening hours",
      "Date: Mon, 23 Nov 2026 09:41:07 +0000",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="utf-8"',
      "",
      "Dear Councillors, the centre will open from 9am to 4pm. Claire",
      "",
    ].join("\r\n"),
  );
  return path;
}

/** The bcc-to-members finding for a Bcc header, if any. */
async function bccFinding(bcc: string) {
  const result = await runMain(["check", briefingTo(bcc), "--format", "json"]);
  const [report] = JSON.parse(result.stdout);
  return report.findings.find((f: { rule: string }) => f.rule === "bcc-to-members");
}

test.each([
  '"Smith, John (Cllr)" <john.smith@residents.example>',
  '"Smith, John (Councillor)" <john.smith@residents.example>',
  '"Smith, Cllr John" <john.smith@residents.example>',
])("Bcc %s is caught by its title", async (bcc) => {
  expect(await bccFinding(bcc)).toMatchObject({ severity: "block" });
});

test.each([
  ["a plus-address", "jane.doe+casework@surreyheath-council.example"],
  ["a quoted local part", '"jane.doe"@surreyheath-council.example'],
  ["a curly apostrophe", '"Kevin O’Brien" <kob@home.example>'],
])("Bcc with %s is the member", async (_what, bcc) => {
  const finding = await bccFinding(bcc);
  expect(finding?.message).toMatch(/^Cllr (Jane Doe|Kevin O'Brien) is in Bcc\./);
});
