/** Long and nested chains: every message, nearest first, whether siblings (Outlook) or nested. */
import type { DraftBody } from "../../../src/core/draft";
import { parseQuotedHistory, removeQuotedHistory } from "../../../src/core/quoted";
import type { QuoteStyle } from "../../../src/core/quoted";
import {
  appleMailChain,
  chainEntries,
  gmailChain,
  outlookDesktopChain,
  outlookTextChain,
  outlookWebChain,
  textQuoteChain,
  thunderbirdChain,
} from "./chain-builders";
import type { ChainEntry } from "./chain-builders";

const builders: [string, (chain: ChainEntry[]) => DraftBody, QuoteStyle, boolean][] = [
  // name, builder, style, whether the headers carry To/Subject
  ["Outlook desktop (sibling header blocks)", outlookDesktopChain, "outlook-desktop", true],
  ["Outlook on the web (x_-prefixed ids)", outlookWebChain, "outlook-web", true],
  ["Outlook plain text", outlookTextChain, "outlook-text", true],
  ["Gmail (nested gmail_quote)", gmailChain, "gmail", false],
  ["Apple Mail (nested blockquote type=cite)", appleMailChain, "apple-mail", false],
  ["Thunderbird (nested moz-cite-prefix)", thunderbirdChain, "thunderbird", false],
  ["plain text > quotes", textQuoteChain, "attribution-line", false],
];

describe.each(builders)("%s", (_label, build, style, hasAddressing) => {
  test.each([1, 3, 30])("a chain of %i messages", (count) => {
    const chain = chainEntries(count);
    const history = parseQuotedHistory(build(chain));

    expect(history.newText.replace(/\n+/g, "\n")).toBe("Thanks all, see below.\nPriya");
    expect(history.messages).toHaveLength(count);
    history.messages.forEach((message, i) => {
      const entry = chain[i]!;
      expect(message.depth).toBe(i);
      expect(message.style).toBe(style);
      if (style === "thunderbird") expect(message.from[0]).toEqual({ name: entry.name });
      else expect(message.from[0]?.address).toBe(entry.address);
      expect(message.sent).toBe(entry.sent);
      if (hasAddressing) {
        expect(message.subject).toBe(entry.subject);
        expect(message.to[0]?.address).toBe(chain[(i + 1) % count]!.address);
        expect(message.to[0]?.name).toBe(chain[(i + 1) % count]!.outlookName);
      }
    });
    expect(history.text).toContain(chain[count - 1]!.text);

    const removed = removeQuotedHistory(build(chain));
    expect(parseQuotedHistory(removed).messages).toEqual([]);
    expect(parseQuotedHistory(removed).newText).toBe(history.newText);
  });
});

describe("mixed chains", () => {
  test("an Outlook reply to a Gmail reply: the Gmail quote inside is the next message", () => {
    const content =
      '<html><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body><div class="WordSection1">' +
      '<p class="MsoNormal">Noted, thank you.<o:p></o:p></p>' +
      '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Tom Baker &lt;tom.baker@mail.example&gt; <br><b>Sent:</b> 10 November 2026 14:20<br><b>To:</b> Patel, Priya &lt;priya.patel@surreyheath.gov.example&gt;<br><b>Subject:</b> Re: Potholes in Heatherside<o:p></o:p></p></div></div>' +
      '<p class="MsoNormal">Any news?<o:p></o:p></p>' +
      '<p class="MsoNormal">On Mon, 9 Nov 2026 at 10:02, Patel, Priya &lt;<a href="mailto:priya.patel@surreyheath.gov.example">priya.patel@surreyheath.gov.example</a>&gt; wrote:<o:p></o:p></p>' +
      '<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm"><p class="MsoNormal">We will inspect Heatherside this week.<o:p></o:p></p></blockquote>' +
      "</div></body></html>";
    const history = parseQuotedHistory({ type: "html", content });
    expect(history.newText).toBe("Noted, thank you.");
    expect(history.messages.map((m) => [m.depth, m.style, m.from[0]])).toEqual([
      [0, "outlook-desktop", { name: "Tom Baker", address: "tom.baker@mail.example" }],
      [
        1,
        "attribution-line",
        { name: "Patel, Priya", address: "priya.patel@surreyheath.gov.example" },
      ],
    ]);
  });

  test("a Gmail forward of an Outlook reply: the forward, then the Outlook header inside it", () => {
    const content =
      '<div dir="ltr">FYI<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>' +
      'From: <strong class="gmail_sendername" dir="auto">Amir Khan</strong> <span dir="auto">&lt;<a href="mailto:amir.khan@surreyheath-council.example">amir.khan@surreyheath-council.example</a>&gt;</span><br>' +
      "Date: Tue, 10 Nov 2026 at 09:30<br>Subject: RE: Lightwater car park<br>To: Jane Doe &lt;jane.doe@surreyheath-council.example&gt;<br></div><br><br>" +
      '<div dir="ltr"><div>Jane, see Priya\'s note.</div>' +
      '<div id="x_appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="x_divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>From:</b> Patel, Priya &lt;priya.patel@surreyheath.gov.example&gt;<br><b>Sent:</b> Monday, November 9, 2026 5:02 PM<br><b>To:</b> Khan, Amir &lt;amir.khan@surreyheath-council.example&gt;<br><b>Subject:</b> Lightwater car park</font><div>&nbsp;</div></div>' +
      "<div>The modelling is attached.</div></div></div></div>";
    const history = parseQuotedHistory({ type: "html", content });
    expect(history.newText).toBe("FYI");
    expect(history.messages.map((m) => [m.kind, m.style, m.from[0]?.address, m.subject])).toEqual([
      ["forward", "gmail", "amir.khan@surreyheath-council.example", "RE: Lightwater car park"],
      ["reply", "outlook-web", "priya.patel@surreyheath.gov.example", "Lightwater car park"],
    ]);
  });

  test("a quote without any attribution is still a message (blockquote type=cite)", () => {
    const content =
      '<div>See below.</div><blockquote type="cite"><div>Older text</div><blockquote type="cite"><div>Oldest text</div></blockquote></blockquote>';
    const history = parseQuotedHistory({ type: "html", content });
    expect(history.newText).toBe("See below.");
    expect(history.messages.map((m) => [m.depth, m.style, m.from])).toEqual([
      [0, "apple-mail", []],
      [1, "apple-mail", []],
    ]);
  });

  test("Outlook on the web with headers in another language still splits at divRplyFwdMsg", () => {
    const content =
      '<div>Danke.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
      '<div id="divRplyFwdMsg" dir="ltr"><font><b>Von:</b> Jane Doe<br><b>Gesendet:</b> Montag, 9. November 2026 10:02<br><b>An:</b> Priya Patel<br><b>Betreff:</b> Frage</font><div>&nbsp;</div></div><div>Hallo</div>';
    const history = parseQuotedHistory({ type: "html", content });
    expect(history.newText).toBe("Danke.");
    expect(history.messages).toEqual([
      { from: [], to: [], cc: [], kind: "reply", style: "outlook-web", depth: 0 },
    ]);
  });

  test("Thunderbird in German: one message at moz-cite-prefix, its blockquote is its body", () => {
    const content =
      '<p>Danke.</p><div class="moz-cite-prefix">Am 09.11.2026 um 10:02 schrieb Jane Doe:<br></div>' +
      '<blockquote type="cite" cite="mid:1@mail.example"><p>Hallo</p></blockquote>';
    const history = parseQuotedHistory({ type: "html", content });
    expect(history.newText).toBe("Danke.");
    expect(history.messages).toEqual([
      { from: [], to: [], cc: [], kind: "reply", style: "thunderbird", depth: 0 },
    ]);
  });

  test("Gmail in German: an address and a colon introduce the quote", () => {
    const content =
      '<div dir="ltr">Danke.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 9. Nov. 2026 um 10:02 Uhr schrieb Jane Doe &lt;<a href="mailto:jane.doe@surreyheath-council.example">jane.doe@surreyheath-council.example</a>&gt;:<br></div>' +
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hallo</div></blockquote></div>';
    const history = parseQuotedHistory({ type: "html", content });
    expect(history.newText).toBe("Danke.");
    expect(history.messages.map((m) => [m.style, m.from[0]?.address])).toEqual([
      ["gmail", "jane.doe@surreyheath-council.example"],
    ]);
  });

  test("From: ... On Behalf Of ... gives both people", () => {
    const text =
      "Noted.\n\nFrom: Members Services [mailto:members@surreyheath.gov.example] On Behalf Of Cllr Jane Doe\nSent: 12 November 2026 09:14\nTo: Patel, Priya\nSubject: Agenda\n\nBody";
    const history = parseQuotedHistory({ type: "text", content: text });
    expect(history.messages[0]?.from).toEqual([
      { name: "Members Services", address: "members@surreyheath.gov.example" },
      { name: "Cllr Jane Doe" },
    ]);
  });
});
