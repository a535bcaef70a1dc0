import type { Draft } from "../../src/core/draft";
import { OPTIONAL_READ_MS, readDraft, toComposeType } from "../../src/office/read-draft";
import { detectFeatures } from "../../src/office/requirements";
import { OfficeCallError } from "../../src/office/async";
import { CONSENT_SESSION_KEY } from "../../src/office/consents";
import {
  decodeEncodedWords,
  MAX_NESTED_EMAILS,
  readEmlHeaders,
  readEmlMessage,
} from "../../src/office/eml-headers";
import { outlookDesktop } from "../helpers/mail-bodies";
import { createOutlookMock } from "./outlook-mock";

const doe = {
  emailAddress: "jane.doe@surreyheath-council.example",
  displayName: "Cllr Jane Doe",
  recipientType: "user",
};
const khan = {
  emailAddress: "amir.khan@surreyheath-council.example",
  displayName: "Cllr Amir Khan",
  recipientType: "user",
};
const allMembers = {
  emailAddress: "all.members@surreyheath-council.example",
  displayName: "All Members",
  recipientType: "distributionList",
};
const resident = {
  emailAddress: "tom.baker@mail.example",
  displayName: "tom.baker@mail.example",
  recipientType: "externalUser",
};
const priya = {
  emailAddress: "priya.patel@surreyheath.gov.example",
  displayName: "Priya Patel",
  recipientType: "user",
};

const body = outlookDesktop(
  ["Dear Cllr Khan, please see Cllr Doe's enquiry below."],
  [
    {
      from: { name: "Cllr Jane Doe", address: doe.emailAddress },
      to: [{ name: "Priya Patel", address: priya.emailAddress }],
      sent: "Monday, November 16, 2026 9:12 AM",
      subject: "Extension at 4 Guildford Road",
      text: ["Dear Priya, my constituent is worried about the neighbour's extension. Jane"],
    },
  ],
);

const attachedEml = [
  "From: =?utf-8?B?Q2xsciBKYW5lIERvZQ==?= <jane.doe@surreyheath-council.example>",
  "To: Priya Patel <priya.patel@surreyheath.gov.example>,",
  " Cllr Robert Hughes <robert.hughes@surreyheath-council.example>",
  "Cc: Cllr Helen Ashby <helen.ashby@surreyheath-council.example>",
  "Date: Mon, 16 Nov 2026 09:12:00 +0000",
  "Subject: =?utf-8?Q?Play_area_=E2=80=93_Frimley_Green?=",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Dear Priya, the swings are broken again.",
].join("\r\n");

function fullMock() {
  return createOutlookMock({
    from: priya,
    to: [doe, resident],
    cc: [khan],
    bcc: [allMembers],
    subject: "FW: Extension at 4 Guildford Road",
    bodyHtml: body,
    composeType: "forward",
    attachments: [
      {
        id: "att-1",
        name: "Play area – Frimley Green",
        attachmentType: "item",
        content: { format: "eml", content: attachedEml },
      },
      { id: "att-2", name: "plans.pdf", attachmentType: "file" },
    ],
    sessionData: {
      [CONSENT_SESSION_KEY]: JSON.stringify([
        {
          memberId: "jane-doe",
          rule: "portfolio-holder-copied",
          note: "agreed by phone",
          recordedAt: "2026-11-16T10:00:00.000Z",
        },
      ]),
    },
  });
}

test("reads every field of the compose item into a Draft", async () => {
  const mock = fullMock();
  const draft = await readDraft(mock.item, detectFeatures(mock.office.context.requirements), {
    date: "2026-11-16T10:05:00.000Z",
  });
  expect(draft.from).toEqual({ address: priya.emailAddress, name: "Priya Patel" });
  expect(draft.to).toEqual([
    { address: doe.emailAddress, name: "Cllr Jane Doe", type: "user" },
    // Outlook shows an unresolved address as its own display name: no name then.
    { address: resident.emailAddress, type: "externalUser" },
  ]);
  expect(draft.cc).toEqual([{ address: khan.emailAddress, name: "Cllr Amir Khan", type: "user" }]);
  expect(draft.bcc).toEqual([
    { address: allMembers.emailAddress, name: "All Members", type: "distributionList" },
  ]);
  expect(draft.subject).toBe("FW: Extension at 4 Guildford Road");
  expect(draft.body).toEqual({ type: "html", content: body });
  expect(draft.composeType).toBe("forward");
  expect(draft.date).toBe("2026-11-16T10:05:00.000Z");
  expect(draft.records.consents).toEqual([
    {
      memberId: "jane-doe",
      rule: "portfolio-holder-copied",
      note: "agreed by phone",
      recordedAt: "2026-11-16T10:00:00.000Z",
    },
  ]);
  expect(draft.attachedMessages).toEqual([
    {
      id: "att-1",
      name: "Play area – Frimley Green",
      from: [{ name: "Cllr Jane Doe", address: "jane.doe@surreyheath-council.example" }],
      to: [
        { name: "Priya Patel", address: "priya.patel@surreyheath.gov.example" },
        { name: "Cllr Robert Hughes", address: "robert.hughes@surreyheath-council.example" },
      ],
      cc: [{ name: "Cllr Helen Ashby", address: "helen.ashby@surreyheath-council.example" }],
      sent: "Mon, 16 Nov 2026 09:12:00 +0000",
      subject: "Play area – Frimley Green",
      attachedMessages: [],
    },
  ]);
  // The body as HTML, and only the attached email's content read (not the PDF's).
  expect(mock.callsTo("body.getAsync")[0]?.args[0]).toBe("html");
  expect(mock.callsTo("getAttachmentContentAsync").map((c) => c.args[0])).toEqual(["att-1"]);
});

test("every read is in flight before any answers: one round trip", async () => {
  const mock = fullMock();
  mock.state.attachments = [];
  const reading = readDraft(mock.item, detectFeatures(mock.office.context.requirements));
  // Synchronously, before a single callback has run:
  expect(mock.calls.map((c) => c.name).sort()).toEqual(
    [
      "bcc.getAsync",
      "body.getAsync",
      "cc.getAsync",
      "from.getAsync",
      "getAttachmentsAsync",
      "getComposeTypeAsync",
      "sessionData.getAllAsync",
      "subject.getAsync",
      "to.getAsync",
    ].sort(),
  );
  await reading;
  expect(mock.calls).toHaveLength(9);
});

test("attached emails' content is only asked for when there are some", async () => {
  const mock = fullMock();
  mock.state.attachments = [{ id: "att-2", name: "plans.pdf", attachmentType: "file" }];
  const draft = await readDraft(mock.item, detectFeatures(mock.office.context.requirements));
  expect(draft.attachedMessages).toEqual([]);
  expect(mock.callsTo("getAttachmentContentAsync")).toHaveLength(0);
});

test("on Mailbox 1.7 the newer parts are left out gracefully, without calling them", async () => {
  const mock = fullMock();
  mock.setMailboxVersion("1.7");
  const draft = await readDraft(mock.item, detectFeatures(mock.office.context.requirements));
  expect(draft.composeType).toBe("unknown");
  expect(draft.attachedMessages).toEqual([]);
  expect(draft.records.consents).toEqual([]);
  expect(draft.from?.address).toBe(priya.emailAddress);
  const called = mock.calls.map((c) => c.name);
  expect(called).not.toContain("getComposeTypeAsync");
  expect(called).not.toContain("getAttachmentsAsync");
  expect(called).not.toContain("sessionData.getAllAsync");
});

test("on Mailbox 1.1 only recipients, subject and body are read", async () => {
  const mock = fullMock();
  mock.setMailboxVersion("1.1");
  const draft = await readDraft(mock.item, detectFeatures(mock.office.context.requirements));
  expect(draft.from).toBeUndefined();
  expect(draft.to).toHaveLength(2);
  expect(mock.calls.map((c) => c.name).sort()).toEqual([
    "bcc.getAsync",
    "body.getAsync",
    "cc.getAsync",
    "subject.getAsync",
    "to.getAsync",
  ]);
});

test("a required read that fails rejects with the call named", async () => {
  const mock = fullMock();
  mock.faults.fail.set("bcc.getAsync", "Internal error");
  await expect(
    readDraft(mock.item, detectFeatures(mock.office.context.requirements)),
  ).rejects.toThrow(new OfficeCallError("bcc.getAsync", 9000, "Internal error"));
});

test("optional reads that fail degrade and are reported", async () => {
  const mock = fullMock();
  for (const call of [
    "getComposeTypeAsync",
    "sessionData.getAllAsync",
    "getAttachmentContentAsync",
    "from.getAsync",
  ]) {
    mock.faults.fail.set(call, "Not available");
  }
  const problems: string[] = [];
  const draft = await readDraft(mock.item, detectFeatures(mock.office.context.requirements), {
    onProblem: (part) => problems.push(part),
  });
  expect(draft.composeType).toBe("unknown");
  expect(draft.records.consents).toEqual([]);
  expect(draft.from).toBeUndefined();
  // The attached email is still known (id and name), without its headers.
  expect(draft.attachedMessages).toEqual([
    { id: "att-1", name: "Play area – Frimley Green", from: [], to: [], cc: [] },
  ]);
  expect(problems.sort()).toEqual([
    "attachment Play area – Frimley Green",
    "compose type",
    "consents",
    "from",
  ]);
});

test("a malformed consent list in sessionData counts as none", async () => {
  const mock = fullMock();
  mock.state.sessionData[CONSENT_SESSION_KEY] = JSON.stringify([{ memberId: "jane-doe" }]);
  const draft = await readDraft(mock.item, detectFeatures(mock.office.context.requirements));
  expect(draft.records.consents).toEqual([]);
});

test("compose types map to the Draft's", () => {
  expect(toComposeType({ composeType: "newMail", coercionType: "html" })).toBe("new");
  expect(toComposeType({ composeType: "reply" })).toBe("reply");
  expect(toComposeType({ composeType: "forward" })).toBe("forward");
  expect(toComposeType({ composeType: "somethingElse" })).toBe("unknown");
  expect(toComposeType(undefined)).toBe("unknown");
});

test("eml headers: folded lines, encoded words, first occurrence wins", () => {
  const headers = readEmlHeaders(attachedEml + "\r\nSubject: not a header, in the body");
  expect(headers.subject).toBe("Play area – Frimley Green");
  expect(headers.to).toHaveLength(2);
  expect(readEmlHeaders("Subject: no blank line")).toEqual({
    from: [],
    to: [],
    cc: [],
    subject: "no blank line",
  });
});

/** Outlook's .eml of a forward that carries the email it forwards, which carries another. */
function forwardOfForward(depth: number): string {
  const senders = [
    "Cllr Jane Doe <jane.doe@surreyheath-council.example>",
    "Cllr Amir Khan <amir.khan@surreyheath-council.example>",
    "Pat Resident <pat.resident@mail.example>",
  ];
  let eml = "";
  for (let level = 0; level <= depth; level++) {
    const from = senders[level % senders.length];
    const headers = [
      `From: ${from}`,
      "To: Priya Patel <priya.patel@surreyheath.gov.example>",
      `Subject: ${"FW: ".repeat(level)}Flooding on Frimley Road`,
      "Date: Mon, 16 Nov 2026 09:12:00 +0000",
      "MIME-Version: 1.0",
    ];
    const boundary = `_00${level}_DB9PR10MB`;
    eml =
      eml === ""
        ? [
            ...headers,
            "Content-Type: text/plain; charset=utf-8",
            "",
            "Water across the road again.",
          ].join("\r\n")
        : [
            ...headers,
            `Content-Type: multipart/mixed; boundary="${boundary}"`,
            "",
            `--${boundary}`,
            "Content-Type: text/plain; charset=utf-8",
            "",
            "See below.",
            `--${boundary}`,
            'Content-Type: message/rfc822; name="Flooding.eml"',
            'Content-Disposition: attachment; filename="Flooding.eml"',
            "",
            eml,
            `--${boundary}--`,
            "",
          ].join("\r\n");
  }
  return eml;
}

test("an attached email's own attached emails are read, at any depth", () => {
  const message = readEmlMessage(forwardOfForward(3));
  expect(message.from).toEqual([
    { name: "Cllr Jane Doe", address: "jane.doe@surreyheath-council.example" },
  ]);
  expect(message.attachedMessages?.map((m) => [m.from[0]?.address, m.subject])).toEqual([
    ["pat.resident@mail.example", "FW: FW: Flooding on Frimley Road"],
    ["amir.khan@surreyheath-council.example", "FW: Flooding on Frimley Road"],
    ["jane.doe@surreyheath-council.example", "Flooding on Frimley Road"],
  ]);
  expect(readEmlMessage(attachedEml).attachedMessages).toEqual([]);
});

test("at most MAX_NESTED_EMAILS attached emails are read inside one", () => {
  expect(readEmlMessage(forwardOfForward(MAX_NESTED_EMAILS + 5)).attachedMessages).toHaveLength(
    MAX_NESTED_EMAILS,
  );
  // No blank line after a part's headers: what follows is read as headers, never a crash.
  expect(
    readEmlMessage("From: a@b.example\r\n\r\nContent-Type: message/rfc822").attachedMessages,
  ).toEqual([{ from: [], to: [], cc: [] }]);
});

test("encoded words with an RFC 2231 language after the charset decode", () => {
  expect(decodeEncodedWords("=?utf-8*en?Q?Caf=C3=A9?=")).toBe("Café");
  const stars = "=?utf-8" + "*".repeat(50_000) + "?Q?x?=";
  expect(decodeEncodedWords(stars)).toBe("x");
});

test("with timers, an optional read that never answers is given up after OPTIONAL_READ_MS", async () => {
  jest.useFakeTimers();
  try {
    const mock = fullMock();
    mock.faults.hang.add("sessionData.getAllAsync");
    mock.faults.late.set("getAttachmentContentAsync", 3000);
    const problems: string[] = [];
    const timers = { setTimeout, clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout) };
    let draft: Draft | undefined;
    void readDraft(mock.item, detectFeatures(mock.office.context.requirements), {
      timers,
      onProblem: (part) => problems.push(part),
    }).then((d) => (draft = d));
    await jest.advanceTimersByTimeAsync(OPTIONAL_READ_MS - 1);
    expect(draft).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(draft?.records.consents).toEqual([]);
    expect(draft?.bcc.map((r) => r.address)).toEqual([allMembers.emailAddress]);
    expect(draft?.attachedMessages[0]).toMatchObject({ id: "att-1", from: [] });
    expect(problems.sort()).toEqual(["attachment Play area – Frimley Green", "consents"]);
  } finally {
    jest.useRealTimers();
  }
});
