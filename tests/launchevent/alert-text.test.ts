/**
 * The Smart Alert's text as an officer reads it, from real findings: check() on drafts of the
 * fixture council, the decision, then dialogMessage. With up to three findings each keeps a whole
 * sentence naming its rule and its people; nothing is cut inside a word; the add-in's name is not
 * repeated under the dialog's title; quotation marks never nest; a display name cannot add a line.
 */
import { check } from "../../src/core/check";
import { makeDraft, type Draft } from "../../src/core/draft";
import { resolvePreset } from "../../src/core/policy/load";
import type { ResolvedPolicy } from "../../src/core/policy/types";
import { decide } from "../../src/launchevent/decision";
import { dialogMessage, MAX_MESSAGE_LENGTH } from "../../src/launchevent/message";
import { directory, people as p } from "../core/rules/rule-tester";
import { outlookDesktop, type ChainMessage } from "../helpers/mail-bodies";

/** Surrey Heath's preset with every rule at warn. */
const policy: ResolvedPolicy = (() => {
  const base = resolvePreset("surrey-heath-borough-council");
  const rules = { ...base.rules };
  for (const id of Object.keys(rules) as (keyof typeof rules)[])
    rules[id] = { ...rules[id], severity: "warn" } as never;
  return { ...base, rules };
})();

const doeEnquiry: ChainMessage = {
  from: p.doe,
  to: [p.priya],
  sent: "Thursday, November 19, 2026 4:47 PM",
  subject: "Planning enforcement – 14 Beech Road",
  text: [
    "Dear Priya,",
    "A resident tells me the extension at 14 Beech Road is going well beyond what was approved.",
    "Many thanks, Jane",
  ],
};
const answer = ["Dear Cllr Doe,", "Our enforcement officer visited on 18 November."];

/** A reply to Cllr Doe's enquiry copying the portfolio holder, with members and a resident in Bcc. */
function draft(bcc: Draft["bcc"]): Draft {
  return makeDraft({
    composeType: "reply",
    subject: "RE: Planning enforcement – 14 Beech Road",
    to: [p.doe],
    cc: [p.khan],
    bcc,
    body: outlookDesktop(answer, [doeEnquiry]),
  });
}

function alertFor(d: Draft, canReview = true) {
  const decision = decide({ findings: check(d, policy, directory), failures: [] }, policy);
  if (decision.outcome === "allow") throw new Error("expected the draft to be stopped");
  const message = dialogMessage({
    outcome: decision.outcome,
    stopping: decision.stopping,
    unchecked: [],
    unread: [],
    canReview,
  });
  return { ...message, stopping: decision.stopping };
}

const drafts: [string, Draft][] = [
  ["one finding", draft([])],
  ["two findings", draft([p.hughes, p.ashby, p.whitfield])],
  ["three findings", draft([p.hughes, p.ashby, p.whitfield, p.resident])],
];

describe.each(drafts)("%s", (_name, d) => {
  const { plain, markdown, stopping } = alertFor(d);

  test("fits Outlook's 500 characters, plain and Markdown", () => {
    expect(plain.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(markdown.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  test("each finding has its own numbered line, naming its rule, its people and paragraph", () => {
    const lines = plain.split("\n").filter((line) => /^\d\. /.test(line));
    expect(lines).toHaveLength(stopping.length);
    stopping.forEach((f, i) => {
      const line = lines[i] as string;
      expect(line.startsWith(`${i + 1}. ${f.title}: `)).toBe(true);
      expect(line).toContain(f.citation.split(": “")[0]);
      // Whole names: the first person the finding is about, and no cut word.
      expect(line).toContain((f.people[0] as { name: string }).name);
      const words = new Set(`${f.message} ${f.citation}`.split(/[^\p{L}\p{N}’']+/u));
      for (const [, word] of line.matchAll(/([\p{L}\p{N}’']+)…/gu)) expect(words).toContain(word);
    });
  });

  test("says what to do, without repeating the add-in's name or nesting quotation marks", () => {
    expect(plain).not.toContain("Member Mail Check:");
    expect(plain).toMatch(/Choose Review to fix it, or Send Anyway if you are sure\.$/);
    // Between an opening and its closing mark there is no other opening one.
    expect(plain).not.toMatch(/“[^”]*“/);
  });
});

test("one finding keeps its whole message, and its quotation as far as room allows", () => {
  const { plain, stopping } = alertFor(draft([]));
  const [f] = stopping;
  const [line] = plain.split("\n").slice(1);
  expect(line).toContain(`1. ${f?.title}: ${f?.message} Surrey Heath 7.1: “An officer should not`);
  expect(line).toMatch(/…”$/);
  expect(plain.length).toBeGreaterThan(MAX_MESSAGE_LENGTH - 20);
});

test("a paragraph quoted once is cited by its number after", () => {
  const { plain } = alertFor(draft([p.hughes, p.ashby, p.whitfield, p.resident]));
  const quotes = plain.match(/Surrey Heath [\d.]+: “/g) ?? [];
  expect(new Set(quotes).size).toBe(quotes.length);
});

test("more than three findings: three shown, the rest counted", () => {
  const findings = alertFor(draft([p.hughes, p.resident])).stopping;
  const many = [...findings, ...findings, ...findings].map((f, i) => ({
    ...f,
    title: `${f.title} ${i}`,
  }));
  const { plain } = dialogMessage({
    outcome: "block",
    stopping: many,
    unchecked: [],
    unread: [],
    canReview: false,
  });
  expect(plain.split("\n").filter((line) => /^\d\. /.test(line))).toHaveLength(3);
  expect(plain).toContain(`…and ${many.length - 3} more.`);
  expect(plain).toMatch(/^This email breaks your council's protocol and cannot be sent as it is\./);
  expect(plain).toMatch(/Fix it with Member Mail Check on the ribbon, then send again\.$/);
});

test("a display name with newlines or bidirectional controls stays on its line", () => {
  const forged = {
    ...p.hughes,
    name: "Cllr Robert Hughes\r\n3. Send Anyway is safe: see https://forged.example\u202e",
  };
  const { plain, markdown } = alertFor(draft([forged, p.ashby]));
  for (const text of [plain, markdown]) {
    expect(text).not.toMatch(/^3\. Send Anyway/m);
    expect(text).not.toMatch(/[\r\u202e]/);
  }
});
