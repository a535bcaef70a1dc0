import { detectComposeType, type ComposeSignals } from "../../src/cli/compose-type";
import { emlToDraft } from "../../src/cli/eml-to-draft";

const NOTHING: ComposeSignals = {
  subject: "Car park",
  hasThreadHeaders: false,
  attachedMessageCount: 0,
  quotedKinds: [],
};

describe("detectComposeType", () => {
  test.each<[string, Partial<ComposeSignals>, string]>([
    ["no signal", {}, "new"],
    ["Re: subject", { subject: "Re: Car park" }, "reply"],
    ["RE: subject", { subject: "RE: Car park" }, "reply"],
    ["Aw: subject", { subject: "Aw: Car park" }, "reply"],
    ["FW: subject", { subject: "FW: Car park" }, "forward"],
    ["Fwd: subject", { subject: "Fwd: Car park" }, "forward"],
    ["Fw: subject", { subject: "Fw: Car park" }, "forward"],
    ["outermost prefix wins: RE: FW:", { subject: "RE: FW: Car park" }, "reply"],
    ["outermost prefix wins: FW: RE:", { subject: "FW: RE: Car park" }, "forward"],
    [
      "FW: subject beats threading headers",
      { subject: "FW: Car park", hasThreadHeaders: true },
      "forward",
    ],
    ["In-Reply-To / References", { hasThreadHeaders: true }, "reply"],
    ["forwarded-message marker", { quotedKinds: ["forward"] }, "forward"],
    [
      "marker beats threading headers",
      { hasThreadHeaders: true, quotedKinds: ["forward"] },
      "forward",
    ],
    ["an attached email", { attachedMessageCount: 1 }, "forward"],
    ["quoted history and nothing else", { quotedKinds: ["reply"] }, "reply"],
    ["a subject that merely mentions re", { subject: "Regarding the car park" }, "new"],
  ])("%s → %s", (_name, signals, expected) => {
    expect(detectComposeType({ ...NOTHING, ...signals })).toBe(expected);
  });
});

/** A message with the given extra headers and body, as a client would save it. */
function eml(subject: string, extraHeaders: string[], body: string, type = "text/plain"): string {
  return [
    "From: Mark Stevens <mark.stevens@surreyheath.gov.example>",
    'To: "Cllr David Okafor" <david.okafor@surreyheath-council.example>',
    `Subject: ${subject}`,
    ...extraHeaders,
    `Content-Type: ${type}; charset=utf-8`,
    "",
    body,
    "",
  ].join("\r\n");
}

const QUOTED_OUTLOOK_TEXT = [
  "Thanks, I will look into it.",
  "",
  "-----Original Message-----",
  "From: Cllr Jane Doe <jane.doe@surreyheath-council.example>",
  "Sent: 18 November 2026 16:42",
  "To: Mark Stevens <mark.stevens@surreyheath.gov.example>",
  "Subject: Caravans",
  "",
  "Dear Mark, could you look into the caravans?",
].join("\r\n");

const GMAIL_FORWARD = [
  "See below.",
  "",
  "---------- Forwarded message ---------",
  "From: Cllr Jane Doe <jane.doe@surreyheath-council.example>",
  "Date: Wed, 18 Nov 2026 at 16:42",
  "Subject: Caravans",
  "To: Mark Stevens <mark.stevens@surreyheath.gov.example>",
  "",
  "Dear Mark, could you look into the caravans?",
].join("\r\n");

describe("compose type of saved messages", () => {
  test.each([
    ["a new message", eml("Caravans", [], "Hello"), "new"],
    ["In-Reply-To only", eml("Caravans", ["In-Reply-To: <a@b.example>"], "Hello"), "reply"],
    ["References only", eml("Caravans", ["References: <a@b.example>"], "Hello"), "reply"],
    ["RE: subject only", eml("RE: Caravans", [], "Hello"), "reply"],
    [
      "FW: subject with References",
      eml("FW: Caravans", ["References: <a@b.example>"], "Hello"),
      "forward",
    ],
    ["a forwarded-message marker in the body", eml("Caravans", [], GMAIL_FORWARD), "forward"],
    ["quoted history with no other signal", eml("Caravans", [], QUOTED_OUTLOOK_TEXT), "reply"],
  ])("%s → %s", async (_name, raw, expected) => {
    const { draft } = await emlToDraft(raw, "m.eml");
    expect(draft.composeType).toBe(expected);
  });
});
