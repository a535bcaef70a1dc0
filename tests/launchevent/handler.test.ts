import { RULES } from "../../src/core/rules";
import { STAMP_HEADER } from "../../src/launchevent/stamp";
import { DEFAULT_DEADLINE_MS, TASKPANE_COMMAND_ID } from "../../src/launchevent/handler";
import { parseContext } from "../../src/office/smart-alert-context";
import {
  BASE_URL,
  flush,
  memoryStorage,
  policyText,
  sampleConfig,
  storageKey,
} from "../office/fake-config";
import { completedWith, setupSend } from "./send";

const POLICY_URL = `${BASE_URL}config/policy.json`;
const DIRECTORY_URL = `${BASE_URL}config/directory.json`;
const PRESET_PATH = "config/presets/surrey-heath-borough-council.json";
const PRESET_URL = `${BASE_URL}${PRESET_PATH}`;
const SAMPLE_POLICY = "policy=surrey-heath-borough-council/2026-11-sample-1";

const writes = (calls: { name: string }[]) =>
  calls
    .map((c) => c.name)
    .filter((n) => /(^|\.)(setAsync|addAsync|removeAsync|removeAttachmentAsync)$/.test(n));

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("allow", () => {
  test("a clean reply is allowed after one round trip, with no header written", async () => {
    const { send, mock } = await setupSend({ sample: "clean.eml" });
    const completed = await send();
    expect(completedWith(completed)).toEqual({ allowEvent: true });
    expect(writes(mock.calls)).toEqual([]);
  });

  test("all reads are in flight at once, alongside the config fetch", async () => {
    const { handler, mock, fetch } = await setupSend({ sample: "clean.eml" });
    const completed = jest.fn();
    const running = handler({ completed });
    // Before any callback has run:
    expect(mock.calls.map((c) => c.name).sort()).toEqual(
      [
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
      ].sort(),
    );
    await running;
    expect(fetch.urls.slice(0, 2).sort()).toEqual([DIRECTORY_URL, POLICY_URL]);
    expect(mock.calls).toHaveLength(10);
  });

  test("inform-only findings never stop a send", async () => {
    const files = sampleConfig();
    files[POLICY_URL] = policyText((p) => {
      p.rules["portfolio-holder-copied"] = { severity: "inform" };
      p.rules["member-enquiry-forwarded"] = { severity: "inform" };
    });
    const { send, mock } = await setupSend({ sample: "portfolio-holder-copied.eml", files });
    expect(completedWith(await send())).toEqual({ allowEvent: true });
    expect(writes(mock.calls)).toEqual([]);
  });

  test("a stamp left by an earlier attempt is removed when the draft now passes", async () => {
    const { send, mock } = await setupSend({ sample: "clean.eml" });
    mock.state.internetHeaders[STAMP_HEADER] =
      `outcome=warn; rules=portfolio-holder-copied; ${SAMPLE_POLICY}`;
    expect(completedWith(await send())).toEqual({ allowEvent: true });
    expect(mock.state.internetHeaders).toEqual({});
  });

  test("sending a stopped draft again unchanged does not rewrite its stamp", async () => {
    const { send, mock } = await setupSend({ sample: "portfolio-holder-copied.eml" });
    await send();
    const stamp = mock.state.internetHeaders[STAMP_HEADER];
    expect(stamp).toMatch(/^outcome=warn; /);
    expect(mock.callsTo("internetHeaders.setAsync")).toHaveLength(1);
    expect(completedWith(await send())).toEqual(expect.objectContaining({ allowEvent: false }));
    expect(mock.callsTo("internetHeaders.setAsync")).toHaveLength(1);
    expect(mock.state.internetHeaders[STAMP_HEADER]).toBe(stamp);
  });

  test("the second Send in the same runtime uses the cached config", async () => {
    const { send, fetch } = await setupSend({ sample: "clean.eml" });
    await send();
    const fetched = fetch.urls.length;
    expect(completedWith(await send())).toEqual({ allowEvent: true });
    expect(fetch.urls).toHaveLength(fetched);
  });
});

describe("warn", () => {
  test("Mailbox 1.15: blocks once with Send Anyway, Review opens the task pane with the findings", async () => {
    const { handler, mock } = await setupSend({ sample: "portfolio-holder-copied.eml" });
    // The Office calls already issued when event.completed is called.
    let issuedBeforeCompleted: string[] = [];
    const completed = jest.fn(() => {
      issuedBeforeCompleted = writes(mock.calls);
    });
    await handler({ completed });
    await flush();
    const options = completedWith(completed);
    expect(Object.keys(options).sort()).toEqual(
      [
        "allowEvent",
        "cancelLabel",
        "commandId",
        "contextData",
        "errorMessage",
        "errorMessageMarkdown",
        "sendModeOverride",
      ].sort(),
    );
    expect(options).toMatchObject({
      allowEvent: false,
      sendModeOverride: "promptUser",
      cancelLabel: "Review",
      commandId: "MemberMailCheck.OpenPaneButton",
    });
    expect(TASKPANE_COMMAND_ID).toBe("MemberMailCheck.OpenPaneButton");
    expect(options.errorMessage.length).toBeLessThanOrEqual(500);
    expect(options.errorMessageMarkdown.length).toBeLessThanOrEqual(500);
    expect(options.errorMessage).toContain("Cabinet member copied");
    expect(options.errorMessage).toContain("Surrey Heath 7.1");
    expect(options.errorMessage).toContain("Send Anyway");
    expect(options.errorMessageMarkdown).toMatch(/\*\*.+\*\*/);
    const context = parseContext(options.contextData);
    expect(context?.outcome).toBe("warn");
    expect(context?.policy).toBe("surrey-heath-borough-council/2026-11-sample-1");
    expect(context?.findings.map((f) => f.rule)).toContain("portfolio-holder-copied");
    expect(context?.findings[0]?.fixes.length).toBeGreaterThan(0);
    // The stamp write is issued before completing (Office applies it before any later Send
    // Anyway), without waiting for its answer.
    expect(issuedBeforeCompleted).toEqual(["internetHeaders.setAsync"]);
    expect(mock.callsTo("internetHeaders.setAsync")[0]?.args[0]).toEqual({
      [STAMP_HEADER]: `outcome=warn; rules=portfolio-holder-copied; ${SAMPLE_POLICY}`,
    });
    expect(mock.state.internetHeaders[STAMP_HEADER]).toBe(
      `outcome=warn; rules=portfolio-holder-copied; ${SAMPLE_POLICY}`,
    );
    expect(writes(mock.calls)).toEqual(["internetHeaders.setAsync"]);
  });

  test("completes without waiting for the stamp write's answer", async () => {
    const { start, mock } = await setupSend({ sample: "portfolio-holder-copied.eml" });
    mock.faults.hang.add("internetHeaders.setAsync");
    const completed = start();
    await flush(200);
    expect(mock.callsTo("internetHeaders.setAsync")).toHaveLength(1);
    expect(completedWith(completed)).toMatchObject({
      allowEvent: false,
      sendModeOverride: "promptUser",
    });
  });

  test("Mailbox 1.14: the same, with a plain message only", async () => {
    const { send } = await setupSend({ sample: "portfolio-holder-copied.eml", version: "1.14" });
    const options = completedWith(await send());
    expect(options.errorMessageMarkdown).toBeUndefined();
    expect(options).toMatchObject({
      allowEvent: false,
      sendModeOverride: "promptUser",
      cancelLabel: "Review",
    });
  });

  test("without Mailbox 1.14 a warn cannot offer Send Anyway, and says so", async () => {
    const { send, mock } = await setupSend({
      sample: "portfolio-holder-copied.eml",
      version: "1.13",
    });
    const options = completedWith(await send());
    expect(Object.keys(options).sort()).toEqual(["allowEvent", "errorMessage"]);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toMatch(/cannot offer Send Anyway/);
    expect(options.errorMessage.length).toBeLessThanOrEqual(500);
    expect(mock.state.internetHeaders[STAMP_HEADER]).toMatch(/^outcome=warn; /);
  });

  test("the ward's postcode shard is fetched for a draft that mentions it, and nothing else", async () => {
    const { send, fetch } = await setupSend({ sample: "local-members-not-copied.eml" });
    const options = completedWith(await send());
    expect(fetch.urls.filter((u) => u.includes("/postcodes/"))).toEqual([
      `${BASE_URL}config/postcodes/GU16.json`,
    ]);
    expect(options.sendModeOverride).toBe("promptUser");
    expect(parseContext(options.contextData)?.findings.map((f) => f.rule)).toEqual([
      "local-members-not-copied",
    ]);
  });
});

describe("block", () => {
  test("members in Bcc: blocked with no Send Anyway, Review still opens the task pane", async () => {
    const { handler, mock } = await setupSend({ sample: "bcc-to-members.eml" });
    let issuedBeforeCompleted: string[] = [];
    const completed = jest.fn(() => {
      issuedBeforeCompleted = writes(mock.calls);
    });
    await handler({ completed });
    await flush();
    const options = completedWith(completed);
    expect(Object.keys(options).sort()).toEqual(
      [
        "allowEvent",
        "cancelLabel",
        "commandId",
        "contextData",
        "errorMessage",
        "errorMessageMarkdown",
      ].sort(),
    );
    expect(options.sendModeOverride).toBeUndefined();
    expect(options).toMatchObject({
      allowEvent: false,
      cancelLabel: "Review",
      commandId: TASKPANE_COMMAND_ID,
    });
    expect(options.errorMessage).toContain("Blind copies to members");
    expect(options.errorMessage).toContain("Surrey Heath 7.1");
    expect(options.errorMessage).not.toContain("Send Anyway");
    expect(issuedBeforeCompleted).toEqual(["internetHeaders.setAsync"]);
    expect(mock.callsTo("internetHeaders.setAsync")[0]?.args[0]).toEqual({
      [STAMP_HEADER]: `outcome=block; rules=bcc-to-members; ${SAMPLE_POLICY}`,
    });
    expect(mock.state.internetHeaders[STAMP_HEADER]).toBe(
      `outcome=block; rules=bcc-to-members; ${SAMPLE_POLICY}`,
    );
  });

  test("a failed stamp write still completes with the decision, and is logged when it answers", async () => {
    const { send, mock, logs } = await setupSend({ sample: "bcc-to-members.eml" });
    mock.faults.fail.set("internetHeaders.setAsync", "Internal error");
    const options = completedWith(await send());
    expect(options.allowEvent).toBe(false);
    await flush();
    expect(logs).toContain("stamp not written: internetHeaders.setAsync failed: Internal error");
  });
});

test("a failure after the decision keeps it: a block stays a block under the policy's allow", async () => {
  // The sample policy's whenConfigUnavailable is allow: a throw treated as "could not check"
  // would send this email with a member in Bcc.
  let setup: typeof import("./send") | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../src/launchevent/stamp", () => ({
      ...jest.requireActual("../../src/launchevent/stamp"),
      stampHeaderValue: () => {
        throw new TypeError("e.replace is not a function");
      },
    }));
    setup = jest.requireActual<typeof import("./send")>("./send");
  });
  const { send, logs } = await (setup as typeof import("./send")).setupSend({
    sample: "bcc-to-members.eml",
  });
  const options = completedWith(await send());
  expect(options.allowEvent).toBe(false);
  expect(options.errorMessage).toContain("Blind copies to members");
  expect(logs).toContain("check failed: e.replace is not a function");
});

describe("faults", () => {
  const blockPolicy = () => {
    const files = sampleConfig();
    files[POLICY_URL] = policyText((p) => (p.whenConfigUnavailable = "block"));
    return files;
  };

  test("an Office read that errors: the policy's whenConfigUnavailable (allow)", async () => {
    const { send, mock } = await setupSend({ sample: "bcc-to-members.eml" });
    mock.faults.fail.set("bcc.getAsync", "Internal Error");
    expect(completedWith(await send())).toEqual({ allowEvent: true });
  });

  test("an Office read that errors under whenConfigUnavailable block: held, saying why plainly", async () => {
    const { send, mock } = await setupSend({ sample: "clean.eml", files: blockPolicy() });
    mock.faults.fail.set("body.getAsync", "Internal Error");
    const options = completedWith(await send());
    expect(options).toMatchObject({
      allowEvent: false,
      cancelLabel: "Review",
      commandId: TASKPANE_COMMAND_ID,
    });
    expect(options.sendModeOverride).toBeUndefined();
    expect(options.errorMessage).toMatch(/could not check this email/);
    expect(options.errorMessage).toMatch(/body\.getAsync failed: Internal Error/);
    expect(parseContext(options.contextData)).toMatchObject({ outcome: "unavailable" });
    expect(mock.state.internetHeaders).toEqual({});
  });

  test("an Office call that never calls back: completed by the deadline, exactly once", async () => {
    jest.useFakeTimers();
    const { start, mock } = await setupSend({ sample: "bcc-to-members.eml" });
    mock.faults.hang.add("bcc.getAsync");
    const completed = start();
    await jest.advanceTimersByTimeAsync(2499);
    expect(completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(completedWith(completed)).toEqual({ allowEvent: true });
    await jest.advanceTimersByTimeAsync(10000);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("a hung body under whenConfigUnavailable block: held before the deadline, saying why", async () => {
    jest.useFakeTimers();
    const { start, mock } = await setupSend({ sample: "clean.eml", files: blockPolicy() });
    mock.faults.hang.add("body.getAsync");
    const completed = start();
    await jest.advanceTimersByTimeAsync(2400);
    const options = completedWith(completed);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toMatch(/could not check this email/);
    expect(options.errorMessage).toMatch(/body took longer than 2000 ms/);
  });

  test("a hung body with a member in Bcc: blocked on the recipients before the deadline", async () => {
    jest.useFakeTimers();
    const { start, mock } = await setupSend({ sample: "bcc-to-members.eml" });
    mock.faults.hang.add("body.getAsync");
    const completed = start();
    await jest.advanceTimersByTimeAsync(2400);
    const options = completedWith(completed);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toMatch(/Blind copies to members/);
    expect(options.errorMessage).toMatch(/Checked without what could not be read: body/);
  });

  test("a hung stamp write does not hold the Send: completed with the decision, once", async () => {
    jest.useFakeTimers();
    const { start, mock } = await setupSend({ sample: "portfolio-holder-copied.eml" });
    mock.faults.hang.add("internetHeaders.setAsync");
    const completed = start();
    await jest.advanceTimersByTimeAsync(0);
    const options = completedWith(completed);
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    await jest.advanceTimersByTimeAsync(10000);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("a stamp removal on allow is awaited: the message is sent as soon as it completes", async () => {
    const { handler, mock } = await setupSend({ sample: "clean.eml" });
    mock.state.internetHeaders[STAMP_HEADER] =
      `outcome=warn; rules=portfolio-holder-copied; ${SAMPLE_POLICY}`;
    let headersWhenCompleted: Record<string, string> | undefined;
    const completed = jest.fn(() => {
      headersWhenCompleted = { ...mock.state.internetHeaders };
    });
    await handler({ completed });
    expect(completedWith(completed)).toEqual({ allowEvent: true });
    expect(headersWhenCompleted).toEqual({});
  });

  test.each([
    ["404", { status: 404 }],
    ["invalid JSON", '{ "preset": "surrey-heath-borough-council", '],
    [
      "invalid against the schema",
      JSON.stringify({
        preset: "surrey-heath-borough-council",
        rules: { "bcc-to-members": { severity: "loud" } },
      }),
    ],
  ])("policy.json %s with no copy: allowed (no policy says otherwise)", async (_name, served) => {
    const files = { ...sampleConfig(), [POLICY_URL]: served as any };
    const { send, mock, logs } = await setupSend({ sample: "bcc-to-members.eml", files });
    expect(completedWith(await send())).toEqual({ allowEvent: true });
    expect(writes(mock.calls)).toEqual([]);
    expect(logs.some((l) => l.startsWith("config unavailable: config/policy.json"))).toBe(true);
  });

  test("config that hangs: completed within the deadline, by the fetch timeout", async () => {
    jest.useFakeTimers();
    const files = { ...sampleConfig(), [POLICY_URL]: "hang" as const };
    const { start } = await setupSend({ sample: "bcc-to-members.eml", files });
    const completed = start();
    await jest.advanceTimersByTimeAsync(1500);
    expect(completedWith(completed)).toEqual({ allowEvent: true });
    await jest.advanceTimersByTimeAsync(5000);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("config that hangs, with the last good copy in OfficeRuntime.storage: checked against it", async () => {
    jest.useFakeTimers();
    const storage = memoryStorage({
      [storageKey("config/policy.json")]: sampleConfig()[POLICY_URL] as string,
      [storageKey("config/directory.json")]: sampleConfig()[DIRECTORY_URL] as string,
      [storageKey(PRESET_PATH)]: sampleConfig()[PRESET_URL] as string,
    });
    const files = {
      ...sampleConfig(),
      [POLICY_URL]: "hang" as const,
      [DIRECTORY_URL]: "hang" as const,
      [PRESET_URL]: "hang" as const,
    };
    const { start, mock } = await setupSend({ sample: "bcc-to-members.eml", files, storage });
    const completed = start();
    await jest.advanceTimersByTimeAsync(2500);
    const options = completedWith(completed);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("Blind copies to members");
    expect(mock.state.internetHeaders[STAMP_HEADER]).toMatch(
      /^outcome=block; rules=bcc-to-members; /,
    );
  });

  test("config 404 with the last good copy in storage: checked against it", async () => {
    const storage = memoryStorage({
      [storageKey("config/policy.json")]: sampleConfig()[POLICY_URL] as string,
    });
    const files = { ...sampleConfig(), [POLICY_URL]: { status: 404 } };
    const { send } = await setupSend({ sample: "bcc-to-members.eml", files, storage });
    expect(completedWith(await send()).allowEvent).toBe(false);
  });

  test("directory unavailable and no copy, policy says block: held, saying so", async () => {
    const files = { ...blockPolicy(), [DIRECTORY_URL]: { status: 404 } };
    const { send } = await setupSend({ sample: "clean.eml", files });
    const options = completedWith(await send());
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBeUndefined();
    expect(options.errorMessage).toContain("your council holds email it cannot check");
    expect(options.errorMessage).toContain("config/directory.json: HTTP 404");
  });

  test("the preset policy.json names unavailable and no copy, policy says block: held, saying so", async () => {
    const files = { ...blockPolicy(), [PRESET_URL]: { status: 404 } };
    const { send, logs } = await setupSend({ sample: "clean.eml", files });
    const options = completedWith(await send());
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("your council holds email it cannot check");
    expect(logs).toContain(`config unavailable: ${PRESET_PATH}: HTTP 404`);
  });

  test("the preset unavailable and no copy, policy says allow: allowed", async () => {
    const files = { ...sampleConfig(), [PRESET_URL]: "not json" };
    const { send, mock } = await setupSend({ sample: "bcc-to-members.eml", files });
    expect(completedWith(await send())).toEqual({ allowEvent: true });
    expect(writes(mock.calls)).toEqual([]);
  });

  test("directory unavailable and no copy, policy says allow: allowed", async () => {
    const files = { ...sampleConfig(), [DIRECTORY_URL]: "{]" };
    const { send } = await setupSend({ sample: "bcc-to-members.eml", files });
    expect(completedWith(await send())).toEqual({ allowEvent: true });
  });

  test("a rule that throws is skipped when the policy says allow", async () => {
    jest.spyOn(RULES["bcc-to-members"], "check").mockImplementation(() => {
      throw new Error("boom");
    });
    const { send, logs } = await setupSend({ sample: "bcc-to-members.eml" });
    expect(completedWith(await send())).toEqual({ allowEvent: true });
    expect(logs).toContain("rule bcc-to-members failed: boom");
  });

  test("a rule that throws counts at its own severity when the policy says block, and says so", async () => {
    jest.spyOn(RULES["portfolio-holder-copied"], "check").mockImplementation(() => {
      throw new Error("boom");
    });
    const { send, mock } = await setupSend({ sample: "clean.eml", files: blockPolicy() });
    const options = completedWith(await send());
    // portfolio-holder-copied is a warn rule: the officer may still send anyway.
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(options.errorMessage).toContain("Could not be checked");
    expect(options.errorMessage).toContain(RULES["portfolio-holder-copied"].meta.title);
    expect(mock.state.internetHeaders[STAMP_HEADER]).toBe(
      `outcome=warn; rules=; policy=surrey-heath-borough-council/2026-11-sample-1; unchecked=portfolio-holder-copied`,
    );
  });

  test("no compose item: allowed per policy", async () => {
    const { send, mock } = await setupSend({ sample: "clean.eml" });
    mock.office.context.mailbox.item = undefined;
    expect(completedWith(await send())).toEqual({ allowEvent: true });
  });

  test("exactly one completed even when the deadline fires after a normal completion", async () => {
    jest.useFakeTimers();
    const { start } = await setupSend({ sample: "bcc-to-members.eml" });
    const completed = start();
    await jest.advanceTimersByTimeAsync(100);
    expect(completed).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(10000);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0].allowEvent).toBe(false);
  });

  test("event.completed throwing is contained", async () => {
    const { handler } = await setupSend({ sample: "clean.eml" });
    const completed = jest.fn(() => {
      throw new Error("already completed");
    });
    await expect(handler({ completed })).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("slow optional reads", () => {
  /** The reads the check can do without, and the part the dialog then names (none: the stamp). */
  const OPTIONAL_READS: [string, string | undefined][] = [
    ["from.getAsync", "from"],
    ["getComposeTypeAsync", "compose type"],
    ["sessionData.getAllAsync", "consents"],
    ["internetHeaders.getAsync", undefined],
    ["getAttachmentsAsync", "attachments"],
    ["getAttachmentContentAsync", "attachment Minutes"],
  ];
  const minutes = {
    id: "att-1",
    name: "Minutes",
    attachmentType: "item" as const,
    content: {
      format: "eml",
      content: "From: Tom Reed <tom.reed@surreyheath.gov.example>\r\nSubject: Minutes\r\n\r\nHi",
    },
  };

  describe.each([
    ["never answers", (mock: any, call: string) => mock.faults.hang.add(call)],
    ["answers after 3 s", (mock: any, call: string) => mock.faults.late.set(call, 3000)],
  ])("%s", (_how, slow) => {
    test.each(OPTIONAL_READS)(
      "%s: members in Bcc are still blocked, once, before the deadline",
      async (call, part) => {
        jest.useFakeTimers();
        const { start, mock, logs } = await setupSend({ sample: "bcc-to-members.eml" });
        mock.state.attachments = [minutes];
        slow(mock, call);
        const completed = start();
        await jest.advanceTimersByTimeAsync(DEFAULT_DEADLINE_MS - 1);
        const options = completedWith(completed);
        expect(options.allowEvent).toBe(false);
        expect(options.sendModeOverride).toBeUndefined();
        expect(options.errorMessage).toContain("Blind copies to members");
        if (part) {
          expect(options.errorMessage).toContain(`could not be read: ${part}.`);
          expect(logs.some((l) => l.startsWith(`${part} not read: `))).toBe(true);
        } else expect(options.errorMessage).not.toContain("could not be read");
        expect(mock.state.internetHeaders[STAMP_HEADER]).toMatch(
          /^outcome=block; rules=bcc-to-members; /,
        );
        await jest.advanceTimersByTimeAsync(10000);
        expect(completed).toHaveBeenCalledTimes(1);
      },
    );
  });

  test("an earlier stamp that cannot be read is removed when the draft now passes", async () => {
    jest.useFakeTimers();
    const { start, mock } = await setupSend({ sample: "clean.eml" });
    mock.state.internetHeaders[STAMP_HEADER] =
      `outcome=warn; rules=portfolio-holder-copied; ${SAMPLE_POLICY}`;
    mock.faults.hang.add("internetHeaders.getAsync");
    const completed = start();
    await jest.advanceTimersByTimeAsync(DEFAULT_DEADLINE_MS - 1);
    expect(completedWith(completed)).toEqual({ allowEvent: true });
    expect(mock.state.internetHeaders).toEqual({});
  });
});
