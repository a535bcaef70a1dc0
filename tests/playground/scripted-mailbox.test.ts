/**
 * The scripted Outlook mailbox: answers asynchronously, keeps Outlook's documented limits and
 * requirement sets, raises RecipientsChanged for the add-in's edits and the officer's, and takes
 * the faults tests inject.
 */
import { parseScenario } from "../../src/playground/scenario";
import {
  OUTLOOK_ERRORS,
  THEMES,
  createScriptedMailbox,
  type MailboxState,
  type ScriptedMailbox,
} from "../../src/playground/scripted-mailbox";
import { SIM_ENUMS } from "../../src/playground/office-enums";

type Result<T = unknown> = Office.AsyncResult<T>;

/** Starts a call and resolves with its AsyncResult. */
function answer<T = unknown>(start: (callback: (result: Result<T>) => void) => void) {
  return new Promise<Result<T>>((resolve) => start(resolve));
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const jane = { emailAddress: "jane.doe@council.example", displayName: "Jane Doe" };
const resident = { emailAddress: "resident@example.org", displayName: "A Resident" };

function mailbox(state: Partial<MailboxState> = {}, mailboxVersion = "1.15"): ScriptedMailbox {
  return createScriptedMailbox(state, { mailboxVersion });
}

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `person${i}@example.org`);

describe("asynchrony", () => {
  test("answers on a later microtask, with Office's result shape and the asyncContext", async () => {
    const m = mailbox({ subject: "Bins" });
    const callback = jest.fn();
    m.item.subject.getAsync({ asyncContext: { mine: 1 } }, callback);
    expect(callback).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(callback).toHaveBeenCalledWith({
      status: "succeeded",
      value: "Bins",
      error: undefined,
      asyncContext: { mine: 1 },
      diagnostics: undefined,
    });
  });

  test("with latencyMs the answer waits for a timer", async () => {
    jest.useFakeTimers();
    try {
      const m = createScriptedMailbox({ subject: "Bins" }, { latencyMs: 300 });
      const callback = jest.fn();
      m.item.subject.getAsync(callback);
      await jest.advanceTimersByTimeAsync(299);
      expect(callback).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1);
      expect(callback).toHaveBeenCalledTimes(1);
      m.latencyMs = 0;
      m.item.subject.getAsync(callback);
      await Promise.resolve();
      expect(callback).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });

  test("a write without a callback still happens", async () => {
    const m = mailbox();
    m.item.subject.setAsync("New subject");
    await flush();
    expect(m.state.subject).toBe("New subject");
  });

  test("onReady resolves and calls back with Outlook on the web", async () => {
    const m = mailbox();
    const callback = jest.fn();
    await expect(m.office.onReady(callback)).resolves.toEqual({
      host: "Outlook",
      platform: "OfficeOnline",
    });
    expect(callback).toHaveBeenCalledWith({ host: "Outlook", platform: "OfficeOnline" });
    expect(m.office.context.displayLanguage).toBe("en-GB");
  });
});

describe("recipients", () => {
  test("at most 100 per setAsync or addAsync call; more fails and changes nothing", async () => {
    const m = mailbox({ bcc: [jane] });
    const tooMany = await answer((cb) => m.item.bcc.setAsync(addresses(101), cb));
    expect(String(tooMany.status)).toBe("failed");
    expect(tooMany.error).toEqual({
      code: OUTLOOK_ERRORS.NumberOfRecipientsExceeded.code,
      name: "NumberOfRecipientsExceeded",
      message: OUTLOOK_ERRORS.NumberOfRecipientsExceeded.message,
    });
    expect((await answer((cb) => m.item.bcc.addAsync(addresses(101), cb))).error?.name).toBe(
      "NumberOfRecipientsExceeded",
    );
    expect(m.state.bcc).toEqual([jane]);

    expect(String((await answer((cb) => m.item.bcc.setAsync(addresses(100), cb))).status)).toBe(
      "succeeded",
    );
    await answer((cb) => m.item.bcc.addAsync(addresses(100), cb));
    expect(m.state.bcc).toHaveLength(200);
  });

  test("a recipient list that is not an array throws, as office.js does", () => {
    const m = mailbox();
    expect(() => m.item.to.setAsync("jane@council.example" as never, () => {})).toThrow(TypeError);
  });

  test("getAsync reports resolved recipients only", async () => {
    const m = mailbox({ to: [jane] });
    m.user.typeRecipient("to", "resident@example.org");
    m.user.typeRecipient("to", "Mr Smith");
    await answer((cb) => m.item.to.addAsync(["not an address"], cb));
    const before = await answer<Office.EmailAddressDetails[]>((cb) => m.item.to.getAsync(cb));
    expect(before.value.map((r) => r.emailAddress)).toEqual([jane.emailAddress]);
    m.user.resolveRecipients("to");
    const after = await answer<Office.EmailAddressDetails[]>((cb) => m.item.to.getAsync(cb));
    expect(after.value.map((r) => r.emailAddress)).toEqual([
      jane.emailAddress,
      "resident@example.org",
    ]);
  });

  test("strings and EmailAddressDetails are both accepted; display names default to the address", async () => {
    const m = mailbox();
    await answer((cb) =>
      m.item.cc.setAsync(["a@example.org", { ...jane, recipientType: "user" }] as never, cb),
    );
    expect((await answer((cb) => m.item.cc.getAsync(cb))).value).toEqual([
      { emailAddress: "a@example.org", displayName: "a@example.org" },
      { ...jane, recipientType: "user" },
    ]);
  });
});

describe("requirement sets per simulated client", () => {
  const GATED: [string, string][] = [
    ["from", "1.7"],
    ["addHandlerAsync", "1.7"],
    ["removeHandlerAsync", "1.7"],
    ["getAttachmentsAsync", "1.8"],
    ["getAttachmentContentAsync", "1.8"],
    ["getInitializationContextAsync", "1.8"],
    ["internetHeaders", "1.8"],
    ["getComposeTypeAsync", "1.10"],
    ["sessionData", "1.11"],
  ];
  const VERSIONS = ["1.1", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.14", "1.15"];

  test.each(VERSIONS)("Mailbox %s: only what that version has", (version) => {
    const m = mailbox({}, version);
    const minor = (v: string) => Number(v.split(".")[1]);
    for (const [member, since] of GATED) {
      const expected = minor(since) <= minor(version);
      expect({ member, present: member in m.item }).toEqual({ member, present: expected });
    }
    for (const member of ["to", "cc", "bcc", "subject", "body", "removeAttachmentAsync"]) {
      expect(member in m.item).toBe(true);
    }
    const requirements = m.office.context.requirements;
    expect(requirements.isSetSupported("Mailbox", version)).toBe(true);
    expect(requirements.isSetSupported("mailbox", "1.1")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", `1.${minor(version) + 1}`)).toBe(false);
    expect(requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  test("setMailboxVersion changes the same item object, both ways", () => {
    const m = mailbox({}, "1.15");
    const item = m.item;
    m.setMailboxVersion("1.8");
    expect(m.office.context.mailbox.item).toBe(item);
    expect("sessionData" in item).toBe(false);
    expect("getComposeTypeAsync" in item).toBe(false);
    expect("internetHeaders" in item).toBe(true);
    m.setMailboxVersion("1.11");
    expect("sessionData" in item).toBe(true);
    expect(m.mailboxVersion).toBe("1.11");
    expect(() => m.setMailboxVersion("2")).toThrow(/Not a Mailbox version/);
  });

  test("1.10 is not 1.1: versions compare as versions", () => {
    const m = mailbox({}, "1.9");
    expect(m.office.context.requirements.isSetSupported("Mailbox", "1.10")).toBe(false);
    m.setMailboxVersion("1.10");
    expect(m.office.context.requirements.isSetSupported("Mailbox", "1.10")).toBe(true);
  });

  test("officeTheme from Mailbox 1.14, never with event-based activation; presets switch live", () => {
    expect(mailbox({}, "1.13").office.context.officeTheme).toBeUndefined();
    const m = mailbox({}, "1.14");
    const theme = m.office.context.officeTheme;
    expect(theme).toEqual(THEMES.light);
    m.setTheme("black");
    expect(theme).toEqual(THEMES.black);
    expect(theme?.isDarkTheme).toBe(true);
    const eventBased = createScriptedMailbox({}, { eventBasedActivation: true, theme: "dark" });
    expect(eventBased.office.context.officeTheme).toBeUndefined();
  });
});

describe("RecipientsChanged", () => {
  test("fires, asynchronously, for the add-in's edits and the officer's, until removed", async () => {
    const m = mailbox({ to: [resident] });
    const events: Office.RecipientsChangedEventArgs[] = [];
    const handler = (event: Office.RecipientsChangedEventArgs) => events.push(event);
    const added = await answer((cb) =>
      m.item.addHandlerAsync?.(SIM_ENUMS.EventType.RecipientsChanged, handler, cb),
    );
    expect(String(added.status)).toBe("succeeded");

    await answer((cb) => m.item.bcc.setAsync([jane], cb));
    await flush();
    expect(events).toEqual([
      {
        type: "olkRecipientsChanged",
        changedRecipientFields: {
          to: false,
          cc: false,
          bcc: true,
          optionalAttendees: false,
          requiredAttendees: false,
          resources: false,
        },
      },
    ]);

    m.user.removeRecipient("to", "RESIDENT@example.org");
    m.user.addRecipients("cc", [jane]);
    expect(events).toHaveLength(1); // not yet: Outlook tells the add-in later
    await flush();
    expect(events.slice(1).map((e) => e.changedRecipientFields)).toEqual([
      expect.objectContaining({ to: true, cc: false, bcc: false }),
      expect.objectContaining({ to: false, cc: true, bcc: false }),
    ]);

    // No change, no event: the same list again, or text typed but not resolved.
    await answer((cb) => m.item.bcc.setAsync([jane], cb));
    m.user.typeRecipient("to", "someone");
    await flush();
    expect(events).toHaveLength(3);

    await answer((cb) => m.item.removeHandlerAsync?.(SIM_ENUMS.EventType.RecipientsChanged, cb));
    m.user.setRecipients("to", [resident]);
    await flush();
    expect(events).toHaveLength(3);
  });

  test("other event types are refused", async () => {
    const m = mailbox();
    const result = await answer((cb) =>
      m.item.addHandlerAsync?.("olkAttachmentsChanged", () => {}, cb),
    );
    expect(String(result.status)).toBe("failed");
  });
});

describe("getInitializationContextAsync", () => {
  test("returns the Smart Alert's contextData", async () => {
    const m = mailbox({ contextData: '{"v":1}' });
    expect((await answer((cb) => m.item.getInitializationContextAsync?.(cb))).value).toBe(
      '{"v":1}',
    );
  });

  test("fails with GenericResponseError (9020) when the pane was opened without one", async () => {
    const m = mailbox();
    const result = await answer((cb) => m.item.getInitializationContextAsync?.(cb));
    expect(String(result.status)).toBe("failed");
    expect(result.error).toEqual(
      expect.objectContaining({ code: 9020, name: "GenericResponseError" }),
    );
  });
});

describe("faults", () => {
  test("fail, hang and fail only the nth call; a failed write changes nothing", async () => {
    const m = mailbox({ bcc: [jane] });
    m.faults.fail.set("bcc.setAsync", "Internal error");
    const failed = await answer((cb) => m.item.bcc.setAsync([], cb));
    expect(failed.error).toEqual({ code: 9000, name: "Error", message: "Internal error" });
    expect(m.state.bcc).toEqual([jane]);
    m.faults.fail.clear();

    m.faults.hang.add("subject.getAsync");
    const hung = jest.fn();
    m.item.subject.getAsync(hung);
    await flush();
    expect(hung).not.toHaveBeenCalled();

    m.faults.failNth.set("to.getAsync", 2);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(String((await answer((cb) => m.item.to.getAsync(cb))).status));
    }
    expect(statuses).toEqual(["succeeded", "failed", "succeeded"]);
  });

  test("calls are logged with their data; the officer's edits are not calls", async () => {
    const m = mailbox();
    m.user.setRecipients("to", [jane]);
    await answer((cb) => m.item.to.setAsync([resident], cb));
    await answer((cb) => m.item.to.getAsync(cb));
    expect(m.calls.map((c) => c.name)).toEqual(["to.setAsync", "to.getAsync"]);
    expect(m.callsTo("to.setAsync")[0]?.args[0]).toEqual([resident]);
  });
});

describe("sessionData and internet headers", () => {
  test("sessionData: set, get, getAll, remove, clear; a missing key is KeyNotFound", async () => {
    const m = mailbox();
    const data = m.item.sessionData as Office.SessionData;
    await answer((cb) => data.setAsync("a", "1", cb));
    await answer((cb) => data.setAsync("b", "2", cb));
    expect((await answer((cb) => data.getAsync("a", cb))).value).toBe("1");
    expect((await answer((cb) => data.getAllAsync(cb))).value).toEqual({ a: "1", b: "2" });
    await answer((cb) => data.removeAsync("a", cb));
    const missing = await answer((cb) => data.getAsync("a", cb));
    expect(missing.error).toEqual(expect.objectContaining({ code: 9050, name: "KeyNotFound" }));
    await answer((cb) => data.clearAsync(cb));
    expect(m.state.sessionData).toEqual({});
  });

  test("sessionData holds 50,000 characters up to Mailbox 1.15, more from 1.16", async () => {
    const big = "x".repeat(60_000);
    const m = mailbox({}, "1.15");
    const refused = await answer((cb) => m.item.sessionData?.setAsync("big", big, cb));
    expect(refused.error?.name).toBe("SessionObjectMaxLengthExceeded");
    m.setMailboxVersion("1.16");
    const stored = await answer((cb) => m.item.sessionData?.setAsync("big", big, cb));
    expect(String(stored.status)).toBe("succeeded");
  });

  test("internet headers: only the headers set come back; remove drops them", async () => {
    const m = mailbox();
    const headers = m.item.internetHeaders as Office.InternetHeaders;
    await answer((cb) => headers.setAsync({ "X-One": "1", "X-Two": "2" }, cb));
    expect((await answer((cb) => headers.getAsync(["X-One", "X-Three"], cb))).value).toEqual({
      "X-One": "1",
    });
    await answer((cb) => headers.removeAsync(["X-One"], cb));
    expect(m.state.internetHeaders).toEqual({ "X-Two": "2" });
  });
});

describe("body, compose type and attachments", () => {
  test("the body as HTML or as text; setAsync takes either", async () => {
    const m = mailbox({
      bodyHtml: "<html><body><p>Dear Jane,</p><p>Bins &amp; more</p></body></html>",
    });
    expect((await answer((cb) => m.item.body.getAsync("text", cb))).value).toBe(
      "Dear Jane,\nBins & more",
    );
    await answer((cb) => m.item.body.setAsync("a < b\nc", { coercionType: "text" }, cb));
    expect(m.state.bodyHtml).toBe("<html><body>a &lt; b<br>c</body></html>");
    await answer((cb) => m.item.body.setAsync("<p>x</p>", { coercionType: "html" }, cb));
    expect((await answer((cb) => m.item.body.getAsync("html", cb))).value).toBe("<p>x</p>");
  });

  test("compose type", async () => {
    const m = mailbox({ composeType: "forward" });
    expect((await answer((cb) => m.item.getComposeTypeAsync?.(cb))).value).toEqual({
      composeType: "forward",
      coercionType: "html",
    });
  });

  test("attachments: details, content, removal; an unknown id is InvalidAttachmentId", async () => {
    const m = mailbox({
      attachments: [
        {
          id: "a1",
          name: "Fwd",
          attachmentType: "item",
          content: { format: "eml", content: "Subject: x" },
        },
        { id: "a2", name: "plans.pdf", attachmentType: "file", size: 5 },
      ],
    });
    expect((await answer((cb) => m.item.getAttachmentsAsync?.(cb))).value).toEqual([
      { id: "a1", name: "Fwd", attachmentType: "item", size: 1000, isInline: false },
      { id: "a2", name: "plans.pdf", attachmentType: "file", size: 5, isInline: false },
    ]);
    expect((await answer((cb) => m.item.getAttachmentContentAsync?.("a1", cb))).value).toEqual({
      format: "eml",
      content: "Subject: x",
    });
    expect((await answer((cb) => m.item.removeAttachmentAsync("zz", cb))).error?.code).toBe(9003);
    await answer((cb) => m.item.removeAttachmentAsync("a1", cb));
    expect(m.state.attachments.map((a) => a.id)).toEqual(["a2"]);
  });
});

describe("the Office namespace", () => {
  test("has the enum values the add-in reads, as Outlook's strings, and associate records handlers", () => {
    const m = mailbox();
    expect(m.office).toMatchObject(SIM_ENUMS);
    expect(m.office.CoercionType.Html).toBe("html");
    expect(m.office.EventType.RecipientsChanged).toBe("olkRecipientsChanged");
    expect(m.office.MailboxEnums.ItemType.Message).toBe("message");
    const handler = () => undefined;
    m.office.actions.associate("onMessageSendHandler", handler);
    expect(m.office.actions.associated["onMessageSendHandler"]).toBe(handler);
  });
});

describe("scenarios (sessionStorage)", () => {
  test("none stored: an empty new mail", () => {
    expect(parseScenario(null)).toEqual({ scenario: {}, problems: [] });
  });

  test("a full scenario", () => {
    const text = JSON.stringify({
      state: { subject: "Hi" },
      mailboxVersion: "1.10",
      latencyMs: 200,
      theme: "dark",
      eventBasedActivation: true,
    });
    expect(parseScenario(text)).toEqual({
      scenario: {
        state: { subject: "Hi" },
        mailboxVersion: "1.10",
        latencyMs: 200,
        theme: "dark",
        eventBasedActivation: true,
      },
      problems: [],
    });
  });

  test("what cannot be used is dropped and named", () => {
    expect(parseScenario("{nope").problems).toEqual(["memberMailCheck.sim is not JSON"]);
    const { scenario, problems } = parseScenario(
      JSON.stringify({ state: [], mailboxVersion: "2.0", theme: "pink", latencyMs: -1 }),
    );
    expect(scenario).toEqual({});
    expect(problems).toHaveLength(4);
  });
});

describe("displayNewMessageFormAsync (Mailbox 1.9)", () => {
  test("opens a new email beside this one, recorded with who is in each field", async () => {
    const m = mailbox({ subject: "Bins" });
    const open = m.office.context.mailbox.displayNewMessageFormAsync;
    expect(open).toBeDefined();
    const result = await answer<void>((cb) =>
      open?.(
        {
          bccRecipients: [resident, "other@example.org"],
          subject: "Bins",
          htmlBody: "<p>Your bin</p>",
        } as Office.MessageForm,
        cb,
      ),
    );
    expect(result.status).toBe("succeeded");
    expect(m.state.openedMessages).toEqual([
      {
        to: [],
        cc: [],
        bcc: ["A Resident <resident@example.org>", "other@example.org"],
        subject: "Bins",
        htmlBody: "<p>Your bin</p>",
      },
    ]);
    // This email is not changed by it.
    expect(m.state.subject).toBe("Bins");
    expect(m.callsTo("displayNewMessageFormAsync")).toHaveLength(1);
  });

  test("is missing before Mailbox 1.9, and comes and goes with the version", () => {
    const m = mailbox({}, "1.8");
    expect(m.office.context.mailbox.displayNewMessageFormAsync).toBeUndefined();
    m.setMailboxVersion("1.9");
    expect(m.office.context.mailbox.displayNewMessageFormAsync).toBeDefined();
    m.setMailboxVersion("1.5");
    expect(m.office.context.mailbox.displayNewMessageFormAsync).toBeUndefined();
  });

  test("a fault set on it fails the call and opens nothing", async () => {
    const m = mailbox();
    m.faults.fail.set("displayNewMessageFormAsync", "Outlook is busy");
    const result = await answer<void>((cb) =>
      m.office.context.mailbox.displayNewMessageFormAsync?.(
        { subject: "x" } as Office.MessageForm,
        cb,
      ),
    );
    expect(result.status).toBe("failed");
    expect(m.state.openedMessages).toBeUndefined();
  });
});
