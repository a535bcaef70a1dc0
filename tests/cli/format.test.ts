import type { Finding } from "../../src/core/findings";
import { formatJson } from "../../src/cli/format/json";
import { ANSI, PLAIN, describeFixes, formatText } from "../../src/cli/format/text";
import { wrap } from "../../src/cli/format/wrap";

const JANE = {
  field: "bcc" as const,
  address: "jane.doe@surreyheath-council.example",
  name: "Cllr Jane Doe",
};

const BCC_FINDING: Finding = {
  rule: "bcc-to-members",
  severity: "block",
  title: "Blind copies to members",
  message:
    "Cllr Jane Doe is in Bcc. Members must be able to see who else has been sent this email: copy " +
    "them openly in Cc, so that nobody on the circulation is hidden from anyone else on it.",
  citation:
    "Surrey Heath 7.1: “In other words, a system of “silent or blind copies” must not be used.”",
  citations: [{ council: "Surrey Heath", paragraph: "7.1", quote: "…" }],
  recipients: [JANE.address],
  people: [{ name: "Cllr Jane Doe", memberId: "jane-doe" }],
  fixes: [
    { kind: "move-to-cc", label: "Move Cllr Jane Doe to Cc", recipients: [JANE] },
    { kind: "remove", label: "Remove Cllr Jane Doe", recipients: [JANE] },
  ],
};

const INFORM_FINDING: Finding = {
  ...BCC_FINDING,
  rule: "local-members-not-copied",
  severity: "inform",
  title: "Local members not told",
  message: "This concerns Frimley Green.",
  fixes: [],
};

describe("describeFixes", () => {
  test("a remove after a move of the same people reads 'remove them'", () => {
    expect(describeFixes(BCC_FINDING.fixes)).toBe("Fix: move Cllr Jane Doe to Cc, or remove them");
  });

  test("consent labels become 'record that …'; labels starting with a name keep their capital", () => {
    expect(
      describeFixes([
        { kind: "remove-quoted-history", label: "Remove the quoted emails, keeping your own text" },
        { kind: "record-consent", label: "Cllr Doe agreed", memberIds: ["jane-doe"], rule: "r" },
      ]),
    ).toBe("Fix: remove the quoted emails, keeping your own text, or record that Cllr Doe agreed");
  });

  test("no fixes, no line", () => {
    expect(describeFixes([])).toBeUndefined();
  });
});

describe("wrap", () => {
  test("wraps at the width with the indent, keeping long words whole", () => {
    const lines = wrap(`${"word ".repeat(30)}https://example.org/${"x".repeat(120)}`, 40, "    ");
    for (const line of lines.slice(0, -1)) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.every((l) => l.startsWith("    "))).toBe(true);
    expect(lines[lines.length - 1]).toBe(`    https://example.org/${"x".repeat(120)}`);
  });
});

describe("formatText", () => {
  test("verdict heading, then severity and title, message, citation and fixes", () => {
    const text = formatText([{ file: "a.eml", findings: [BCC_FINDING] }]);
    expect(text).toBe(
      [
        "a.eml: Would be blocked",
        "  BLOCK   Blind copies to members",
        "          Cllr Jane Doe is in Bcc. Members must be able to see who else has been sent this email:",
        "          copy them openly in Cc, so that nobody on the circulation is hidden from anyone else on",
        "          it.",
        "          Surrey Heath 7.1: “In other words, a system of “silent or blind copies” must not be used.”",
        "          Fix: move Cllr Jane Doe to Cc, or remove them",
        "",
      ].join("\n"),
    );
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });

  test("each verdict, and a summary line for several files", () => {
    const text = formatText([
      { file: "a.eml", findings: [BCC_FINDING] },
      { file: "b.eml", findings: [{ ...BCC_FINDING, severity: "warn" }] },
      { file: "c.eml", findings: [INFORM_FINDING] },
      { file: "d.eml", findings: [] },
    ]);
    expect(text).toContain("a.eml: Would be blocked\n");
    expect(text).toContain("b.eml: Would stop once: you may send anyway\n");
    expect(text).toContain("c.eml: For information\n");
    expect(text).toContain("d.eml: No problems found\n");
    expect(text.trimEnd().split("\n").pop()).toBe(
      "Checked 4 files: 1 would be blocked, 1 would stop once, 1 for information only, 1 no problems found.",
    );
  });

  test("plain text has no escape codes; the terminal palette colours the severity", () => {
    const report = [{ file: "a.eml", findings: [BCC_FINDING] }];
    expect(formatText(report, PLAIN)).not.toContain("\u001b[");
    expect(formatText(report, ANSI)).toContain("\u001b[1;31mBLOCK");
  });
});

describe("formatJson", () => {
  test("the DESIGN.md contract fields, fixes as kinds", () => {
    const json = JSON.parse(formatJson([{ file: "a.eml", findings: [BCC_FINDING] }]));
    expect(json).toEqual([
      {
        file: "a.eml",
        findings: [
          expect.objectContaining({
            rule: "bcc-to-members",
            severity: "block",
            message: BCC_FINDING.message,
            citation: BCC_FINDING.citation,
            recipients: [JANE.address],
            fixes: ["move-to-cc", "remove"],
            title: "Blind copies to members",
          }),
        ],
      },
    ]);
  });
});
