/**
 * Every rule has its page in docs/rules/<rule-id>.md, with the same sections in the same order,
 * a section per option and per preset, and its fixes named (after ESLint's checkRuleFiles).
 * The pages are what the task pane's and admin page's "More about" links open, built into
 * dist/docs/rules/<rule-id>.html.
 */
import fs from "node:fs";
import path from "node:path";
import { PRESETS } from "../../src/core/policy/presets";
import { PRESET_IDS, RULE_IDS, type RuleId } from "../../src/core/policy/types";
import { RULES } from "../../src/core/rules";
import { RULE_DOCS } from "../../src/core/rules/docs";

const DOCS = path.resolve(__dirname, "../../docs/rules");

const SECTIONS = [
  "What it catches",
  "What it does not catch",
  "Options",
  "Each preset's paragraphs",
  "Fixes",
  "Examples",
];

interface Page {
  title: string;
  /** Level-2 sections in order, each with its level-3 subsections and text. */
  sections: Array<{ heading: string; text: string; subsections: Map<string, string> }>;
}

function readPage(ruleId: RuleId): Page {
  const text = fs.readFileSync(path.join(DOCS, `${ruleId}.md`), "utf8");
  const page: Page = { title: "", sections: [] };
  let subsection: string | undefined;
  for (const line of text.split("\n")) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const section = page.sections[page.sections.length - 1];
    if (heading?.[1] === "#") page.title = heading[2] ?? "";
    else if (heading?.[1] === "##") {
      page.sections.push({ heading: heading[2] ?? "", text: "", subsections: new Map() });
      subsection = undefined;
    } else if (heading?.[1] === "###" && section) {
      subsection = (heading[2] ?? "").replace(/`/g, "");
      section.subsections.set(subsection, "");
    } else if (section) {
      section.text += `${line}\n`;
      if (subsection !== undefined) {
        section.subsections.set(subsection, `${section.subsections.get(subsection)}${line}\n`);
      }
    }
  }
  return page;
}

function section(page: Page, heading: string) {
  const found = page.sections.find((s) => s.heading === heading);
  if (!found) throw new Error(`no "## ${heading}" section`);
  return found;
}

/** Folded for comparing prose with citations: straight quotes, single spaces. */
const fold = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\*\*/g, "")
    .replace(/\s+/g, " ");

describe("docs/rules", () => {
  it("has a page for every rule and none for a rule that does not exist", () => {
    const pages = fs
      .readdirSync(DOCS)
      .filter((file) => file.endsWith(".md"))
      .map((file) => file.replace(/\.md$/, ""))
      .sort();
    expect(pages).toEqual([...RULE_IDS].sort());
  });
});

describe.each(RULE_IDS)("docs/rules/%s.md", (ruleId) => {
  const page = readPage(ruleId);
  const docs = RULE_DOCS[ruleId];

  it("is titled with the rule's title and id", () => {
    expect(page.title).toBe(`${RULES[ruleId].meta.title} (\`${ruleId}\`)`);
  });

  it("has the fixed sections, in order, each with something in it", () => {
    expect(page.sections.map((s) => s.heading)).toEqual(SECTIONS);
    for (const s of page.sections) expect(s.text.trim()).not.toBe("");
  });

  it("says the rule's default severity", () => {
    const intro = fs.readFileSync(path.join(DOCS, `${ruleId}.md`), "utf8").split("\n## ")[0];
    expect(intro).toContain(`Default severity: **${docs.defaultSeverity}**.`);
  });

  it("has a section for every option, and only for options, giving its default", () => {
    const options = section(page, "Options").subsections;
    expect([...options.keys()].sort()).toEqual(Object.keys(docs.defaultOptions).sort());
    for (const [name, text] of options) {
      expect({ name, text: text.trim() }).toEqual({
        name,
        text: expect.stringMatching(/^Default: /),
      });
    }
  });

  it("has a section for every preset, with its severity and the paragraphs it cites", () => {
    const presets = section(page, "Each preset's paragraphs").subsections;
    expect([...presets.keys()]).toEqual(PRESET_IDS.map((id) => PRESETS[id].council));
    for (const id of PRESET_IDS) {
      const setting = PRESETS[id].rules[ruleId];
      const text = fold(presets.get(PRESETS[id].council) ?? "");
      // Each section opens with the preset's severity: "**warn**." or "**warn**, with …".
      expect({ id, opens: text.trim().split(/[.,]/)[0] }).toEqual({ id, opens: setting.severity });
      for (const citation of setting.citations) {
        const paragraph = fold(citation.paragraph);
        const named = /^\d/.test(paragraph)
          ? new RegExp(`\\b(?:paras? |\\d+ and |\\()?${paragraph.replace(/\./g, "\\.")}\\b`).test(
              text,
            ) || text.includes(paragraph)
          : text.includes(paragraph);
        expect({ id, paragraph, named }).toEqual({ id, paragraph, named: true });
      }
    }
  });

  it("names every fix its findings can offer, and no other", () => {
    const named = [...section(page, "Fixes").text.matchAll(/\(`([a-z-]+)`\)/g)].map((m) => m[1]);
    expect(named.sort()).toEqual([...docs.fixes].sort());
  });
});
