/**
 * Robustness and speed: the parser never throws on arbitrary input, removing the history keeps
 * the officer's text, and the work grows linearly with the body's size even on pathological input.
 */
import * as fc from "fast-check";
import type { DraftBody } from "../../../src/core/draft";
import { parseQuotedHistory, removeQuotedHistory } from "../../../src/core/quoted";
import { walkHtml } from "../../../src/core/quoted/html-events";
import { chainEntries, outlookDesktopChain } from "./chain-builders";
import { growthRatio } from "../../helpers/growth";

const FRAGMENTS = [
  "<html>",
  "<head>",
  "</head>",
  "<body>",
  '<meta name="Generator" content="Microsoft Word 15">',
  "<div>",
  "</div>",
  "<p>",
  "</p>",
  "</br>",
  "<br>",
  "<hr>",
  "<blockquote>",
  "</blockquote>",
  '<blockquote type="cite">',
  '<blockquote class="gmail_quote" style="border-left:1px solid #ccc">',
  '<div class="gmail_quote">',
  '<div id="divRplyFwdMsg">',
  '<div id="x_appendonsend"></div>',
  '<span id="OLK_SRC_BODY_SECTION">',
  '<div class="moz-cite-prefix">',
  '<div style="border:none;border-top:solid #E1E1E1 1.0pt">',
  '<table class="moz-email-headers-table"><tr><th>',
  "</th><td>",
  "</td></tr></table>",
  "<pre>",
  "</pre>",
  "<style>",
  "</style>",
  "<title>",
  "<o:p>",
  "</o:p>",
  "<!--",
  "-->",
  "<![if !supportLists]>",
  "<![endif]>",
  '<img src="cid:logo">',
  '<a href="mailto:jane.doe@x.example">',
  "</a>",
  "From:",
  "From: Doe, Jane <jane.doe@x.example>",
  "<b>From:</b> Jane Doe [mailto:jane.doe@x.example]",
  "<b>Sent:</b> 12 November 2026 09:14",
  "Sent: x",
  "Date: Mon, 9 Nov 2026",
  "To: Doe, Jane; Smith, Bob",
  "Cc: a@b.example, c@d.example",
  "Subject: Frimley Green",
  "-----Original Message-----",
  "---------- Forwarded message ---------",
  "-------- Forwarded Message --------",
  "Begin forwarded message:",
  "________________________________",
  "On x wrote:",
  "On Mon, 9 Nov 2026 at 10:02, Jane Doe <jane.doe@x.example> wrote:",
  "wrote:",
  "&lt;",
  "&gt;",
  "&amp;",
  "&nbsp;",
  "&#8217;",
  "\u00a0",
  "\u200e",
  ">",
  "\n>",
  "\n> ",
  "\n>>",
  "\n",
  "\r\n",
  " ",
  "<",
  '"',
  ";",
  ",",
  "Mytchett & Deepcut",
  "a@b.example",
];

const tagSoup = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 200, size: "medium" })
  .map((parts) => parts.join(""));

const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  tagSoup,
);

const asBody = (type: DraftBody["type"], content: string): DraftBody => ({ type, content });

function checkBody(body: DraftBody): void {
  const history = parseQuotedHistory(body);
  expect(typeof history.newText).toBe("string");
  expect(typeof history.text).toBe("string");
  if (history.splitOffset !== undefined) {
    expect(history.splitOffset).toBeGreaterThanOrEqual(0);
    expect(history.splitOffset).toBeLessThanOrEqual(body.content.length);
    expect(history.messages.length).toBeGreaterThan(0);
  } else {
    expect(history.messages).toEqual([]);
  }
  history.messages.forEach((message, i) => expect(message.depth).toBe(i));

  const removed = removeQuotedHistory(body);
  const after = parseQuotedHistory(removed);
  expect(after.messages).toEqual([]);
  expect(after.newText).toBe(history.newText);
  if (history.splitOffset === undefined) expect(removed).toBe(body);
  else expect(removed.content.startsWith(body.content.slice(0, history.splitOffset))).toBe(true);
}

describe("never throws, and removal keeps the officer's text", () => {
  test.each(["html", "text"] as const)("arbitrary strings as %s", (type) => {
    fc.assert(
      fc.property(anyString, (content) => checkBody(asBody(type, content))),
      { numRuns: 400 },
    );
  });

  test("tag soup as HTML: removal leaves well-formed HTML", () => {
    fc.assert(
      fc.property(tagSoup, (content) => {
        fc.pre(parseQuotedHistory(asBody("html", content)).splitOffset !== undefined);
        const removed = removeQuotedHistory(asBody("html", content));
        expect(walkHtml(removed.content, { onOpen() {}, onClose() {}, onText() {} })).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  test("a chain of client conventions around random officer text", () => {
    const officerText = fc.string({ unit: "grapheme", maxLength: 80 });
    fc.assert(
      fc.property(officerText, tagSoup, (text, soup) => {
        const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
        const body = outlookDesktopChain(chainEntries(3));
        const content = body.content.replace("Thanks all, see below.", escaped + soup);
        checkBody(asBody("html", content));
      }),
      { numRuns: 200 },
    );
  });
});

/** Pathological bodies of roughly `size` characters. */
function pathologicalBodies(size: number): Record<string, DraftBody> {
  const repeat = (unit: string): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
  const depth = Math.floor(size / 36);
  const nested = `${"<div><blockquote>".repeat(depth)}x${"</blockquote></div>".repeat(depth)}`;
  const citeDepth = Math.floor(size / 30);
  const citeNested = `<p>Hi</p>${'<blockquote type="cite">'.repeat(citeDepth)}quoted`;

  const chain = outlookDesktopChain(chainEntries(30));
  const paragraph =
    '<p class="MsoNormal">Residents in Frimley Green and Mytchett &amp; Deepcut have asked about drainage. <o:p></o:p></p>';
  const perMessage = Math.max(0, Math.floor((size - chain.content.length) / 30 / paragraph.length));
  const paddedChain = outlookDesktopChain(chainEntries(30), paragraph.repeat(perMessage));

  const recipients = repeat("Doe, Jane <jane.doe@x.example>; ");
  return {
    "nested div/blockquote": asBody("html", nested),
    "nested blockquote type=cite, never closed": asBody("html", citeNested),
    "run of <": asBody("html", repeat("<")),
    "run of < as text": asBody("text", repeat("<")),
    "repeated From/Sent lines as text": asBody("text", repeat("From: a@b.example\nSent: x\n")),
    "repeated From/Sent lines as HTML": asBody(
      "html",
      repeat("<b>From:</b> a@b.example<br><b>Sent:</b> x<br>"),
    ),
    "repeated > quote lines": asBody("text", repeat(">> On x, a@b.example wrote:\n")),
    "one huge To: list": asBody(
      "text",
      `Hi\n\nFrom: a@b.example\nSent: x\nTo: ${recipients}\nSubject: s\n`,
    ),
    "30-message Outlook chain, padded": paddedChain,
  };
}

describe("linear time", () => {
  const small = pathologicalBodies(100_000);
  const large = pathologicalBodies(1_000_000);
  const ratios: string[] = [];

  afterAll(() => {
    // Printed so the measured ratios can be reported; the assertion is on the ratio only.
    console.log(`t(1MB)/t(100KB):\n${ratios.join("\n")}`);
  });

  test.each(Object.keys(small))("%s grows linearly", (name) => {
    const smallBody = small[name]!;
    const largeBody = large[name]!;
    const work = (body: DraftBody) => (): void => {
      parseQuotedHistory(body);
      removeQuotedHistory(body);
    };
    const ratio = growthRatio((body: DraftBody) => work(body)(), smallBody, largeBody);
    ratios.push(`${name}: ${ratio.toFixed(1)}`);
    // Linear is about 10, quadratic about 100.
    expect(ratio).toBeLessThan(30);
  });
});
