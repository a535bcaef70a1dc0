import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RULE_IDS } from "../../src/core/policy/types";
import { FIXTURES, ROOT, SAMPLES, runMain } from "./run-main";

const CLEAN = `${SAMPLES}/clean.eml`;
const BCC = `${SAMPLES}/bcc-to-members.eml`;
const FIX_KINDS = [
  "move-to-cc",
  "remove",
  "remove-quoted-history",
  "record-consent",
  "add-local-members",
];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "mmc-cli-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Writes a file in the temporary folder and returns its path. */
function writeTemp(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

function directoryJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, "config/directory.json"), "utf8"));
}

/** Exactly one line on stderr. */
function oneLine(stderr: string): string {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  return stderr.trimEnd();
}

describe("exit status", () => {
  test("0 when nothing is at warn or block", async () => {
    const result = await runMain(["check", CLEAN]);
    expect(result).toEqual({ code: 0, stdout: `${CLEAN}: No problems found\n`, stderr: "" });
  });

  test("1 when a finding is at warn or block", async () => {
    const result = await runMain(["check", BCC]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
  });

  test("1 for a batch when any file has a finding", async () => {
    expect((await runMain(["check", CLEAN, BCC])).code).toBe(1);
  });

  test("2 for an unreadable message, naming it", async () => {
    const result = await runMain(["check", "missing.eml"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(oneLine(result.stderr)).toBe("missing.eml: cannot be read (ENOENT)");
  });

  test("2 for a folder given as a message", async () => {
    const result = await runMain(["check", SAMPLES]);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toBe(`${SAMPLES}: cannot be read (EISDIR)`);
  });

  test("2 for a file that is not a message, before any output", async () => {
    const result = await runMain(["check", CLEAN, `${FIXTURES}/not-a-message.eml`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(oneLine(result.stderr)).toBe(
      `${FIXTURES}/not-a-message.eml: is not an email message (no From, To, Subject or Date header)`,
    );
  });

  test("2 for an invalid policy.json, naming the file and the JSON path", async () => {
    const policy = writeTemp("bad-policy.json", JSON.stringify({ preset: "nowhere-council" }));
    const result = await runMain(["check", CLEAN, "--policy", policy]);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(new RegExp(`^${policy}: /preset: \\S`));
  });

  test("2 for an invalid rule setting in policy.json", async () => {
    const policy = writeTemp(
      "bad-severity.json",
      JSON.stringify({
        preset: "surrey-heath-borough-council",
        rules: { "bcc-to-members": { severity: "loud" } },
      }),
    );
    const result = await runMain(["check", CLEAN, "--policy", policy]);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(
      new RegExp(`^${policy}: /rules/bcc-to-members/severity: \\S`),
    );
  });

  test("2 for an invalid directory.json, naming the file and the JSON path", async () => {
    const json = directoryJson();
    (json.members as Record<string, unknown>[])[2]!.emails = "jane.doe@example.org";
    const directory = writeTemp("bad-directory.json", JSON.stringify(json));
    const result = await runMain(["check", CLEAN, "--directory", directory]);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(new RegExp(`^${directory}: /members/2/emails: \\S`));
  });

  test("2 for a config file that is not JSON", async () => {
    const policy = writeTemp("not-json.json", "{ preset: surrey-heath");
    const result = await runMain(["check", CLEAN, "--policy", policy]);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(new RegExp(`^${policy}: /: is not valid JSON`));
  });

  test("2 for a missing config file", async () => {
    const result = await runMain(["check", CLEAN, "--directory", "nowhere/directory.json"]);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toBe("nowhere/directory.json: cannot be read (ENOENT)");
  });

  test("config paths are relative to the working directory", async () => {
    const result = await runMain(
      ["check", "samples/clean.eml", "--policy", "policy.json", "--directory", "directory.json"],
      join(ROOT, "config"),
    );
    expect(result).toEqual({
      code: 0,
      stdout: "samples/clean.eml: No problems found\n",
      stderr: "",
    });
  });

  test("default config is the package's, wherever the command runs", async () => {
    const result = await runMain(["check", join(ROOT, CLEAN)], tmp);
    expect(result.code).toBe(0);
  });

  test.each([
    ["no files", ["check"], "no .eml files given"],
    ["an unknown option", ["check", CLEAN, "--bogus"], "unknown option '--bogus'"],
    [
      "an option without its value",
      ["check", CLEAN, "--policy"],
      "option '--policy <value>' argument missing",
    ],
    [
      "an unknown format",
      ["check", CLEAN, "--format", "xml"],
      '--format must be text or json, not "xml"',
    ],
  ])("2 for a usage error: %s", async (_name, argv, reason) => {
    const result = await runMain(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `member-mail-check: ${reason}\nUsage: member-mail-check check <file.eml>... ` +
        "[--policy policy.json] [--directory directory.json] [--format text|json]\n",
    );
  });

  test.each([
    ["no command", [], "no command given"],
    ["an unknown command", ["lint", CLEAN], 'unknown command "lint"'],
  ])("2 for a usage error: %s", async (_name, argv, reason) => {
    const result = await runMain(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `member-mail-check: ${reason}\nUsage: member-mail-check <check|fix|directory> ... (see member-mail-check --help)\n`,
    );
  });
});

describe("--help and --version", () => {
  test("--help lists the commands, options and exit statuses", async () => {
    const result = await runMain(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("member-mail-check check <file.eml>...");
    expect(result.stdout).toContain("--format text|json");
    expect(result.stdout).toContain("Exit status: 0");
  });

  test("check --help prints the command's usage", async () => {
    const result = await runMain(["check", "--help"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^Usage: member-mail-check check <file\.eml>/);
  });

  test("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(await runMain(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("--format json", () => {
  test("one array, an element per file, findings in the DESIGN.md shape", async () => {
    const result = await runMain(["check", BCC, CLEAN, "--format", "json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Array.isArray(json)).toBe(true);
    expect(json.map((r: { file: string }) => r.file)).toEqual([BCC, CLEAN]);
    expect(json[1].findings).toEqual([]);
    expect(json[0].findings.length).toBeGreaterThan(0);
    for (const finding of json[0].findings) {
      expect(RULE_IDS).toContain(finding.rule);
      expect(["block", "warn", "inform"]).toContain(finding.severity);
      expect(typeof finding.message).toBe("string");
      expect(typeof finding.citation).toBe("string");
      expect(finding.recipients.every((r: unknown) => typeof r === "string")).toBe(true);
      expect(finding.fixes.every((f: string) => FIX_KINDS.includes(f))).toBe(true);
    }
    expect(json[0].findings[0]).toMatchObject({
      rule: "bcc-to-members",
      severity: "block",
      citation: expect.stringMatching(/^Surrey Heath 7\.1: /),
      recipients: expect.arrayContaining(["jane.doe@surreyheath-council.example"]),
      fixes: ["move-to-cc", "remove"],
    });
  });

  test("--format=json works too, and a clean file gives an empty findings list", async () => {
    const result = await runMain(["check", "--format=json", CLEAN]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([{ file: CLEAN, findings: [] }]);
  });
});

describe("--format text", () => {
  test("the verdict, the message and the citation", async () => {
    const result = await runMain(["check", BCC]);
    expect(result.stdout).toMatch(new RegExp(`^${BCC}: Would be blocked\n`));
    expect(result.stdout).toContain("BLOCK   Blind copies to members");
    expect(result.stdout).toContain("Cllr Jane Doe");
    expect(result.stdout).toContain("Surrey Heath 7.1: ");
    expect(result.stdout).toMatch(/Fix: move [\s\S]* to Cc,\s+or remove them/);
    expect(result.stdout).not.toContain("\u001b[");
  });
});

describe("consent and postcodes", () => {
  test("a consent recorded in the header suppresses that rule's finding", async () => {
    const json = JSON.parse(
      (await runMain(["check", `${FIXTURES}/consent-recorded.eml`, "--format", "json"])).stdout,
    );
    const rules = json[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain("member-enquiry-forwarded");
  });

  test("a malformed consent header is a warning on stderr, not a failure", async () => {
    const result = await runMain(["check", `${FIXTURES}/consent-malformed.eml`]);
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(/X-Member-Mail-Check-Consent header ignored/);
  });

  test("a ward known only by its postcode is found through the postcode shard", async () => {
    const result = await runMain(["check", `${FIXTURES}/postcode-only.eml`, "--format", "json"]);
    const findings = JSON.parse(result.stdout)[0].findings;
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "local-members-not-copied",
        recipients: expect.arrayContaining([
          "jane.doe@surreyheath-council.example",
          "helen.ashby@surreyheath-council.example",
        ]),
      }),
    ]);
  });

  test("an invalid postcode shard names the shard file and the postcode", async () => {
    const folder = mkdtempSync(join(tmp, "dir-"));
    mkdirSync(join(folder, "pc"));
    writeFileSync(join(folder, "pc", "GU16.json"), JSON.stringify({ "GU16 6HJ": "atlantis" }));
    writeFileSync(
      join(folder, "directory.json"),
      JSON.stringify({ ...directoryJson(), postcodes: "pc/" }),
    );
    const result = await runMain(
      ["check", join(ROOT, FIXTURES, "postcode-only.eml"), "--directory", "directory.json"],
      folder,
    );
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(/^pc\/GU16\.json: \/GU16 6HJ: /);
  });
});
