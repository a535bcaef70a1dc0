import { loadDirectory, loadPolicy, RULE_IDS } from "../../src/core";
import { formatRecipient, formToDraft, parseRecipients } from "../../src/admin/preview/draft-form";
import { buildExamples } from "../../src/admin/preview/examples";
import { runPreview, shardsNeeded } from "../../src/admin/preview/run";
import { setSeverity } from "../../src/admin/state/policy-edit";
import { sampleDirectory, samplePolicy, sampleShard } from "./sample";

describe("the preview's sample draft", () => {
  test("address boxes as Outlook would resolve them", () => {
    expect(
      parseRecipients('Cllr Jane Doe <jane@x.example>; "Doe, Jane" <j@x.example>, bob@y.example'),
    ).toEqual([
      { name: "Cllr Jane Doe", address: "jane@x.example" },
      { name: "Doe, Jane", address: "j@x.example" },
      { address: "bob@y.example" },
    ]);
    expect(parseRecipients("  ")).toEqual([]);
    expect(formatRecipient("Doe, Jane", "j@x.example")).toBe('"Doe, Jane" <j@x.example>');
    expect(
      formToDraft({
        to: "a@x.example",
        cc: "",
        bcc: "",
        subject: "S",
        body: "B",
        composeType: "reply",
      }),
    ).toMatchObject({
      to: [{ address: "a@x.example" }],
      subject: "S",
      body: { type: "text", content: "B" },
      composeType: "reply",
    });
  });

  test("every rule's ready-made example finds that rule on the sample council; the clean one finds nothing", () => {
    const policy = loadPolicy(samplePolicy(), "policy.json");
    const examples = buildExamples(sampleDirectory());
    expect(examples.map((e) => e.id).sort()).toEqual([...RULE_IDS, "clean"].sort());
    for (const example of examples) {
      const directory = loadDirectory(sampleDirectory(), "directory.json");
      const { findings, failures } = runPreview(example.form, policy, directory, {});
      expect(failures).toEqual([]);
      if (example.id === "clean") expect(findings).toEqual([]);
      else expect(findings.map((f) => f.rule)).toContain(example.id);
    }
  });

  test("the finding's severity follows the policy", () => {
    const bcc = buildExamples(sampleDirectory()).find((e) => e.id === "bcc-to-members")!;
    const severityOf = (policyFile = samplePolicy()) =>
      runPreview(
        bcc.form,
        loadPolicy(policyFile, "p"),
        loadDirectory(sampleDirectory(), "d"),
        {},
      ).findings.find((f) => f.rule === "bcc-to-members")?.severity;
    expect(severityOf()).toBe("block");
    expect(severityOf(setSeverity(samplePolicy(), "bcc-to-members", "inform"))).toBe("inform");
    expect(severityOf(setSeverity(samplePolicy(), "bcc-to-members", "off"))).toBeUndefined();
  });

  test("postcodes need their shard; without it the preview says which is missing", () => {
    const form = {
      to: "Cllr Robert Hughes <robert.hughes@surreyheath-council.example>",
      cc: "",
      bcc: "",
      subject: "Resurfacing",
      body: "Planned works at the car park, GU16 6HJ, next week.",
      composeType: "new" as const,
    };
    const policy = loadPolicy(samplePolicy(), "policy.json");
    expect(shardsNeeded(form, loadDirectory(sampleDirectory(), "d"))).toEqual(["GU16"]);
    const without = runPreview(form, policy, loadDirectory(sampleDirectory(), "d"), {});
    expect(without.missingShards).toEqual(["GU16"]);
    const withShard = runPreview(form, policy, loadDirectory(sampleDirectory(), "d"), {
      GU16: sampleShard("GU16"),
    });
    expect(withShard.missingShards).toEqual([]);
    expect(withShard.findings.map((f) => f.rule)).toContain("local-members-not-copied");
  });
});
