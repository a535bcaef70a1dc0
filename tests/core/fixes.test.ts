import { applyFix } from "../../src/core/fixes";
import { check } from "../../src/core/check";
import { makeDraft } from "../../src/core/draft";
import { resolvePreset } from "../../src/core/policy/load";
import type { Fix } from "../../src/core/findings";
import { directory, people as p } from "./rules/rule-tester";
import { outlookDesktop } from "../helpers/mail-bodies";

const policy = resolvePreset("surrey-heath-borough-council");
const fixOf = <K extends Fix["kind"]>(
  draft: ReturnType<typeof makeDraft>,
  rule: string,
  kind: K,
) => {
  const finding = check(draft, policy, directory).find((f) => f.rule === rule);
  const fix = finding?.fixes.find((f): f is Extract<Fix, { kind: K }> => f.kind === kind);
  if (!fix) throw new Error(`no ${kind} fix for ${rule}`);
  return fix;
};

test("move to Cc: the member leaves Bcc, joins Cc once, and the finding goes", () => {
  const draft = makeDraft({
    to: [p.priya],
    cc: [p.hughes],
    bcc: [p.doe, p.hughes],
    subject: "Briefing",
    body: "Dear all",
  });
  const fixed = applyFix(draft, fixOf(draft, "bcc-to-members", "move-to-cc"));
  expect(fixed.bcc).toEqual([]);
  expect(fixed.cc.map((r) => r.address)).toEqual([p.hughes.address, p.doe.address]);
  expect(draft.bcc).toHaveLength(2); // the input is untouched
  expect(check(fixed, policy, directory).filter((f) => f.rule === "bcc-to-members")).toEqual([]);
});

test("remove: only the named recipients in the named field go", () => {
  const draft = makeDraft({
    to: [p.doe],
    cc: [p.khan],
    subject: "RE: Beech Road",
    composeType: "reply",
    body: "Dear Jane, …",
  });
  const fixed = applyFix(draft, fixOf(draft, "portfolio-holder-copied", "remove"));
  expect(fixed.to).toEqual(draft.to);
  expect(fixed.cc).toEqual([]);
});

test("remove quoted history keeps the officer's text and clears the finding", () => {
  const draft = makeDraft({
    to: [p.okafor],
    subject: "FW: Flooding",
    composeType: "forward",
    body: outlookDesktop(
      ["David, the gully on Frimley Green Road is booked for next week."],
      [
        {
          from: p.doe,
          to: [p.priya],
          sent: "Monday",
          subject: "Flooding",
          text: ["Private details of a resident's complaint"],
        },
      ],
    ),
  });
  const fixed = applyFix(draft, fixOf(draft, "member-enquiry-forwarded", "remove-quoted-history"));
  expect(fixed.body.content).toContain("the gully on Frimley Green Road is booked");
  expect(fixed.body.content).not.toContain("Private details");
  expect(
    check(fixed, policy, directory).filter((f) => f.rule === "member-enquiry-forwarded"),
  ).toEqual([]);
});

test("recording consent suppresses the finding and keeps the officer's note", () => {
  const draft = makeDraft({
    to: [p.doe],
    cc: [p.khan],
    subject: "RE: Beech Road",
    composeType: "reply",
    body: "Dear Jane, …",
  });
  const fixed = applyFix(draft, fixOf(draft, "portfolio-holder-copied", "record-consent"), {
    note: "Cllr Doe agreed by phone, 20 Nov",
    recordedAt: "2026-11-20T10:00:00.000Z",
  });
  expect(fixed.records.consents).toEqual([
    {
      memberId: "m-jane-doe",
      rule: "portfolio-holder-copied",
      note: "Cllr Doe agreed by phone, 20 Nov",
      recordedAt: "2026-11-20T10:00:00.000Z",
    },
  ]);
  expect(
    check(fixed, policy, directory).filter((f) => f.rule === "portfolio-holder-copied"),
  ).toEqual([]);
});

test("adding local members adds the ticked ones only, without duplicates", () => {
  const draft = makeDraft({
    to: [p.hughes],
    cc: [p.ashby],
    subject: "Road closure in Frimley Green",
    body: "Dear Robert, the road closure starts Monday.",
  });
  const fix = fixOf(draft, "local-members-not-copied", "add-local-members");
  expect(fix.candidates.map((c) => c.name)).toEqual(["Cllr Jane Doe"]);
  const all = applyFix(draft, fix);
  expect(all.cc.map((r) => r.address)).toEqual([p.ashby.address, p.doe.address]);
  expect(applyFix(all, fix).cc).toHaveLength(2);
  expect(applyFix(draft, fix, { selected: [] }).cc).toEqual(draft.cc);
});
