/**
 * Elements that mail clients write around (or just above) quoted history. Outlook on the web
 * prefixes ids and classes of quoted mail with `x_` (once per level), Hotmail with `ecx`, so ids
 * and classes are matched by their ending.
 */
import type { QuoteMarker } from "./lines";
import type { QuoteStyle } from "./types";

/**
 * Id (`#`) and class (`.`) endings, in the order they are tried: the client they belong to, and
 * whether the marker is strong.
 */
const ENDINGS: [selector: string, style: QuoteStyle, strong: boolean][] = [
  ["#divrplyfwdmsg", "outlook-web", true],
  ["#appendonsend", "outlook-web", false],
  // Outlook for Mac: the 2011-2016 section, and the newer reference-message container.
  ["#olk_src_body_section", "outlook-mac", true],
  ["#mail-editor-reference-message-container", "outlook-mac", true],
  [".gmail_quote", "gmail", true],
  [".gmail_quote_container", "gmail", true],
  [".gmail_attr", "gmail", true],
  [".moz-cite-prefix", "thunderbird", true],
  [".moz-forward-container", "thunderbird", true],
  [".moz-email-headers-table", "thunderbird", false],
  [".outlookmessageheader", "outlook-desktop", false],
];

/** Cheap pre-check on ids and classes: only one containing an ending can make a marker. */
const MAY_HAVE_ENDING = new RegExp(ENDINGS.map(([selector]) => selector.slice(1)).join("|"), "i");

/** The value of `property` in an inline style, lower-cased, spaces removed; undefined if absent. */
function styleValue(compactStyle: string, property: string): string | undefined {
  const at = compactStyle.indexOf(`${property}:`);
  if (at < 0) return undefined;
  // Make sure we matched the whole property name, not the tail of a longer one.
  if (at > 0 && !`;"'`.includes(compactStyle.charAt(at - 1))) return undefined;
  const end = compactStyle.indexOf(";", at);
  return compactStyle.slice(at + property.length + 1, end < 0 ? undefined : end);
}

/** A blockquote drawn with a left rule is a quote (Gmail, Yahoo, Mail.ru); an indent is not. */
function hasLeftBorder(compactStyle: string): boolean {
  const shorthand = styleValue(compactStyle, "border-left");
  if (shorthand !== undefined) return !shorthand.startsWith("none") && shorthand !== "0";
  const style = styleValue(compactStyle, "border-left-style");
  return style !== undefined && style !== "none";
}

/** Outlook draws a solid top border above each quoted header block (Windows, Mac, Windows Mail). */
function hasTopBorder(compactStyle: string): boolean {
  return (
    !!styleValue(compactStyle, "border-top")?.includes("solid") ||
    styleValue(compactStyle, "border-top-style") === "solid"
  );
}

/** The marker an opening tag sets, if it is one. */
export function markerForElement(
  name: string,
  attributes: Readonly<Record<string, string>>,
): QuoteMarker | undefined {
  const id = (attributes["id"] || "").toLowerCase();
  const classAttribute = attributes["class"] || "";
  const style = attributes["style"] || "";
  // Most elements (Word's styled spans above all) carry nothing a marker is made of.
  if (
    !MAY_HAVE_ENDING.test(`${id} ${classAttribute}`) &&
    name !== "hr" &&
    name !== "blockquote" &&
    !/border/i.test(style)
  ) {
    return undefined;
  }
  const classes = classAttribute.toLowerCase().split(/\s+/);
  const compactStyle = style.toLowerCase().replace(/\s+/g, "");
  const endsWith = (tokens: string[], ending: string): boolean =>
    tokens.some((token) => token.endsWith(ending));

  if (name === "blockquote") {
    const quote = (style: QuoteStyle): QuoteMarker => ({
      style,
      strong: true,
      blockquote: true,
    });
    if (endsWith(classes, "gmail_quote")) return quote("gmail");
    if ((attributes["type"] || "").toLowerCase() === "cite") {
      // Thunderbird cites the quoted message's id; Apple Mail does not.
      const cite = (attributes["cite"] || "").toLowerCase();
      return quote(cite.startsWith("mid:") ? "thunderbird" : "apple-mail");
    }
    return hasLeftBorder(compactStyle) ? quote("blockquote") : undefined;
  }
  for (const [selector, style, strong] of ENDINGS) {
    const tokens = selector.charAt(0) === "#" ? [id] : classes;
    if (endsWith(tokens, selector.slice(1))) return { style, strong, blockquote: false };
  }
  if (name === "hr") {
    // Outlook on the web's rule, and Hotmail's `stopSpelling` one; other rules name no client.
    return compactStyle.includes("display:inline-block") || id.endsWith("stopspelling")
      ? { style: "outlook-web", strong: false, blockquote: false }
      : { strong: false, blockquote: false };
  }
  return hasTopBorder(compactStyle)
    ? { strong: false, blockquote: false, border: true }
    : undefined;
}
