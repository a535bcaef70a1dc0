import type { DraftBody } from "../../../src/core/draft";
import { parseQuotedHistory, removeQuotedHistory } from "../../../src/core/quoted";
import { walkHtml } from "../../../src/core/quoted/html-events";
import { bodyFixtureNames, readBody } from "./fixture-bodies";

/** Elements left open at the end of `html` (none when it is well-formed). */
const openElementsOf = (html: string): string[] =>
  walkHtml(html, { onOpen() {}, onClose() {}, onText() {} });

describe.each(bodyFixtureNames())("removeQuotedHistory(%s)", (fixture) => {
  const body = readBody(fixture);
  const before = parseQuotedHistory(body);
  const removed = removeQuotedHistory(body);
  const after = parseQuotedHistory(removed);

  test("keeps the officer's text and leaves no quoted message", () => {
    expect(after.newText).toBe(before.newText);
    expect(after.messages).toEqual([]);
  });

  test("keeps the source above the split byte for byte", () => {
    if (before.splitOffset === undefined) {
      expect(removed).toBe(body);
      return;
    }
    const kept = body.content.slice(0, before.splitOffset);
    expect(removed.content.startsWith(kept)).toBe(true);
    expect(removed.type).toBe(body.type);
    if (body.type === "text") expect(removed.content).toBe(kept);
  });

  test("leaves well-formed HTML", () => {
    if (body.type === "html") expect(openElementsOf(removed.content)).toEqual([]);
  });

  test("is idempotent", () => {
    expect(removeQuotedHistory(removed)).toEqual(removed);
  });
});

describe("removeQuotedHistory", () => {
  test("keeps the Outlook signature and its logo, drops the quoted member's message", () => {
    const body = readBody("outlook-desktop-reply-from-member.html");
    const removed = removeQuotedHistory(body).content;
    expect(removed).toContain('src="cid:image001.png@01DB3C4A.5E6F7A80"');
    expect(removed).toContain("Environmental Health Officer");
    expect(removed).toContain("<style>");
    expect(removed).not.toContain("Ward Councillor for Frimley Green");
    expect(removed).not.toContain("jane.doe@surreyheath-council.example");
    expect(removed.trimEnd().endsWith("</div></body></html>")).toBe(true);
  });

  test("closes the elements still open at the cut, innermost first", () => {
    const body: DraftBody = {
      type: "html",
      content:
        '<html><body><div class="sig"><p><b>Priya</b></p><table><tr><td>logo</td></tr></table>' +
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, 9 Nov 2026 at 10:02, Tom Baker &lt;tom.baker@mail.example&gt; wrote:</div>' +
        '<blockquote class="gmail_quote">Hello</blockquote></div></div></body></html>',
    };
    expect(removeQuotedHistory(body).content).toBe(
      '<html><body><div class="sig"><p><b>Priya</b></p><table><tr><td>logo</td></tr></table></div></body></html>',
    );
  });

  test("cuts plain text at the start of the quoted history", () => {
    const body: DraftBody = {
      type: "text",
      content:
        "Thanks.\r\n\r\nOn Mon, 9 Nov 2026 at 10:02, Tom Baker <tom.baker@mail.example> wrote:\r\n> Hello\r\n",
    };
    expect(removeQuotedHistory(body)).toEqual({ type: "text", content: "Thanks.\r\n\r\n" });
  });

  test("a forward with no new text keeps the document's head and body attributes", () => {
    const body: DraftBody = {
      type: "html",
      content:
        '<html><head><meta name="Generator" content="Microsoft Word 15"><style>p.MsoNormal{margin:0}</style></head>' +
        '<body lang="EN-GB"><div class="WordSection1"><div style="border:none;border-top:solid #E1E1E1 1.0pt">' +
        "<p class=MsoNormal><b>From:</b> Tom Baker &lt;tom.baker@mail.example&gt;<br><b>Sent:</b> 9 November 2026 10:02<br>" +
        "<b>To:</b> Patel, Priya<br><b>Subject:</b> Bins</p></div><p class=MsoNormal>Hello</p></div></body></html>",
    };
    expect(parseQuotedHistory(body).newText).toBe("");
    expect(removeQuotedHistory(body).content).toBe(
      '<html><head><meta name="Generator" content="Microsoft Word 15"><style>p.MsoNormal{margin:0}</style></head>' +
        '<body lang="EN-GB"></body></html>',
    );
  });

  test("returns the same body when there is no quoted history", () => {
    const body: DraftBody = { type: "html", content: "<p>Dear Cllr Doe,</p><p>Frimley Green</p>" };
    expect(removeQuotedHistory(body)).toBe(body);
  });

  test("an empty body stays empty", () => {
    const body: DraftBody = { type: "text", content: "" };
    expect(removeQuotedHistory(body)).toBe(body);
    expect(parseQuotedHistory(body)).toEqual({ newText: "", text: "", messages: [] });
  });
});
