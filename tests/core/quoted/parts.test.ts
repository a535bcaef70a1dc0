/** The line readers the detector is built from: attributions, separators, header lines. */
import { readAttribution } from "../../../src/core/quoted/attribution";
import { readHeaderLine } from "../../../src/core/quoted/header-block";
import { readSeparator } from "../../../src/core/quoted/separators";

const JANE = "jane.doe@surreyheath-council.example";

describe("readAttribution", () => {
  const cases: [string, string, { from: unknown[]; sent?: string }][] = [
    [
      "Gmail (UK)",
      `On Mon, 9 Nov 2026 at 10:02, Jane Doe <${JANE}> wrote:`,
      { from: [{ name: "Jane Doe", address: JANE }], sent: "Mon, 9 Nov 2026 at 10:02" },
    ],
    [
      "Gmail (US, no comma before the name)",
      `On Mon, Nov 9, 2026 at 10:02 AM Jane Doe <${JANE}> wrote:`,
      { from: [{ name: "Jane Doe", address: JANE }], sent: "Mon, Nov 9, 2026 at 10:02 AM" },
    ],
    [
      "Gmail (older, comma after PM)",
      `On Thu, Jun 26, 2014 at 2:14 PM, Alexander L <a@example.com> wrote:`,
      {
        from: [{ name: "Alexander L", address: "a@example.com" }],
        sent: "Thu, Jun 26, 2014 at 2:14 PM",
      },
    ],
    [
      "Apple Mail",
      `On 9 Nov 2026, at 10:02, Jane Doe <${JANE}> wrote:`,
      { from: [{ name: "Jane Doe", address: JANE }], sent: "9 Nov 2026, at 10:02" },
    ],
    [
      "Thunderbird (name only)",
      "On 09/11/2026 10:02, Jane Doe wrote:",
      { from: [{ name: "Jane Doe" }], sent: "09/11/2026 10:02" },
    ],
    [
      "Evolution (time zone)",
      "On Mon, 2026-11-09 at 10:02 +0000, Jane Doe wrote:",
      { from: [{ name: "Jane Doe" }], sent: "Mon, 2026-11-09 at 10:02 +0000" },
    ],
    [
      "zone name before the comma",
      `On 9 Nov 2026 at 10:02:15 GMT, Doe, Jane <${JANE}> wrote:`,
      { from: [{ name: "Doe, Jane", address: JANE }], sent: "9 Nov 2026 at 10:02:15 GMT" },
    ],
    [
      "Outlook for Mac text (quoted name)",
      `On 11/9/26, 10:02 AM, "Cllr Jane Doe" <${JANE}> wrote:`,
      { from: [{ name: "Cllr Jane Doe", address: JANE }], sent: "11/9/26, 10:02 AM" },
    ],
    [
      "no time, a year",
      "On 9 November 2026, Jane Doe wrote:",
      { from: [{ name: "Jane Doe" }], sent: "9 November 2026" },
    ],
    [
      "no date at all",
      "On Monday, Jane Doe wrote:",
      { from: [{ name: "Jane Doe" }], sent: "Monday" },
    ],
    ["name only", "Jane Doe wrote:", { from: [{ name: "Jane Doe" }] }],
    [
      "address and colon (Yandex)",
      `26.06.2014, 14:41, "Alexander L" <abc@example.com>:`,
      { from: [{ name: "Alexander L", address: "abc@example.com" }], sent: "26.06.2014, 14:41" },
    ],
  ];

  test.each(cases)("%s", (_label, line, expected) => {
    const attribution = readAttribution(line);
    expect(attribution?.from).toEqual(expected.from);
    expect(attribution?.sent).toBe(expected.sent);
  });

  test.each([
    "Regards:",
    "The residents of Frimley Green said:",
    `${"On and on ".repeat(50)}wrote:`,
  ])("%s is not an attribution", (line) => {
    expect(readAttribution(line)).toBeUndefined();
  });
});

describe("readSeparator", () => {
  test.each([
    ["-----Original Message-----", "text", { kind: "reply", style: "outlook-text" }],
    ["-----Original Message-----", "html", { kind: "reply", style: "outlook-desktop" }],
    ["----- Original Message -----", "text", { kind: "reply", style: "outlook-text" }],
    ["-------- Original Message --------", "html", { kind: "reply", style: "thunderbird" }],
    ["---------- Forwarded message ---------", "html", { kind: "forward", style: "gmail" }],
    ["-------- Forwarded Message --------", "html", { kind: "forward", style: "thunderbird" }],
    ["Begin forwarded message:", "html", { kind: "forward", style: "apple-mail" }],
    ["________________________________", "text", { kind: "reply", style: "outlook-text" }],
  ] as const)("%s (%s)", (line, type, expected) => {
    expect(readSeparator(line, type)).toMatchObject(expected);
  });

  test.each(["--", "-- ", "------", "____", "Original Message", "--- Notes ---"])(
    "%s is not a separator",
    (line) => {
      expect(readSeparator(line, "text")).toBeUndefined();
    },
  );
});

describe("readHeaderLine", () => {
  test.each([
    ["From: Doe, Jane <j@x.example>", "from", "Doe, Jane <j@x.example>"],
    ["Sent: 12 November 2026 09:14", "sent", "12 November 2026 09:14"],
    ["Date: Mon, 9 Nov 2026", "sent", "Mon, 9 Nov 2026"],
    ["CC: a@b.example", "cc", "a@b.example"],
    ["Subject: RE: Frimley Green", "subject", "RE: Frimley Green"],
    ["Importance: High", "other", "High"],
    ["От: Alexander L", "from", "Alexander L"],
  ])("%s", (line, field, value) => {
    expect(readHeaderLine(line)).toMatchObject({ field, value });
  });

  test.each(["Fromage: cheese", "Note: From: x", "Regarding the subject: y", "From the residents"])(
    "%s is not a header line",
    (line) => {
      expect(readHeaderLine(line)).toBeUndefined();
    },
  );
});

describe("readAttribution on long lines", () => {
  it("drops every space and comma between the date and the name", () => {
    // Lines are capped (MAX_ATTRIBUTION_LENGTH); the trim is a loop, not a backtracking search.
    const line = "On Mon, 9 Nov 2026 at 10:02" + " ,".repeat(150) + "x Jane Doe wrote:";
    const attribution = readAttribution(line);
    expect(attribution?.sent).toBe("Mon, 9 Nov 2026 at 10:02");
  });
});
