import { check } from "../../src/core/check";
import type { Fix } from "../../src/core/findings";
import { parseQuotedHistory } from "../../src/core/quoted";
import {
  CONSENT_HEADER as CLI_CONSENT_HEADER,
  parseConsentHeader,
} from "../../src/cli/consent-header";
import {
  applyFixToItem,
  ChangedSinceError,
  FixIncompleteError,
  undoFixOnItem,
} from "../../src/office/apply-fix";
import { CONSENT_HEADER, CONSENT_SESSION_KEY } from "../../src/office/consents";
import { detectFeatures } from "../../src/office/requirements";
import { ConfigLoader } from "../../src/office/config-loader";
import { outlookDesktop } from "../helpers/mail-bodies";
import { BASE_URL, fakeFetch } from "./fake-config";
import { createOutlookMock, sampleDraft, stateFromDraft, type MockRecipient } from "./outlook-mock";

async function sampleConfig() {
  const loader = new ConfigLoader({
    baseUrl: BASE_URL,
    fetch: fakeFetch(),
    now: () => 0,
    timers: { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
  });
  const result = await loader.load();
  if (!result.ok) throw new Error(result.reason);
  return { ...result.config, loader };
}

/** The mock holding a sample message, and the fixes the sample council's check offers for it. */
async function sample(file: string) {
  const draft = await sampleDraft(file);
  const { policy, directory, loader } = await sampleConfig();
  await loader.loadShardsFor(directory, `${draft.subject}\n${parseQuotedHistory(draft.body).text}`);
  const findings = check(draft, policy, directory);
  const mock = createOutlookMock(stateFromDraft(draft));
  const fix = <K extends Fix["kind"]>(kind: K) => {
    for (const f of findings)
      for (const x of f.fixes) if (x.kind === kind) return x as Extract<Fix, { kind: K }>;
    throw new Error(`no ${kind} fix offered`);
  };
  return { draft, findings, mock, fix };
}

const addresses = (list: MockRecipient[]) => list.map((r) => r.emailAddress);
const officer = {
  emailAddress: "priya.patel@surreyheath.gov.example",
  displayName: "Priya Patel",
  recipientType: "user",
};

describe("move-to-cc", () => {
  test("the Bcc'd members move to Cc with their display names; add first, then remove", async () => {
    const { mock, fix, draft } = await sample("bcc-to-members.eml");
    const move = fix("move-to-cc");
    expect(move.recipients).toHaveLength(4);
    const before = JSON.parse(JSON.stringify(mock.state));
    const applied = await applyFixToItem(mock.item, move);
    expect(applied.changed).toBe(true);
    expect(mock.state.bcc).toEqual([]);
    expect(mock.state.cc.map((r) => [r.emailAddress, r.displayName])).toEqual(
      draft.bcc.map((r) => [r.address, r.name ?? r.address]),
    );
    expect(mock.state.to).toEqual(before.to);
    const writes = mock.calls
      .filter((c) => /\.(addAsync|setAsync)$/.test(c.name))
      .map((c) => c.name);
    expect(writes).toEqual(["cc.addAsync", "bcc.setAsync"]);
    expect(mock.callsTo("to.getAsync")).toHaveLength(0);
    expect(applied.undo).toEqual({
      kind: "recipients",
      fields: { cc: before.cc, bcc: before.bcc },
      after: { cc: addresses(mock.state.cc), bcc: [] },
    });
  });

  test("recipients the fix does not name stay exactly as they were", async () => {
    const { mock, fix } = await sample("bcc-to-members.eml");
    const keep: MockRecipient = {
      emailAddress: "records@surreyheath.gov.example",
      displayName: "Records Team (Archive)",
      recipientType: "distributionList",
    };
    mock.state.bcc.push(keep);
    mock.state.cc = [officer];
    await applyFixToItem(mock.item, fix("move-to-cc"));
    expect(mock.state.bcc).toEqual([keep]);
    expect(mock.state.cc[0]).toEqual(officer);
    // The write passed Office's own objects back, display name and type included.
    expect(mock.callsTo("bcc.setAsync")[0]?.args[0]).toEqual([keep]);
  });

  test("if the remove fails every field is put back as it was, and it says so", async () => {
    const { mock, fix } = await sample("bcc-to-members.eml");
    const before = JSON.parse(JSON.stringify(mock.state));
    mock.faults.fail.set("bcc.setAsync", "Internal error");
    const error = await applyFixToItem(mock.item, fix("move-to-cc")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FixIncompleteError);
    expect((error as FixIncompleteError).restored).toBe(true);
    expect((error as Error).message).toMatch(/back as they were: nobody has been lost/);
    expect(mock.state.cc).toEqual(before.cc);
    expect(mock.state.bcc).toEqual(before.bcc);
  });

  test("149 in Bcc, the add-back of the last 49 failing twice: nobody is lost", async () => {
    const others: MockRecipient[] = Array.from({ length: 149 }, (_, i) => ({
      emailAddress: `resident${i}@mail.example`,
      displayName: `Resident ${i}`,
      recipientType: "externalUser",
    }));
    const doe = {
      emailAddress: "jane.doe@surreyheath-council.example",
      displayName: "Cllr Jane Doe",
      recipientType: "user",
    };
    const mock = createOutlookMock({ bcc: [doe, ...others] });
    const before = JSON.parse(JSON.stringify(mock.state));
    mock.faults.failNth.set("bcc.addAsync", 1);
    const fail2 = mock.faults.failNth;
    // The first two add-backs fail (the fix's own add and its retry).
    let adds = 0;
    const original = mock.item.bcc.addAsync;
    mock.item.bcc.addAsync = (...args: unknown[]) => {
      adds++;
      if (adds <= 2) fail2.set("bcc.addAsync", adds);
      else fail2.delete("bcc.addAsync");
      return original(...args);
    };
    const move: Fix = {
      kind: "move-to-cc",
      label: "Move Cllr Doe to Cc",
      recipients: [{ field: "bcc", address: doe.emailAddress, name: doe.displayName }],
    };
    const error = (await applyFixToItem(mock.item, move).catch(
      (e: unknown) => e,
    )) as FixIncompleteError;
    expect(error).toBeInstanceOf(FixIncompleteError);
    expect(error.restored).toBe(true);
    expect(error.message).toMatch(/nobody has been lost/);
    expect(mock.state.bcc).toEqual(before.bcc);
    expect(mock.state.cc).toEqual(before.cc);
    await undoFixOnItem(mock.item, error.undo);
    expect(mock.state.bcc).toEqual(before.bcc);
    expect(mock.state.cc).toEqual(before.cc);
  });

  test("if the fields cannot be put back it says who is missing where, and Undo restores them", async () => {
    const others: MockRecipient[] = Array.from({ length: 149 }, (_, i) => ({
      emailAddress: `resident${i}@mail.example`,
      displayName: `Resident ${i}`,
      recipientType: "externalUser",
    }));
    const doe = {
      emailAddress: "jane.doe@surreyheath-council.example",
      displayName: "Cllr Jane Doe",
      recipientType: "user",
    };
    const mock = createOutlookMock({ bcc: [doe, ...others] });
    const before = JSON.parse(JSON.stringify(mock.state));
    mock.faults.fail.set("bcc.addAsync", "Internal error");
    const move: Fix = {
      kind: "move-to-cc",
      label: "Move Cllr Doe to Cc",
      recipients: [{ field: "bcc", address: doe.emailAddress, name: doe.displayName }],
    };
    const error = (await applyFixToItem(mock.item, move).catch(
      (e: unknown) => e,
    )) as FixIncompleteError;
    expect(error.restored).toBe(false);
    expect(error.message).not.toMatch(/nobody has been lost/);
    expect(error.message).toContain(
      "That did not work (bcc.addAsync failed: Internal error), and the recipients could not all be put back: 50 people missing from Bcc: resident99@mail.example, resident100@mail.example,",
    );
    expect(error.message).toContain(others[148]!.emailAddress);
    mock.faults.fail.clear();
    await undoFixOnItem(mock.item, error.undo);
    expect(mock.state.bcc).toEqual(before.bcc);
    expect(mock.state.cc).toEqual(before.cc);
  });

  test.each(["to", "cc", "bcc"] as const)(
    "more than 100 already in %s: the fix and its Undo lose nobody",
    async (crowded) => {
      const many = (field: string): MockRecipient[] =>
        Array.from({ length: 120 }, (_, i) => ({
          emailAddress: `${field}.officer${i}@surreyheath.gov.example`,
          displayName: `Officer ${i}`,
          recipientType: "user",
        }));
      const doe = {
        emailAddress: "jane.doe@surreyheath-council.example",
        displayName: "Cllr Jane Doe",
        recipientType: "user",
      };
      const state: Record<"to" | "cc" | "bcc", MockRecipient[]> = {
        to: [officer],
        cc: [],
        bcc: [doe],
      };
      state[crowded] = [...state[crowded], ...many(crowded)];
      const mock = createOutlookMock(state);
      const before = JSON.parse(JSON.stringify(mock.state));
      const move: Fix = {
        kind: "move-to-cc",
        label: "Move Cllr Doe to Cc",
        recipients: [{ field: "bcc", address: doe.emailAddress, name: doe.displayName }],
      };
      const applied = await applyFixToItem(mock.item, move);
      const addresses = (list: MockRecipient[]) => list.map((r) => r.emailAddress);
      expect(addresses(mock.state.to)).toEqual(addresses(before.to));
      expect(addresses(mock.state.cc)).toEqual([...addresses(before.cc), doe.emailAddress]);
      expect(addresses(mock.state.bcc)).toEqual(
        addresses(before.bcc).filter((a) => a !== doe.emailAddress),
      );
      await undoFixOnItem(mock.item, applied.undo);
      // Everyone is back where they were (a field over 100 gets them back at its end).
      const sorted = (list: MockRecipient[]) => [...addresses(list)].sort();
      for (const field of ["to", "cc", "bcc"] as const)
        expect(sorted(mock.state[field])).toEqual(sorted(before[field]));
    },
  );

  test("if the add fails nothing is removed", async () => {
    const { mock, fix } = await sample("bcc-to-members.eml");
    const before = JSON.parse(JSON.stringify(mock.state));
    mock.faults.fail.set("cc.addAsync", "Internal error");
    await expect(applyFixToItem(mock.item, fix("move-to-cc"))).rejects.toThrow(
      /cc\.addAsync failed/,
    );
    expect(mock.state.bcc).toEqual(before.bcc);
    expect(mock.callsTo("bcc.setAsync")).toHaveLength(0);
  });
});

describe("undo of a recipient fix", () => {
  test("puts the members back in Bcc, in their places, and takes them out of Cc", async () => {
    const { mock, fix } = await sample("bcc-to-members.eml");
    mock.state.cc = [officer];
    const before = JSON.parse(JSON.stringify(mock.state));
    const applied = await applyFixToItem(mock.item, fix("move-to-cc"));
    await undoFixOnItem(mock.item, applied.undo);
    expect(mock.state.cc).toEqual(before.cc);
    expect(mock.state.bcc).toEqual(before.bcc);
  });

  test("keeps whoever the officer added or removed after the fix", async () => {
    const { mock, fix } = await sample("bcc-to-members.eml");
    mock.state.cc = [officer];
    const before = JSON.parse(JSON.stringify(mock.state));
    const applied = await applyFixToItem(mock.item, fix("move-to-cc"));
    // Then the officer edits Cc by hand: adds a colleague, takes themself out.
    const colleague = {
      emailAddress: "tom.reed@surreyheath.gov.example",
      displayName: "Tom Reed",
      recipientType: "user",
    };
    mock.state.cc = mock.state.cc.filter((r) => r !== mock.state.cc[0]).concat(colleague);
    await undoFixOnItem(mock.item, applied.undo);
    expect(mock.state.cc).toEqual([colleague]);
    expect(mock.state.bcc).toEqual(before.bcc);
  });

  test("writes nothing when the fix has already been taken back by hand", async () => {
    const { mock, fix } = await sample("bcc-to-members.eml");
    const before = JSON.parse(JSON.stringify(mock.state));
    const applied = await applyFixToItem(mock.item, fix("move-to-cc"));
    mock.state.cc = before.cc;
    mock.state.bcc = before.bcc;
    const writes = mock.calls.length;
    await undoFixOnItem(mock.item, applied.undo);
    expect(mock.calls.slice(writes).map((c) => c.name)).toEqual(["cc.getAsync", "bcc.getAsync"]);
  });
});

describe("remove", () => {
  test("removes only the named recipients", async () => {
    const { mock, fix } = await sample("portfolio-holder-copied.eml");
    const remove = fix("remove");
    const before = JSON.parse(JSON.stringify(mock.state));
    await applyFixToItem(mock.item, remove);
    const removed = remove.recipients.map((r) => r.address.toLowerCase());
    for (const field of ["to", "cc", "bcc"] as const) {
      expect(mock.state[field]).toEqual(
        before[field].filter((r: MockRecipient) => !removed.includes(r.emailAddress.toLowerCase())),
      );
    }
    expect(removed).toContain("amir.khan@surreyheath-council.example");
  });

  test("a field of more than 100 is written back 100 at a time", async () => {
    const many: MockRecipient[] = Array.from({ length: 180 }, (_, i) => ({
      emailAddress: `resident${i}@mail.example`,
      displayName: `Resident ${i}`,
      recipientType: "externalUser",
    }));
    const doe = {
      emailAddress: "jane.doe@surreyheath-council.example",
      displayName: "Cllr Jane Doe",
      recipientType: "user",
    };
    const mock = createOutlookMock({ bcc: [...many.slice(0, 90), doe, ...many.slice(90)] });
    await applyFixToItem(mock.item, {
      kind: "remove",
      label: "Remove Cllr Jane Doe",
      recipients: [{ field: "bcc", address: doe.emailAddress, name: doe.displayName }],
    });
    expect(mock.state.bcc).toEqual(many);
    expect(mock.callsTo("bcc.setAsync").map((c) => (c.args[0] as unknown[]).length)).toEqual([100]);
    expect(mock.callsTo("bcc.addAsync").map((c) => (c.args[0] as unknown[]).length)).toEqual([80]);
  });
});

describe("add-local-members", () => {
  test("adds the missing ward members to Cc", async () => {
    const { mock, fix } = await sample("local-members-not-copied.eml");
    const add = fix("add-local-members");
    expect(add.candidates.map((c) => c.memberId).sort()).toEqual(["helen-ashby", "jane-doe"]);
    const before = JSON.parse(JSON.stringify(mock.state));
    const applied = await applyFixToItem(mock.item, add);
    expect(mock.state[add.field].slice(before[add.field].length)).toEqual(
      add.candidates.map((c) => ({ emailAddress: c.address, displayName: c.name ?? c.address })),
    );
    expect(applied.undo).toEqual({
      kind: "recipients",
      fields: { [add.field]: before[add.field] },
      after: { [add.field]: addresses(mock.state[add.field]) },
    });
  });

  test("to To instead of Cc when the officer chooses", async () => {
    const { mock, fix } = await sample("local-members-not-copied.eml");
    const add = fix("add-local-members");
    const other = add.field === "cc" ? "to" : "cc";
    const before = JSON.parse(JSON.stringify(mock.state));
    await applyFixToItem(mock.item, add, { field: other });
    expect(mock.state[add.field]).toEqual(before[add.field]);
    expect(addresses(mock.state[other]).slice(before[other].length)).toEqual(
      add.candidates.map((c) => c.address),
    );
  });

  test("only the candidates left ticked, and nobody already there", async () => {
    const { mock, fix } = await sample("local-members-not-copied.eml");
    const add = fix("add-local-members");
    const ashby = add.candidates.find((c) => c.memberId === "helen-ashby")!;
    mock.state[add.field].push({
      emailAddress: ashby.address.toUpperCase(),
      displayName: "Helen",
      recipientType: "user",
    });
    const applied = await applyFixToItem(mock.item, add, { selected: [ashby] });
    expect(applied.changed).toBe(false);
    expect(mock.callsTo(`${add.field}.addAsync`)).toHaveLength(0);
  });

  test("at most 100 recipients per addAsync call", async () => {
    const candidates = Array.from({ length: 230 }, (_, i) => ({
      address: `member${i}@surreyheath-council.example`,
      name: `Cllr Member ${i}`,
      memberId: `member-${i}`,
      ward: "frimley-green",
    }));
    const mock = createOutlookMock({ cc: [officer] });
    await applyFixToItem(mock.item, {
      kind: "add-local-members",
      label: "Add",
      field: "cc",
      candidates,
    });
    expect(mock.callsTo("cc.addAsync").map((c) => (c.args[0] as unknown[]).length)).toEqual([
      100, 100, 30,
    ]);
    expect(mock.state.cc).toHaveLength(231);
    expect(mock.state.cc[0]).toEqual(officer);
  });
});

describe("remove-quoted-history", () => {
  const chain = [
    {
      from: { name: "Cllr Jane Doe", address: "jane.doe@surreyheath-council.example" },
      to: [{ name: "Priya Patel", address: "priya.patel@surreyheath.gov.example" }],
      sent: "Monday, November 16, 2026 9:12 AM",
      subject: "Flooding on Frimley Green Road",
      text: ["Dear Priya, Mrs Smith at 12 Frimley Green Road has reported flooding. Jane"],
    },
  ];

  test("keeps the officer's text and signature, drops the quoted emails, returns the old body for Undo", async () => {
    const html = outlookDesktop(
      ["David, the highways team will clear the drains on Thursday."],
      chain,
    );
    const mock = createOutlookMock({ bodyHtml: html });
    const fix: Fix = { kind: "remove-quoted-history", label: "Remove the quoted emails" };
    const applied = await applyFixToItem(mock.item, fix);
    expect(applied).toEqual({
      fix,
      changed: true,
      undo: { kind: "body", html, after: mock.state.bodyHtml },
    });
    const after = parseQuotedHistory({ type: "html", content: mock.state.bodyHtml });
    expect(after.messages).toEqual([]);
    expect(after.text).toContain("the highways team will clear the drains on Thursday");
    expect(after.text).toContain("Senior Planning Officer");
    expect(mock.state.bodyHtml).not.toContain("Mrs Smith");
    expect(mock.callsTo("body.setAsync")[0]?.args[1]).toEqual({ coercionType: "html" });
    await undoFixOnItem(mock.item, applied.undo);
    expect(mock.state.bodyHtml).toBe(html);
  });

  test("Undo refuses to overwrite what the officer wrote after the fix", async () => {
    const html = outlookDesktop(["David, the drains will be cleared on Thursday."], chain);
    const mock = createOutlookMock({ bodyHtml: html });
    const fix: Fix = { kind: "remove-quoted-history", label: "Remove the quoted emails" };
    const applied = await applyFixToItem(mock.item, fix);
    const typed = mock.state.bodyHtml.replace(
      "Thursday.",
      "Thursday. And the gully on Guildford Road.",
    );
    mock.state.bodyHtml = typed;
    await expect(undoFixOnItem(mock.item, applied.undo)).rejects.toThrow(ChangedSinceError);
    expect(mock.state.bodyHtml).toBe(typed);
  });

  test("Undo still works when Outlook has only re-formatted the HTML it was given", async () => {
    const html = outlookDesktop(["David, the drains will be cleared on Thursday."], chain);
    const mock = createOutlookMock({ bodyHtml: html });
    const fix: Fix = { kind: "remove-quoted-history", label: "Remove the quoted emails" };
    const applied = await applyFixToItem(mock.item, fix);
    mock.state.bodyHtml = mock.state.bodyHtml.replace(
      /<p class="MsoNormal">/g,
      '<p class=MsoNormal style="margin:0">',
    );
    await undoFixOnItem(mock.item, applied.undo);
    expect(mock.state.bodyHtml).toBe(html);
  });

  test("a body with no quoted history is left alone", async () => {
    const html = outlookDesktop(["Dear all, the consultation closes on Friday."], []);
    const mock = createOutlookMock({ bodyHtml: html });
    const applied = await applyFixToItem(mock.item, {
      kind: "remove-quoted-history",
      label: "Remove",
    });
    expect(applied.changed).toBe(false);
    expect(mock.callsTo("body.setAsync")).toHaveLength(0);
  });

  test("a failed write leaves the body as it was", async () => {
    const html = outlookDesktop(["Forwarding, see below."], chain);
    const mock = createOutlookMock({ bodyHtml: html });
    mock.faults.fail.set("body.setAsync", "Body too large");
    await expect(
      applyFixToItem(mock.item, { kind: "remove-quoted-history", label: "Remove" }),
    ).rejects.toThrow(/body\.setAsync failed: Body too large/);
    expect(mock.state.bodyHtml).toBe(html);
  });
});

describe("record-consent", () => {
  const fix: Fix = {
    kind: "record-consent",
    label: "Cllr Doe agreed",
    memberIds: ["jane-doe"],
    rule: "portfolio-holder-copied",
  };

  test("writes sessionData and the consent header, which the CLI reads back", async () => {
    const mock = createOutlookMock();
    const applied = await applyFixToItem(mock.item, fix, {
      note: "Agreed on the phone – Cllr Doe, 16/11",
      recordedAt: "2026-11-16T10:00:00.000Z",
    });
    const expected = [
      {
        memberId: "jane-doe",
        rule: "portfolio-holder-copied",
        note: "Agreed on the phone – Cllr Doe, 16/11",
        recordedAt: "2026-11-16T10:00:00.000Z",
      },
    ];
    expect(JSON.parse(mock.state.sessionData[CONSENT_SESSION_KEY]!)).toEqual(expected);
    const header = mock.state.internetHeaders[CONSENT_HEADER]!;
    expect(header).toMatch(/^[\x20-\x7e]+$/); // ASCII only: the dash is \u2013
    expect(parseConsentHeader(header)).toEqual({ ok: true, consents: expected });
    expect(applied.undo).toEqual({ kind: "consents", consents: [] });
    // The two writes go out together.
    expect(mock.calls.map((c) => c.name)).toEqual([
      "sessionData.getAllAsync",
      "sessionData.setAsync",
      "internetHeaders.setAsync",
    ]);
  });

  test("adds to the consents already recorded; Undo restores them", async () => {
    const earlier = {
      memberId: "robert-hughes",
      rule: "member-enquiry-forwarded",
      recordedAt: "2026-11-15T09:00:00.000Z",
    };
    const mock = createOutlookMock({
      sessionData: { [CONSENT_SESSION_KEY]: JSON.stringify([earlier]) },
    });
    const applied = await applyFixToItem(mock.item, fix, {
      recordedAt: "2026-11-16T10:00:00.000Z",
    });
    const consents = parseConsentHeader(mock.state.internetHeaders[CONSENT_HEADER]!);
    expect(consents.ok && consents.consents.map((c) => c.memberId)).toEqual([
      "robert-hughes",
      "jane-doe",
    ]);
    await undoFixOnItem(mock.item, applied.undo);
    expect(JSON.parse(mock.state.sessionData[CONSENT_SESSION_KEY]!)).toEqual([earlier]);
    expect(parseConsentHeader(mock.state.internetHeaders[CONSENT_HEADER]!)).toEqual({
      ok: true,
      consents: [earlier],
    });
  });

  test("undoing the only consent removes the key and the header", async () => {
    const mock = createOutlookMock();
    const applied = await applyFixToItem(mock.item, fix, {
      recordedAt: "2026-11-16T10:00:00.000Z",
    });
    await undoFixOnItem(mock.item, applied.undo);
    expect(mock.state.sessionData).toEqual({});
    expect(mock.state.internetHeaders).toEqual({});
  });

  test("without Mailbox 1.11 it says so and writes nothing", async () => {
    const mock = createOutlookMock({}, "1.10");
    await expect(
      applyFixToItem(
        mock.item,
        fix,
        {},
        { features: detectFeatures(mock.office.context.requirements) },
      ),
    ).rejects.toThrow(/Mailbox 1\.11/);
    expect(mock.calls).toEqual([]);
  });

  test("the header name is the one the CLI reads", () => {
    expect(CONSENT_HEADER).toBe(CLI_CONSENT_HEADER);
  });
});

describe("remove-attached-emails", () => {
  test("removes attached emails by id, or by name when the id is unknown; Undo is not possible", async () => {
    const mock = createOutlookMock({
      attachments: [
        { id: "att-1", name: "Flooding on Frimley Green Road", attachmentType: "item" },
        { id: "att-2", name: "RE: Play area", attachmentType: "item" },
        { id: "att-3", name: "plans.pdf", attachmentType: "file" },
      ],
    });
    const applied = await applyFixToItem(mock.item, {
      kind: "remove-attached-emails",
      label: "Remove the attached emails",
      attachments: [{ id: "att-1" }, { name: "RE: Play area" }],
    });
    expect(mock.state.attachments.map((a) => a.id)).toEqual(["att-3"]);
    expect(applied.undo.kind).toBe("none");
    await expect(undoFixOnItem(mock.item, applied.undo)).rejects.toThrow(/attach it again/);
  });
});
