import fs from "fs";
import path from "path";
import { SEVERITY_SETTINGS, type SeveritySetting } from "../../../src/core/findings";
import { PRESETS, getPreset, isPresetId } from "../../../src/core/policy/presets";
import { PRESET_IDS, RULE_IDS, type PresetId, type RuleId } from "../../../src/core/policy/types";
import { foldText, misplacement, PROTOCOLS_DIR, readProtocol } from "./protocol-text";

/** The design decisions, per preset, in RULE_IDS order (see each preset's notes for why). */
const EXPECTED: Record<PresetId, Record<RuleId, SeveritySetting>> = {
  "surrey-county-council": {
    "bcc-to-members": "block",
    "member-enquiry-forwarded": "warn",
    "portfolio-holder-copied": "warn",
    "local-members-not-copied": "warn",
  },
  "surrey-heath-borough-council": {
    "bcc-to-members": "block",
    "member-enquiry-forwarded": "warn",
    "portfolio-holder-copied": "warn",
    "local-members-not-copied": "warn",
  },
  "west-suffolk-council": {
    "bcc-to-members": "inform",
    "member-enquiry-forwarded": "inform",
    "portfolio-holder-copied": "inform",
    "local-members-not-copied": "warn",
  },
  "cambridgeshire-county-council": {
    "bcc-to-members": "inform",
    "member-enquiry-forwarded": "inform",
    "portfolio-holder-copied": "inform",
    "local-members-not-copied": "warn",
  },
  "southwark-council": {
    "bcc-to-members": "inform",
    "member-enquiry-forwarded": "inform",
    "portfolio-holder-copied": "inform",
    "local-members-not-copied": "inform",
  },
};

/** Rules a protocol says nothing about (even in struck text): gentle, and the note says so. */
const SILENT: Partial<Record<PresetId, RuleId[]>> = {
  "west-suffolk-council": ["bcc-to-members", "member-enquiry-forwarded", "portfolio-holder-copied"],
  "cambridgeshire-county-council": ["bcc-to-members", "member-enquiry-forwarded"],
  "southwark-council": ["bcc-to-members"],
};

const OPTION_NAMES: Record<RuleId, string[]> = {
  "bcc-to-members": ["anyBccWhenMemberIsRecipient", "matchCllrDisplayNames"],
  "member-enquiry-forwarded": ["chainThreshold"],
  "portfolio-holder-copied": ["alsoOtherMembers", "enquiryWords", "roleKinds"],
  "local-members-not-copied": ["addTo", "caseworkWords", "triggerWords"],
};

const isWordList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((word) => typeof word === "string" && word.trim() === word && word !== "");

const allCitations = PRESET_IDS.flatMap((presetId) =>
  RULE_IDS.flatMap((ruleId) =>
    PRESETS[presetId].rules[ruleId].citations.map(
      (citation, i) => [presetId, ruleId, i, citation] as const,
    ),
  ),
);

describe("the protocol texts", () => {
  it("are in the repository, in docs/protocols", () => {
    expect(path.relative(path.resolve(__dirname, "../../.."), PROTOCOLS_DIR)).toBe(
      path.join("docs", "protocols"),
    );
    for (const id of PRESET_IDS) {
      expect(fs.existsSync(path.join(PROTOCOLS_DIR, `${id}.md`))).toBe(true);
    }
  });

  it.each(PRESET_IDS)("%s names its council and document on its first line", (id) => {
    const firstLine = fs.readFileSync(path.join(PROTOCOLS_DIR, `${id}.md`), "utf8").split("\n")[0];
    expect(firstLine).toContain(`**Source:** ${PRESETS[id].council}, “${PRESETS[id].document}”`);
  });
});

describe.each(PRESET_IDS)("preset %s", (presetId) => {
  const preset = PRESETS[presetId];

  it("is registered under its own id and says who it is", () => {
    expect(preset.id).toBe(presetId);
    expect(getPreset(presetId)).toBe(preset);
    expect(preset.council).toMatch(/Council$/);
    expect(preset.short).not.toBe("");
    expect(preset.document).not.toBe("");
    // SoftBlock: an add-in outage must not stop a council's email.
    expect(preset.whenConfigUnavailable).toBe("allow");
  });

  it("sets every rule, and only the known rules", () => {
    expect(Object.keys(preset.rules).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULE_IDS)("sets %s to the intended severity, with a reason", (ruleId) => {
    const rule = preset.rules[ruleId];
    expect(SEVERITY_SETTINGS).toContain(rule.severity);
    expect(rule.severity).toBe(EXPECTED[presetId][ruleId]);
    expect(rule.note?.length ?? 0).toBeGreaterThan(40);
  });

  it.each(RULE_IDS)("gives %s every option, well typed", (ruleId) => {
    const options: Record<string, unknown> = { ...preset.rules[ruleId].options };
    expect(Object.keys(options).sort()).toEqual(OPTION_NAMES[ruleId]);
    for (const [name, value] of Object.entries(options)) {
      if (name === "chainThreshold") {
        expect(Number.isInteger(value) && (value as number) >= 2 && (value as number) <= 50).toBe(
          true,
        );
      } else if (name === "addTo") {
        expect(["cc", "to"]).toContain(value);
      } else if (typeof value === "boolean") {
        continue;
      } else {
        expect({ name, ok: isWordList(value) }).toEqual({ name, ok: true });
      }
    }
  });

  it.each(RULE_IDS)("cites the protocol for %s unless it is silent", (ruleId) => {
    const rule = preset.rules[ruleId];
    if (SILENT[presetId]?.includes(ruleId)) {
      expect(rule.severity).toBe("inform");
      expect(rule.note).toMatch(/silent|says nothing|does not mention/);
    } else {
      expect(rule.citations.length).toBeGreaterThan(0);
    }
  });

  it("cites under its own short name", () => {
    const councils = RULE_IDS.flatMap((id) => preset.rules[id].citations.map((c) => c.council));
    expect(new Set(councils)).toEqual(new Set([preset.short]));
  });
});

describe.each(allCitations)("%s %s citation %d", (presetId, _ruleId, _i, citation) => {
  const protocol = readProtocol(presetId);
  const quote = foldText(citation.quote).replace(/\n/g, " ");

  it("quotes the protocol verbatim", () => {
    expect(protocol.flat).toContain(quote);
  });

  it("quotes the paragraph it names", () => {
    expect(
      misplacement(protocol, citation.paragraph, protocol.flat.indexOf(quote)),
    ).toBeUndefined();
  });

  it("is short: one sentence or less", () => {
    expect(quote.length).toBeLessThanOrEqual(220);
    expect(quote.replace(/[.?!]$/, "")).not.toMatch(/[.?!] [A-Z]/);
  });
});

describe("the presets' disagreements", () => {
  it("Cambridgeshire turns portfolio-holder-copied down: 7.3 says the chair will be told", () => {
    const rule = PRESETS["cambridgeshire-county-council"].rules["portfolio-holder-copied"];
    expect(rule.severity).toBe("inform");
    expect(rule.citations[0]?.paragraph).toBe("7.3");
  });

  it("Surrey CC refuses any Bcc while a member is a recipient (para 34: 'any recipient')", () => {
    const rule = PRESETS["surrey-county-council"].rules["bcc-to-members"];
    expect(rule.options.anyBccWhenMemberIsRecipient).toBe(true);
    expect(
      PRESETS["surrey-heath-borough-council"].rules["bcc-to-members"].options
        .anyBccWhenMemberIsRecipient,
    ).toBe(false);
  });

  it("Surrey Heath 7.1 keeps single-constituent mail from any other member", () => {
    const rule = PRESETS["surrey-heath-borough-council"].rules["portfolio-holder-copied"];
    expect(rule.options.alsoOtherMembers).toBe(true);
  });

  it("West Suffolk's casework words cover its own examples", () => {
    const words =
      PRESETS["west-suffolk-council"].rules["local-members-not-copied"].options.caseworkWords;
    expect(words).toEqual(
      expect.arrayContaining([
        "applicants for housing",
        "council tax support",
        "food business monitoring",
      ]),
    );
  });

  it("Southwark cites its struck paragraphs as moved, and explains", () => {
    const preset = PRESETS["southwark-council"];
    const moved = RULE_IDS.flatMap((id) => preset.rules[id].citations).filter((c) =>
      c.paragraph.endsWith("(moved to the Communications Protocol)"),
    );
    expect(new Set(moved.map((c) => c.paragraph.replace(/ \(.*/, "")))).toEqual(
      new Set(["Correspondence", "Emails", "Involvement of ward councillors"]),
    );
    for (const id of [
      "member-enquiry-forwarded",
      "portfolio-holder-copied",
      "local-members-not-copied",
    ] as const) {
      expect(preset.rules[id].note).toContain("MOVED TO COMMUNICATIONS PROTOCOL");
    }
  });

  it("presets do not share option lists (changing one cannot change another)", () => {
    const lists = PRESET_IDS.map(
      (id) => PRESETS[id].rules["local-members-not-copied"].options.triggerWords,
    );
    expect(new Set(lists).size).toBe(lists.length);
  });
});

describe("getPreset", () => {
  it("refuses an unknown id from untyped callers", () => {
    expect(isPresetId("surrey-county-council")).toBe(true);
    expect(isPresetId("surrey")).toBe(false);
    expect(() => getPreset("surrey" as PresetId)).toThrow('Unknown preset "surrey"');
  });
});
