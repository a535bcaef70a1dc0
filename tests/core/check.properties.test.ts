/**
 * check() on whatever a draft may hold: it never throws, and its time grows linearly with the
 * body even on pathological input (deep nesting, runs of "<", thousands of header lines).
 */
import fc from "fast-check";
import { checkDraft } from "../../src/core/check";
import { makeDraft, type Draft, type DraftBody, type Recipient } from "../../src/core/draft";
import { resolvePreset } from "../../src/core/policy/load";
import type { ResolvedPolicy } from "../../src/core/policy/types";
import { directory, people } from "./rules/rule-tester";
import { outlookDesktop, type ChainMessage } from "../helpers/mail-bodies";
import { growthRatio, repeatTo } from "../helpers/growth";

/** Every rule on, at the Surrey Heath preset's options. */
const policy: ResolvedPolicy = (() => {
  const base = resolvePreset("surrey-heath-borough-council");
  const rules = { ...base.rules };
  for (const id of Object.keys(rules) as (keyof typeof rules)[]) {
    rules[id] = { ...rules[id], severity: "warn" } as never;
  }
  return { ...base, rules };
})();

const knownRecipients: Recipient[] = Object.values(people);

const recipient: fc.Arbitrary<Recipient> = fc.oneof(
  fc.constantFrom(...knownRecipients),
  fc.record({ address: fc.emailAddress(), name: fc.option(fc.string(), { nil: undefined }) }),
  fc.record({ address: fc.string(), name: fc.option(fc.string(), { nil: undefined }) }),
);

const FRAGMENTS = [
  "<div>",
  "</div>",
  '<blockquote type="cite">',
  "</blockquote>",
  '<div id="divRplyFwdMsg">',
  '<div class="gmail_quote">',
  '<div style="border:none;border-top:solid #E1E1E1 1.0pt">',
  "<hr>",
  "<br>",
  "<b>From:</b> Cllr Jane Doe &lt;jane.doe@surreyheath-council.example&gt;",
  "<b>Sent:</b> Monday",
  "<b>To:</b> Doe, Jane; Khan, Amir",
  "From: Cllr Amir Khan <amir.khan@surreyheath-council.example>\n",
  "-----Original Message-----\n",
  "On Mon, 9 Nov 2026 at 10:02, Jane Doe <jane.doe@surreyheath-council.example> wrote:\n",
  "> ",
  "\n",
  "Frimley Green",
  "Mytchett & Deepcut",
  "GU16 6HN",
  "public meeting",
  "your constituent",
  "&amp;",
  "<",
  ">",
];

const body: fc.Arbitrary<DraftBody> = fc.oneof(
  fc.record({ type: fc.constantFrom("html" as const, "text" as const), content: fc.string() }),
  fc.record({
    type: fc.constantFrom("html" as const, "text" as const),
    content: fc
      .array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 })
      .map((parts) => parts.join("")),
  }),
);

const draft: fc.Arbitrary<Draft> = fc
  .record({
    to: fc.array(recipient, { maxLength: 5 }),
    cc: fc.array(recipient, { maxLength: 5 }),
    bcc: fc.array(recipient, { maxLength: 5 }),
    subject: fc.oneof(fc.string(), fc.constantFrom("RE: Flooding", "FW: Frimley Green", "Fwd:")),
    body,
    composeType: fc.constantFrom(
      "new" as const,
      "reply" as const,
      "forward" as const,
      "unknown" as const,
    ),
    consents: fc.array(fc.constantFrom("m-jane-doe", "m-amir-khan", "nobody"), { maxLength: 2 }),
    attached: fc.array(
      fc.record({
        from: fc.array(recipient, { maxLength: 2 }),
        to: fc.array(recipient, { maxLength: 2 }),
        body,
      }),
      {
        maxLength: 2,
      },
    ),
  })
  .map((d) =>
    makeDraft({
      ...d,
      attachedMessages: d.attached.map((a) => ({ from: a.from, to: a.to, cc: [], body: a.body })),
      records: {
        consents: d.consents.map((memberId) => ({ memberId, recordedAt: "2026-11-20T10:00:00Z" })),
      },
    }),
  );

test("check() never throws and no rule fails, whatever the draft holds", () => {
  fc.assert(
    fc.property(draft, (d) => {
      const result = checkDraft(d, policy, directory);
      expect(result.failures).toEqual([]);
      for (const f of result.findings) {
        expect(f.message.length).toBeGreaterThan(0);
        expect(f.citation.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 300 },
  );
});

/** 1 MB pathological bodies and their 100 KB counterparts, sent to 50 recipients, members among them. */
function pathological(size: number): Record<string, DraftBody> {
  const member = people.doe;
  let uniqueHeaders = "";
  for (let i = 0; uniqueHeaders.length < size; i++) {
    uniqueHeaders += `From: Cllr Jane Doe <jane.doe@surreyheath-council.example>\nSent: Monday\nTo: person${i}@mail.example; officer${i}@surreyheath.gov.example\nSubject: x${i}\n\nAbout Frimley Green and GU16 6HN.\n\n`;
  }
  const message: ChainMessage = {
    from: member,
    to: [people.priya],
    cc: [people.hughes],
    sent: "Monday, November 16, 2026 9:12 AM",
    subject: "Flooding on Frimley Green Road",
    text: ["A resident reports flooding outside the shops on Frimley Green Road, GU16 6AA."],
  };
  const chainOf = (n: number) =>
    outlookDesktop(
      ["Over to you."],
      Array.from({ length: n }, () => message),
    );
  const oneMessage = chainOf(1).length;
  return {
    "deeply nested quoting elements": {
      type: "html",
      content: repeatTo('<div><blockquote type="cite">', size),
    },
    "a run of <": { type: "html", content: repeatTo("<", size) },
    "repeated Outlook header lines (text)": {
      type: "text",
      content: repeatTo(
        "From: Cllr Jane Doe <jane.doe@surreyheath-council.example>\nSent: x\nTo: Priya Patel <priya.patel@surreyheath.gov.example>\n\n",
        size,
      ),
    },
    "header lines with a new address each time": {
      type: "text",
      content: uniqueHeaders.slice(0, size),
    },
    "an Outlook desktop chain": {
      type: "html",
      content: chainOf(Math.max(1, Math.round(size / oneMessage))),
    },
    "ward names and postcodes": {
      type: "text",
      content: repeatTo("Frimley Green & Mytchett and Deepcut, GU16 6HN; St Michaels ", size),
    },
  };
}

describe("check() grows linearly with the body", () => {
  const recipients: Recipient[] = [
    people.okafor,
    people.hughes,
    people.allMembers,
    ...Array.from({ length: 47 }, (_, i) => ({
      address: `colleague${i}@surreyheath.gov.example`,
      name: `Colleague ${i}`,
    })),
  ];
  const small = pathological(100_000);
  const large = pathological(1_000_000);
  const ratios: string[] = [];
  afterAll(() => console.log(`check() t(1MB)/t(100KB):\n${ratios.join("\n")}`));

  test.each(Object.keys(small))("%s", (name) => {
    const asDraft = (b: DraftBody) =>
      makeDraft({
        to: recipients.slice(0, 30),
        cc: recipients.slice(30),
        subject: "FW: Frimley Green",
        body: b,
      });
    const work = (d: Draft) => checkDraft(d, policy, directory);
    const largeDraft = asDraft(large[name] as DraftBody);
    expect(work(largeDraft).failures).toEqual([]);
    const ratio = growthRatio(work, asDraft(small[name] as DraftBody), largeDraft);
    ratios.push(`${name}: ${ratio.toFixed(1)}`);
    expect(ratio).toBeLessThan(30);
  });
});
