import { parseQuotedHistory } from "../../../src/core/quoted";
import { htmlToLines } from "../../../src/core/quoted/html-lines";

const textOf = (content: string): string => parseQuotedHistory({ type: "html", content }).text;

describe("HTML to plain text", () => {
  const cases: [string, string, string][] = [
    [
      "paragraphs are lines",
      "<p>Frimley Green</p><p>Mytchett &amp; Deepcut</p>",
      "Frimley Green\nMytchett & Deepcut",
    ],
    ["divs are lines", "<div>a</div><div>b</div>", "a\nb"],
    ["br breaks a line", "a<br>b<br/>c", "a\nb\nc"],
    ["br at the end of a block adds nothing", "<div>a<br></div><div>b</div>", "a\nb"],
    ["an empty div with br is a blank line", "<div>a</div><div><br></div><div>b</div>", "a\n\nb"],
    ["two br make a blank line", "a<br><br>b", "a\n\nb"],
    [
      "list items and headings",
      "<h1>Title</h1><ul><li>one</li><li>two</li></ul>",
      "Title\none\ntwo",
    ],
    [
      "table rows are lines, cells are spaced",
      "<table><tr><th>Subject:</th><td>Bins</td></tr><tr><td>x</td><td>y</td></tr></table>",
      "Subject: Bins\nx y",
    ],
    ["blockquote and hr break lines", "a<blockquote>b</blockquote>c<hr>d", "a\nb\nc\nd"],
    [
      "entities are decoded",
      "&lt;jane@x.example&gt; &amp; &pound;5 &#8217; &#x2013;",
      "<jane@x.example> & £5 ’ –",
    ],
    ["whitespace folds within a line", "<p>  Frimley \n\t  Green  </p>", "Frimley Green"],
    ["no-break spaces fold", "<p>a&nbsp;&nbsp;b</p>", "a b"],
    ["zero-width marks vanish", "<p>\u200e26\u200e June</p>", "26 June"],
    [
      "style, script, title and head contribute nothing",
      "<html><head><title>T</title><style>p{x:y}</style></head><body><script>var a=1;</script><p>Body</p></body></html>",
      "Body",
    ],
    [
      "conditional comments contribute nothing",
      "<!--[if gte mso 9]><xml><o:shapedefaults/></xml><![endif]--><p>Body</p>",
      "Body",
    ],
    [
      "o:p contributes nothing",
      "<p class=MsoNormal>Hello<o:p>&nbsp;</o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p>World</p>",
      "Hello\nWorld",
    ],
    ["leading and trailing blank lines are trimmed", "<br><br><div>x</div><br><br>", "x"],
    ["pre keeps its line breaks", "<pre>one\ntwo\n\nthree</pre>", "one\ntwo\n\nthree"],
    [
      "inline elements do not break lines",
      "<p>Cllr <b>Jane</b> <span>Doe</span></p>",
      "Cllr Jane Doe",
    ],
    ["unclosed elements still give their text", "<div><p>one<p>two", "one\ntwo"],
  ];

  test.each(cases)("%s", (_label, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  test("a line's start is the first tag after the previous line's content", () => {
    const html = "<p>Alex</p>\n<div id=q><p>From: x</p></div>";
    const { lines } = htmlToLines(html);
    expect(lines.map((line) => line.text)).toEqual(["Alex", "From: x"]);
    expect(html.slice(lines[1]?.start)).toBe("<div id=q><p>From: x</p></div>");
  });

  test("a signature image makes a line that is not blank", () => {
    const { lines } = htmlToLines('<p>Priya</p><p><img src="cid:logo"></p><p>x</p>');
    expect(lines.map((line) => line.blank)).toEqual([false, false, false]);
  });

  test("mailto links remember their visible text and address", () => {
    const { lines } = htmlToLines(
      '<b>From:</b> <a href="mailto:jane.doe@x.example?subject=Hi">Jane Doe</a>',
    );
    expect(lines[0]?.links).toEqual([{ text: "Jane Doe", address: "jane.doe@x.example" }]);
  });

  test("Word documents are recognised", () => {
    expect(
      htmlToLines('<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><p>x</p>')
        .wordDocument,
    ).toBe(true);
    expect(htmlToLines("<p class=MsoNormal>x</p>").wordDocument).toBe(true);
    expect(htmlToLines('<p class="x_MsoNormal">x</p>').wordDocument).toBe(false);
  });
});
