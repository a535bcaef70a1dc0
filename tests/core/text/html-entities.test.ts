import { decodeHTML, decodeHTMLAttribute } from "entities";
import fc from "fast-check";
import { decodeHtmlEntities, decodeReferenceAt } from "../../../src/core/text/html-entities";

// The names mail clients write; each must decode exactly as the full HTML table (entities) does.
const NAMES = (
  "nbsp amp lt gt quot apos copy reg pound euro eacute Eacute uuml szlig yuml Yuml ndash mdash " +
  "lsquo rsquo sbquo ldquo rdquo bdquo hellip bull trade middot frac12 deg plusmn times divide " +
  "laquo raquo iexcl iquest shy zwnj zwj lrm rlm ensp emsp thinsp dagger Dagger permil prime " +
  "Prime lsaquo rsaquo OElig oelig Scaron scaron fnof circ tilde larr rarr uarr darr harr minus"
).split(" ");

describe("decodeHtmlEntities", () => {
  test.each(NAMES)("&%s; decodes as in a browser", (name) => {
    expect(decodeHtmlEntities(`a&${name};b`)).toBe(decodeHTML(`a&${name};b`));
  });

  test.each([
    ["numeric decimal and hex", "it&#8217;s &#x2019; &#X201C;"],
    ["Windows-1252 numbers", "&#150; &#146; &#128;"],
    ["invalid numbers", "&#0; &#xD800; &#1114112; &#99999999999;"],
    ["legacy names without a semicolon", "&copy 2026 &amp co &nbspx &notit"],
    ["a bare ampersand", "Fish & chips &; &&"],
    ["St Anne's & Kingsway", "St Anne&#39;s &amp; Kingsway"],
  ])("%s", (_label, text) => {
    expect(decodeHtmlEntities(text)).toBe(decodeHTML(text));
  });

  test("in attributes, a legacy name before = or a letter stays literal", () => {
    const href = "https://council.example/?a=1&copy=2&amp;b=3&notx";
    expect(decodeHtmlEntities(href, true)).toBe(decodeHTMLAttribute(href));
  });

  test("a name this table does not know stays as written", () => {
    expect(decodeHtmlEntities("&notin; &bogus;")).toBe("&notin; &bogus;");
  });

  test("reports how much source a reference took", () => {
    expect(decodeReferenceAt("x&rsquo;s", 1)).toEqual({ text: "’", length: 7 });
    expect(decodeReferenceAt("x&copy 2026", 1)).toEqual({ text: "©", length: 5 });
    expect(decodeReferenceAt("x & y", 2)).toBeUndefined();
  });

  test("agrees with the full table on text made of known references and plain characters", () => {
    const piece = fc.oneof(
      fc.constantFrom(...NAMES.map((n) => `&${n};`)),
      fc.integer({ min: 1, max: 0x2fff }).map((n) => `&#${n};`),
      fc.string({ maxLength: 5 }).map((s) => s.replace(/&/g, " ")),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        expect(decodeHtmlEntities(text)).toBe(decodeHTML(text));
      }),
    );
  });
});
