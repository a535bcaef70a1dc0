/**
 * Differential test of the project's HTML walker (src/core/quoted/html-events.ts) against the
 * library it stands in for: on random HTML, walkHtml's open, close and text events (plus the
 * closes its returned open elements imply) equal htmlparser2's own `Parser` events. The walker
 * exists because Parser's element stack is quadratic in nesting depth; its nesting rules (void
 * elements, implied end tags, stray `</p>` and `</br>`, repeated attributes) must stay Parser's.
 *
 * Out of scope: named references outside the set the walker decodes by design (html-entities.ts:
 * what mail clients write; "&ap;" stays as written, Parser's full table makes it "≈"), foreign content (`<svg>`, `<math>`), and the elements whose content the tokenizer
 * reads raw (`<script>`, `<style>`, `<textarea>`, `<title>`): Parser leaves their entities as
 * written, the walker decodes their text like any other.
 */
import { decodeHTML } from "entities";
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { walkHtml } from "../../../src/core/quoted/html-events";
import { decodeHtmlEntities } from "../../../src/core/text/html-entities";

type HtmlEvent =
  { open: string; attributes: Record<string, string> } | { close: string } | { text: string };

/** Adjacent texts as one: the two split text at different places (entities, chunks). */
function push(events: HtmlEvent[], event: HtmlEvent): void {
  const last = events[events.length - 1];
  if ("text" in event && last && "text" in last) last.text += event.text;
  else events.push(event);
}

function walkerEvents(html: string): HtmlEvent[] {
  const events: HtmlEvent[] = [];
  const stillOpen = walkHtml(html, {
    onOpen: (name, attributes) => push(events, { open: name, attributes: { ...attributes } }),
    onClose: (name) => push(events, { close: name }),
    onText: (text) => push(events, { text }),
  });
  // Parser closes what is still open at the end; the walker returns it, outermost first.
  for (const name of [...stillOpen].reverse()) push(events, { close: name });
  return events;
}

function parserEvents(html: string): HtmlEvent[] {
  const events: HtmlEvent[] = [];
  // Parser pushes a tag when it reads its name, reports it open only at its ">", and at the end
  // closes its whole stack: so a tag cut off by the end of input is closed but was never opened.
  // The walker drops such a tag altogether; only closes of reported opens are compared.
  const opened = new Map<string, number>();
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        opened.set(name, (opened.get(name) ?? 0) + 1);
        push(events, { open: name, attributes: { ...attributes } });
      },
      onclosetag: (name) => {
        const count = opened.get(name) ?? 0;
        if (count === 0) return;
        opened.set(name, count - 1);
        push(events, { close: name });
      },
      ontext: (text) => push(events, { text }),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return events;
}

/** Tag names that exercise the nesting rules: void, implied-close, paragraph-closing, plain. */
const TAG = fc.constantFrom(
  "p",
  "div",
  "span",
  "b",
  "i",
  "a",
  "br",
  "hr",
  "img",
  "input",
  "li",
  "ul",
  "ol",
  "dd",
  "dt",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "select",
  "option",
  "optgroup",
  "button",
  "blockquote",
  "h1",
  "section",
  "body",
  "head",
  "link",
  "rt",
  "rp",
  "font",
  "o:p",
  "DIV",
  "Li",
  "BR",
);
const ATTRIBUTE_NAME = fc.constantFrom("class", "style", "href", "id", "type", "CLASS", "data-x");
const TEXT = fc.stringMatching(/^[a-z &;<>#0-9'"=\n.]{0,12}$/);
const ENTITY = fc.constantFrom(
  "&amp;",
  "&lt;",
  "&gt;",
  "&nbsp;",
  "&#39;",
  "&#x2014;",
  "&quot;",
  "&copy",
  "&bogus;",
  "&",
);

const attribute = fc
  .tuple(ATTRIBUTE_NAME, fc.oneof(TEXT, ENTITY), fc.constantFrom('"', "'", ""))
  .map(([name, value, quote]) =>
    quote === ""
      ? ` ${name}=${value.replace(/[\s>"'=<`]/g, "") || "x"}`
      : ` ${name}=${quote}${value.split(quote).join("")}${quote}`,
  );
const openTag = fc
  .tuple(TAG, fc.array(attribute, { maxLength: 3 }), fc.boolean())
  .map(
    ([name, attributes, selfClosing]) => `<${name}${attributes.join("")}${selfClosing ? "/" : ""}>`,
  );
const closeTag = TAG.map((name) => `</${name}>`);
const other = fc.constantFrom(
  "<!-- a comment -->",
  "<!DOCTYPE html>",
  '<?xml version="1.0"?>',
  "<![CDATA[x]]>",
  "a < b",
  "<",
  "</",
  "<>",
  "x > y",
);

/** A name HTML knows (in full) but the walker's smaller table leaves as written, by design. */
const NAMED_REFERENCE = /&[a-z][a-z\d]*;?/gi;
function hasReferenceOnlyParserKnows(html: string): boolean {
  for (const [reference] of html.matchAll(NAMED_REFERENCE)) {
    if (decodeHtmlEntities(reference) === reference && decodeHTML(reference) !== reference)
      return true;
  }
  return false;
}

/** The property, for input without such names (random text spells "&ap;" now and then). */
function agrees(html: string): void {
  fc.pre(!hasReferenceOnlyParserKnows(html));
  expect(walkerEvents(html)).toEqual(parserEvents(html));
}

/**
 * Random input ends in a ">" so that no markup is left half-read at the end: there the tokenizer
 * hands Parser the rest undecoded ("</&amp;" reads as the text "&amp;"), while the walker decodes
 * it. Cut-off tags are covered by the fixed cases above.
 */
const finished = (parts: string[]) => `${parts.join("")}>`;

/** Well-formed-ish HTML: a sequence of tags, text, entities and odd bits. */
const tagSoup = fc
  .array(fc.oneof(openTag, openTag, closeTag, TEXT, ENTITY, other), { maxLength: 40 })
  .map(finished);

/** Rougher input: characters and tag-name fragments in any order. */
const characterSoup = fc
  .array(
    fc.constantFrom(
      "<",
      ">",
      "/",
      "=",
      '"',
      "'",
      " ",
      "p",
      "li",
      "br",
      "td",
      "tr",
      "div",
      "&amp;",
      "&",
      "!--",
      "-->",
      "x",
    ),
    { maxLength: 60 },
  )
  .map(finished);

describe("walkHtml against htmlparser2's Parser", () => {
  it.each([
    ["<p>one<p>two</p>", "implied </p>"],
    ["<ul><li>a<li>b</ul>", "implied </li>"],
    ["<table><tr><td>a<td>b<tr><td>c</table>", "implied cells and rows"],
    ["<div>a</br>b</p>c</div>", "stray </br> and </p>"],
    ['<a href="x" HREF="y" class=c>link</a>', "the first of repeated attributes"],
    ["<p>fish &amp; chips&nbsp;&#x2014; &bogus; &copy 2024</p>", "entities in text"],
    ["<select><option>a<option>b<input></select>", "implied ends in forms"],
    ["<div><span>cut off <b", "a tag cut off at the end"],
  ])("%s (%s)", (html) => {
    expect(walkerEvents(html)).toEqual(parserEvents(html));
  });

  it("agrees on random tag soup", () => {
    fc.assert(fc.property(tagSoup, agrees), { numRuns: 2000 });
  });

  it("agrees on random character soup", () => {
    fc.assert(fc.property(characterSoup, agrees), { numRuns: 2000 });
  });
});

describe("the references the comparison leaves out", () => {
  it("are names only Parser's full table knows, such as &ap;", () => {
    expect(hasReferenceOnlyParserKnows("x &ap;>")).toBe(true);
    expect(hasReferenceOnlyParserKnows("fish &amp; chips &rsquo; &bogus; &copy>")).toBe(false);
  });
});
