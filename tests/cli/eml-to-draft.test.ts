import { readFileSync } from "node:fs";
import { join } from "node:path";
import { draftToEml } from "../../src/cli/draft-to-eml";
import { emlToDraft } from "../../src/cli/eml-to-draft";
import { makeDraft } from "../../src/core/draft";
import { InputError } from "../../src/cli/errors";
import { FIXTURES, ROOT, SAMPLES } from "./run-main";

const M = "@surreyheath-council.example";

async function read(path: string) {
  return emlToDraft(readFileSync(join(ROOT, path)), path);
}

/** A minimal message: headers as given, a plain text body. */
function eml(headers: string[], body = "Hello"): string {
  return [...headers, "Content-Type: text/plain; charset=utf-8", "", body, ""].join("\r\n");
}

describe("emlToDraft on the samples", () => {
  test("bcc-to-members.eml: members in Bcc, a new message, the base64 text part decoded", async () => {
    const { draft, warnings } = await read(`${SAMPLES}/bcc-to-members.eml`);
    expect(warnings).toEqual([]);
    expect(draft.from).toEqual({
      name: "Claire Whitmore",
      address: "claire.whitmore@surreyheath.gov.example",
    });
    expect(draft.to).toEqual([
      { name: "Claire Whitmore", address: "claire.whitmore@surreyheath.gov.example" },
    ]);
    expect(draft.cc).toEqual([]);
    expect(draft.bcc).toEqual([
      { name: "Cllr Jane Doe", address: `jane.doe${M}` },
      { name: "Cllr Amir Khan", address: `amir.khan${M}` },
      { name: "Cllr Sarah Whitfield", address: `sarah.whitfield${M}` },
      { name: "Cllr David Okafor", address: `david.okafor${M}` },
    ]);
    expect(draft.subject).toBe(
      "Member briefing: customer service centre opening hours from 4 January",
    );
    expect(draft.composeType).toBe("new");
    expect(draft.body.type).toBe("html");
    expect(draft.body.content).toContain('<div class="WordSection1">');
    expect(draft.date).toBe("2026-11-23T09:41:07.000Z");
    expect(draft.attachedMessages).toEqual([]);
    expect(draft.records).toEqual({ consents: [] });
  });

  test("member-enquiry-forwarded.eml: a forward to Cllr Okafor quoting Cllr Doe", async () => {
    const { draft, bodyText } = await read(`${SAMPLES}/member-enquiry-forwarded.eml`);
    expect(draft.composeType).toBe("forward");
    expect(draft.subject).toBe("FW: Caravans on land off Sturt Road");
    expect(draft.to).toEqual([{ name: "Cllr David Okafor", address: `david.okafor${M}` }]);
    // Quoted-printable HTML decoded, Outlook's border-top header block intact.
    expect(draft.body.content).toContain("border-top:solid #E1E1E1 1.0pt");
    expect(draft.body.content).toContain("Cllr Doe’s email below");
    expect(bodyText).toContain("A constituent has contacted me");
  });

  test("portfolio-holder-copied.eml: a reply to Cllr Doe copying Cllr Khan, encoded subject", async () => {
    const { draft } = await read(`${SAMPLES}/portfolio-holder-copied.eml`);
    expect(draft.composeType).toBe("reply");
    expect(draft.subject).toBe("RE: 14 Beech Road – neighbour’s objection");
    expect(draft.to).toEqual([{ name: "Cllr Jane Doe", address: `jane.doe${M}` }]);
    expect(draft.cc).toEqual([{ name: "Cllr Amir Khan", address: `amir.khan${M}` }]);
  });

  test("local-members-not-copied.eml: a new message to Cllr Hughes giving a GU16 postcode", async () => {
    const { draft, bodyText } = await read(`${SAMPLES}/local-members-not-copied.eml`);
    expect(draft.composeType).toBe("new");
    expect(draft.to).toEqual([{ name: "Cllr Robert Hughes", address: `robert.hughes${M}` }]);
    expect(bodyText).toContain("GU16 6HJ");
  });

  test("clean.eml: a reply to all, Cllr Doe's ward colleagues in Cc", async () => {
    const { draft } = await read(`${SAMPLES}/clean.eml`);
    expect(draft.composeType).toBe("reply");
    expect(draft.cc.map((r) => r.address)).toEqual([`robert.hughes${M}`, `helen.ashby${M}`]);
  });
});

describe("emlToDraft: attached messages", () => {
  test("a message/rfc822 attachment becomes an attached message with its own headers and body", async () => {
    const { draft } = await read(`${FIXTURES}/forward-as-attachment.eml`);
    expect(draft.attachedMessages).toEqual([
      {
        name: "Caravans on land off Sturt Road.eml",
        from: [{ name: "Cllr Jane Doe", address: `jane.doe${M}` }],
        to: [{ name: "Mark Stevens", address: "mark.stevens@surreyheath.gov.example" }],
        cc: [{ name: "Cllr Helen Ashby", address: `helen.ashby${M}` }],
        sent: "Wed, 18 Nov 2026 16:42:10 +0000",
        subject: "Caravans on land off Sturt Road",
        body: { type: "text", content: expect.stringContaining("A constituent has contacted me") },
      },
    ]);
    // The officer edited the subject: only the attachment says this is a forward.
    expect(draft.composeType).toBe("forward");
    // The attached email stays out of the officer's own body.
    expect(draft.body.content).not.toContain("A constituent has contacted me");
  });
});

describe("emlToDraft: emails attached inside attached emails", () => {
  const doe = { name: "Cllr Jane Doe", address: `jane.doe${M}` };
  const resident = { name: "Pat Resident", address: "pat.resident@mail.example" };
  const officer = { name: "Mark Stevens", address: "mark.stevens@surreyheath.gov.example" };
  const text = (content: string) => ({ type: "text" as const, content });
  const nested = makeDraft({
    from: officer,
    to: [{ name: "Cllr David Okafor", address: `david.okafor${M}` }],
    subject: "FW: FW: Caravans on land off Sturt Road",
    body: text("David, the history is attached."),
    attachedMessages: [
      {
        name: "FW Caravans.eml",
        from: [resident],
        to: [officer],
        cc: [],
        subject: "FW: Caravans on land off Sturt Road",
        body: text("Forwarding what Cllr Doe sent me."),
        attachedMessages: [
          {
            name: "Caravans.eml",
            from: [doe],
            to: [resident],
            cc: [],
            subject: "Caravans on land off Sturt Road",
            body: text("A constituent has contacted me about caravans."),
          },
        ],
      },
    ],
  });

  test("are read with their nesting, and written back with it", async () => {
    const eml = draftToEml(nested);
    const { draft } = await emlToDraft(Buffer.from(eml), "nested.eml");
    const outer = draft.attachedMessages[0];
    expect(outer?.from).toEqual([resident]);
    expect(outer?.body?.content).toContain("Forwarding what Cllr Doe sent me.");
    expect(outer?.body?.content).not.toContain("A constituent");
    expect(outer?.attachedMessages).toEqual([
      {
        name: "Caravans.eml",
        from: [doe],
        to: [resident],
        cc: [],
        subject: "Caravans on land off Sturt Road",
        body: { type: "text", content: expect.stringContaining("A constituent has contacted me") },
      },
    ]);
  });
});

describe("emlToDraft: consent header", () => {
  test("X-Member-Mail-Check-Consent is read into draft.records.consents", async () => {
    const { draft, warnings } = await read(`${FIXTURES}/consent-recorded.eml`);
    expect(warnings).toEqual([]);
    expect(draft.records.consents).toEqual([
      {
        memberId: "jane-doe",
        rule: "member-enquiry-forwarded",
        note: "Cllr Doe agreed by phone on 20 November",
        recordedAt: "2026-11-20T10:00:00Z",
      },
    ]);
  });

  test("a malformed header is ignored with a warning naming the file", async () => {
    const { draft, warnings } = await read(`${FIXTURES}/consent-malformed.eml`);
    expect(draft.records.consents).toEqual([]);
    expect(warnings).toEqual([
      `${FIXTURES}/consent-malformed.eml: X-Member-Mail-Check-Consent header ignored: it is not valid JSON`,
    ]);
  });

  test.each([
    ["not a list", '{"memberId":"jane-doe"}', "it is not a JSON list"],
    ["no member", '[{"recordedAt":"2026-11-20T10:00:00Z"}]', 'item 0 has no "memberId"'],
    [
      "bad time",
      '[{"memberId":"jane-doe","recordedAt":"soon"}]',
      'item 0 has no valid "recordedAt" timestamp',
    ],
    [
      "note not text",
      '[{"memberId":"a","recordedAt":"2026-11-20T10:00:00Z","note":3}]',
      'item 0 has a "rule" or "note" that is not text',
    ],
  ])("%s", async (_name, json, reason) => {
    const { draft, warnings } = await emlToDraft(
      eml(["From: a@x.example", "Subject: s", `X-Member-Mail-Check-Consent: ${json}`]),
      "m.eml",
    );
    expect(draft.records.consents).toEqual([]);
    expect(warnings).toEqual([`m.eml: X-Member-Mail-Check-Consent header ignored: ${reason}`]);
  });
});

describe("emlToDraft: addresses", () => {
  test("display names kept as written, encoded-words decoded, groups flattened", async () => {
    const { draft } = await emlToDraft(
      eml([
        'From: "Stevens, Mark" <mark.stevens@surreyheath.gov.example>',
        `To: "Doe, Jane (Cllr)" <jane.doe${M}>, Ward members: robert.hughes${M}, "Cllr Helen Ashby" <helen.ashby${M}>;`,
        `Bcc: =?utf-8?Q?Cllr_Se=C3=A1n_O=E2=80=99Neill?= <sean.oneill${M}>`,
        "Subject: s",
      ]),
      "m.eml",
    );
    expect(draft.from).toEqual({
      name: "Stevens, Mark",
      address: "mark.stevens@surreyheath.gov.example",
    });
    expect(draft.to).toEqual([
      { name: "Doe, Jane (Cllr)", address: `jane.doe${M}` },
      { address: `robert.hughes${M}` },
      { name: "Cllr Helen Ashby", address: `helen.ashby${M}` },
    ]);
    expect(draft.bcc).toEqual([{ name: "Cllr Seán O’Neill", address: `sean.oneill${M}` }]);
  });

  test("a text-only message keeps a text body", async () => {
    const { draft } = await emlToDraft(
      eml(["From: a@x.example", "Subject: s"], "Plain words"),
      "m.eml",
    );
    expect(draft.body).toEqual({ type: "text", content: "Plain words\n" });
  });

  test("an unparseable Date leaves draft.date unset", async () => {
    const { draft } = await emlToDraft(eml(["From: a@x.example", "Date: sometime"]), "m.eml");
    expect(draft.date).toBeUndefined();
  });
});

describe("emlToDraft: files that are not messages", () => {
  test.each([
    ["notes", readFileSync(join(ROOT, FIXTURES, "not-a-message.eml"))],
    ["empty", ""],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ])("%s: an InputError naming the file", async (_name, raw) => {
    const error = await emlToDraft(raw, "notes.eml").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      "notes.eml: is not an email message (no From, To, Subject or Date header)",
    );
  });
});
