/**
 * The on-send benchmark's harness, run against the built dist/launchevent.js (`npm test` builds it
 * first) with Office answering at once and two runs: the drafts must complete the way the sample
 * policy says, through the Office calls the handler is designed to make. No timings are asserted
 * (they depend on the machine); the sequential-call counts do not.
 */
import { join } from "node:path";
import {
  DRAFTS,
  missingBundleMessage,
  onSendProblems,
  runOnSendBench,
  STAMP_HEADER,
  type OnSendBenchResult,
} from "../../scripts/bench-onsend";

const READS = [
  "bcc.getAsync",
  "body.getAsync",
  "cc.getAsync",
  "from.getAsync",
  "getAttachmentsAsync",
  "getComposeTypeAsync",
  "internetHeaders.getAsync",
  "sessionData.getAllAsync",
  "subject.getAsync",
  "to.getAsync",
];

let result: OnSendBenchResult;

beforeAll(async () => {
  // Rejects with "… run npm run build first" when dist/launchevent.js is missing.
  result = await runOnSendBench({ latencyMs: 0, runs: 2 });
});

test("the built handler was loaded and fetched the sample config from the add-in's host", () => {
  expect(result.bundlePath).toBe("dist/launchevent.js");
  expect(result.fetched.some((url) => url.endsWith("/config/policy.json"))).toBe(true);
  expect(result.fetched.some((url) => url.endsWith("/config/directory.json"))).toBe(true);
  // The preset the sample policy names, as the build wrote it beside the bundle.
  expect(
    result.fetched.some((url) => url.endsWith("/config/presets/surrey-heath-borough-council.json")),
  ).toBe(true);
  // The enquiry gives the constituent's postcode (GU16 6HJ); the council's own, GU15 3HD, is ignored.
  expect(result.fetched.filter((url) => url.includes("/postcodes/"))).toEqual([
    expect.stringMatching(/\/config\/postcodes\/GU16\.json$/),
  ]);
  expect(result.logs).toEqual([]);
  expect(onSendProblems(result)).toEqual([]);
});

test("the reply to the enquirer alone is allowed after one round of reads", () => {
  expect(result.allow.options).toEqual({ allowEvent: true });
  expect(result.allow.outcome).toBe("allow");
  expect(result.allow.stamp).toBeUndefined();
  expect([...result.allow.officeCalls].sort()).toEqual(READS);
  expect(result.allow.officeTrips).toBe(1);
  expect(result.allow.roundTrips).toBeNull();
});

test("the same reply with the portfolio holder in Cc warns with Send Anyway, the stamp write issued first", () => {
  const options = result.stopping.options;
  expect(options).toMatchObject({
    allowEvent: false,
    sendModeOverride: "promptUser",
    cancelLabel: "Review",
    commandId: "MemberMailCheck.OpenPaneButton",
  });
  // Passing Cllr Doe's email to the cabinet member is one act: one finding, both paragraphs.
  expect(options.errorMessage).toContain("Member’s email passed on");
  expect(options.errorMessage).toContain("Surrey Heath 7.1");
  expect(options.errorMessageMarkdown).toBeDefined();
  expect(result.stopping.outcome).toBe("warn");
  expect(result.coldOutcome).toBe("warn");
  // Cllr Lane is copied in, and Cllr Doe's quoted email reaches her too.
  expect([...result.stopping.stoppingRules].sort()).toEqual([
    "member-enquiry-forwarded",
    "portfolio-holder-copied",
  ]);
  expect(result.stopping.stamp).toMatch(
    /^outcome=warn; rules=(portfolio-holder-copied,member-enquiry-forwarded|member-enquiry-forwarded,portfolio-holder-copied); policy=surrey-heath-borough-council\/2026-11-sample-1$/,
  );
  expect(result.stopping.officeCalls.slice(0, READS.length).sort()).toEqual(READS);
  expect(result.stopping.officeCalls.slice(READS.length)).toEqual(["internetHeaders.setAsync"]);
  // The write follows the reads' answers (two rounds of calls), but the Send does not wait for
  // the write's answer: in time, a warn costs one round trip like an allow (see the bench).
  expect(result.stopping.officeTrips).toBe(2);
});

test("the drafts are what they claim: Cllr Doe alone, then Cllr Lane added in Cc", () => {
  expect(DRAFTS.allow.state.to.map((r) => r.emailAddress)).toEqual([
    "jane.doe@surreyheath-council.example",
  ]);
  expect(DRAFTS.allow.state.cc).toEqual([]);
  expect(DRAFTS.stopping.state.cc.map((r) => r.emailAddress)).toEqual([
    "victoria.lane@surreyheath-council.example",
  ]);
  expect(DRAFTS.stopping.state.bodyHtml).toContain('id="divRplyFwdMsg"');
  expect(STAMP_HEADER).toBe("X-Member-Mail-Check");
});

test("without a build it says how to make one", async () => {
  const bundlePath = join(__dirname, "no-such-dir", "launchevent.js");
  await expect(runOnSendBench({ bundlePath, latencyMs: 0, runs: 1 })).rejects.toThrow(
    "run npm run build first",
  );
  expect(missingBundleMessage("dist/launchevent.js")).toBe(
    "dist/launchevent.js not found: run npm run build first",
  );
});
