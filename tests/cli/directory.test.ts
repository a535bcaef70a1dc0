import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDirectory } from "../../src/core/directory/load";
import { ROOT, runMain } from "./run-main";

const FIXTURES = "tests/fixtures/import";
const XML = `${FIXTURES}/surrey-heath-GetCouncillorsByWard.xml`;
const CSV = `${FIXTURES}/members.csv`;
const BASE = `${FIXTURES}/base-directory.json`;
const DATE = ["--updated", "2026-11-01"];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "mmc-cli-directory-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function writeTemp(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** Exactly one line on stderr. */
function oneLine(stderr: string): string {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  return stderr.trimEnd();
}

describe("directory from-moderngov", () => {
  test("prints the directory as 2-space JSON and a newline, warnings on stderr, exit 0", async () => {
    const result = await runMain([
      "directory",
      "from-moderngov",
      XML,
      "--council",
      "SHBC",
      ...DATE,
    ]);
    expect(result.code).toBe(0);
    const directory = JSON.parse(result.stdout);
    expect(result.stdout).toBe(`${JSON.stringify(directory, null, 2)}\n`);
    expect(directory).toMatchObject({ council: "SHBC", updated: "2026-11-01" });
    expect(() => loadDirectory(directory, "stdout")).not.toThrow();
    expect(result.stderr.split("\n")).toContain(
      `${XML}: Gareth Llewellyn-Price: no work email address: using the home email address`,
    );
    expect(result.stderr.split("\n")).toContain(
      `${XML}: Oliver Bramley: no usable email address: left out (a member without an address can never be recognised)`,
    );
  });

  test("--base keeps ids, groups and postcodes and takes the council name from it", async () => {
    const result = await runMain(["directory", "from-moderngov", XML, "--base", BASE, ...DATE]);
    expect(result.code).toBe(0);
    const directory = JSON.parse(result.stdout);
    const base = JSON.parse(readFileSync(join(ROOT, BASE), "utf8"));
    expect(directory.council).toBe(base.council);
    expect(directory.groups[0]).toEqual(base.groups[0]);
    expect(directory.postcodes).toEqual(base.postcodes);
    expect(directory.members.find((m: { name: string }) => m.name === "Harriet Ashdown").id).toBe(
      "m-ashdown",
    );
    expect(result.stderr).toContain(
      'Departed Member ("m-departed") of the base directory is not in the export',
    );
  });

  test("defaults --updated to today", async () => {
    const result = await runMain(["directory", "from-moderngov", XML, "--council", "SHBC"]);
    expect(JSON.parse(result.stdout).updated).toBe(new Date().toISOString().slice(0, 10));
  });

  test("--help prints the command's usage", async () => {
    const result = await runMain(["directory", "from-moderngov", "--help"]);
    expect(result).toEqual({
      code: 0,
      stdout:
        "Usage: member-mail-check directory from-moderngov <GetCouncillorsByWard.xml> " +
        "[--council NAME] [--base directory.json] [--updated YYYY-MM-DD]\n",
      stderr: "",
    });
  });
});

describe("directory from-csv", () => {
  test("prints the directory, with the CSV line of each warning", async () => {
    const result = await runMain(["directory", "from-csv", CSV, "--council", "SHBC", ...DATE]);
    expect(result.code).toBe(0);
    expect(() => loadDirectory(JSON.parse(result.stdout), "stdout")).not.toThrow();
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(`${CSV}: line 1: ignored column(s) "Phone", "Home Address"`);
    expect(lines).toContain(`${CSV}: line 10: no name: row left out`);
    expect(lines).toContain(
      `${CSV}: line 9: Samuel Okafor: "samuel okafor at surreyheath-council.example" is not an email address: left out`,
    );
  });

  test("imports the template in config/templates without a word on stderr", async () => {
    const result = await runMain([
      "directory",
      "from-csv",
      "config/templates/directory-template.csv",
      "--council",
      "Example Council",
      ...DATE,
    ]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout).members).toHaveLength(2);
  });
});

describe("directory commands: exit 2 with one line naming the file", () => {
  test.each([
    [
      "a missing input",
      ["directory", "from-csv", "missing.csv", "--council", "X"],
      "missing.csv: cannot be read (ENOENT)",
    ],
    [
      "a CSV without an email column",
      ["directory", "from-csv", `${FIXTURES}/members-no-email-column.csv`, "--council", "X"],
      `${FIXTURES}/members-no-email-column.csv: line 1: no "email" column (the columns are "Name", "Ward", "Party"; expected name, emails, wards, party, roles)`,
    ],
    [
      "a file that is not XML",
      ["directory", "from-moderngov", CSV, "--council", "X"],
      `${CSV}: line 1: is not well-formed XML (char 'N' is not expected.)`,
    ],
    [
      "a missing base",
      ["directory", "from-moderngov", XML, "--base", "nowhere.json"],
      "nowhere.json: cannot be read (ENOENT)",
    ],
  ])("%s", async (_name, argv, line) => {
    const result = await runMain(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(oneLine(result.stderr)).toBe(line);
  });

  test("XML that is not the export", async () => {
    const path = writeTemp("committees.xml", "<committees><committee/></committees>");
    const result = await runMain(["directory", "from-moderngov", path, "--council", "X"]);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toBe(
      `${path}: has no <councillorsbyward> element: is it ModernGov's GetCouncillorsByWard export?`,
    );
  });

  test("an invalid base directory, naming the file and the field", async () => {
    const base = JSON.parse(readFileSync(join(ROOT, BASE), "utf8"));
    base.members[0].wards = ["atlantis"];
    const path = writeTemp("bad-base.json", JSON.stringify(base));
    const result = await runMain(["directory", "from-csv", CSV, "--base", path]);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toBe(
      `${path}: /members/0/wards/0: no ward has the id "atlantis"`,
    );
  });

  test("a file that is not UTF-8", async () => {
    const path = writeTemp(
      "latin1.csv",
      new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0xff]),
    );
    const result = await runMain(["directory", "from-csv", path, "--council", "X"]);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toBe(
      `${path}: is not UTF-8 text (save it as UTF-8 and try again)`,
    );
  });
});

describe("directory commands: usage errors (exit 2)", () => {
  test.each([
    [
      ["directory", "from-csv", CSV],
      "give --council NAME (or --base directory.json to take it from)",
    ],
    [["directory", "from-csv", "--council", "X"], "no members.csv given"],
    [["directory", "from-csv", CSV, CSV, "--council", "X"], "give one file only"],
    [
      ["directory", "from-csv", CSV, "--council", "X", "--updated", "1/11/2026"],
      '--updated must be a date as YYYY-MM-DD, not "1/11/2026"',
    ],
    [["directory", "from-csv", CSV, "--counsel", "X"], "unknown option '--counsel'"],
  ])("%j", async (argv, reason) => {
    const result = await runMain(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `member-mail-check: ${reason}\nUsage: member-mail-check directory from-csv <members.csv> ` +
        "[--council NAME] [--base directory.json] [--updated YYYY-MM-DD]\n",
    );
  });

  test.each([
    [["directory"], '"directory" needs a command: from-moderngov or from-csv'],
    [
      ["directory", "from-json"],
      'unknown command "directory from-json" (expected from-moderngov or from-csv)',
    ],
  ])("%j", async (argv, reason) => {
    const result = await runMain(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `member-mail-check: ${reason}\nUsage: member-mail-check <check|fix|directory> ... (see member-mail-check --help)\n`,
    );
  });

  test("directory --help lists both commands", async () => {
    const result = await runMain(["directory", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^Usage: member-mail-check directory from-moderngov </),
      expect.stringMatching(/^Usage: member-mail-check directory from-csv </),
    ]);
  });
});

describe("--help", () => {
  test("lists the directory commands and their options", async () => {
    const result = await runMain(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "member-mail-check directory from-moderngov <GetCouncillorsByWard.xml> [--council NAME]",
    );
    expect(result.stdout).toContain("member-mail-check directory from-csv <members.csv>");
    expect(result.stdout).toContain("Options for directory from-csv:");
    expect(result.stdout).toContain("--base <file>");
    // The check command's help is unchanged.
    expect(result.stdout).toContain("member-mail-check check <file.eml>...");
  });
});
