/**
 * Elements that mail clients write around (or just above) quoted history. Outlook on the web
 * prefixes ids and classes of quoted mail with `x_` (once per level), Hotmail with `ecx`, so ids
 * and classes are matched by their ending.
 */
import type { QuoteMarker } from "./lines";

function classTokens(attributes: Readonly<Record<string, string>>): string[] {
  const value = attributes["class"];
  return value ? value.toLowerCase().split(/\s+/) : [];
}

function hasClassEnding(tokens: readonly string[], endings: readonly string[]): boolean {
  return tokens.some((token) => endings.some((ending) => token.endsWith(ending)));
}

/** The value of `property` in an inline style, lower-cased, spaces removed; undefined if absent. */
function styleValue(compactStyle: string, property: string): string | undefined {
  const at = compactStyle.indexOf(`${property}:`);
  if (at < 0) return undefined;
  // Make sure we matched the whole property name, not the tail of a longer one.
  const before = compactStyle.charAt(at - 1);
  if (at > 0 && before !== ";" && before !== '"' && before !== "'") return undefined;
  const end = compactStyle.indexOf(";", at);
  return compactStyle.slice(at + property.length + 1, end < 0 ? undefined : end);
}

/** Outlook draws a solid top border above each quoted header block (Windows, Mac, Windows Mail). */
function hasTopBorder(compactStyle: string): boolean {
  const shorthand = styleValue(compactStyle, "border-top");
  if (shorthand !== undefined && shorthand.includes("solid")) return true;
  return styleValue(compactStyle, "border-top-style") === "solid";
}

/** A blockquote drawn with a left rule is a quote (Gmail, Yahoo, Mail.ru); an indent is not. */
function hasLeftBorder(compactStyle: string): boolean {
  const shorthand = styleValue(compactStyle, "border-left");
  if (shorthand !== undefined) return !shorthand.startsWith("none") && shorthand !== "0";
  const style = styleValue(compactStyle, "border-left-style");
  return style !== undefined && style !== "none";
}

/** Cheap pre-checks: only attributes containing these can make a marker (see below). */
const MAY_DRAW_BORDER = /border/i;
const MAY_BE_QUOTE_ID =
  /divrplyfwdmsg|appendonsend|olk_src_body_section|mail-editor-reference-message-container|stopspelling/i;
const MAY_BE_QUOTE_CLASS =
  /gmail_quote|gmail_attr|moz-cite-prefix|moz-forward-container|moz-email-headers-table|outlookmessageheader/i;

const STRONG = { strong: true, blockquote: false } as const;
const WEAK = { strong: false, blockquote: false } as const;

/** The marker an opening tag sets, if it is one. */
export function markerForElement(
  name: string,
  attributes: Readonly<Record<string, string>>,
): QuoteMarker | undefined {
  const rawStyle = attributes["style"];
  // Most elements (Word's styled spans above all) carry nothing a marker is made of.
  const rawId = attributes["id"];
  const rawClass = attributes["class"];
  if (
    (rawId === undefined || !MAY_BE_QUOTE_ID.test(rawId)) &&
    (rawClass === undefined || !MAY_BE_QUOTE_CLASS.test(rawClass)) &&
    name !== "hr" &&
    name !== "blockquote" &&
    (rawStyle === undefined || !MAY_DRAW_BORDER.test(rawStyle))
  ) {
    return undefined;
  }
  const id = (attributes["id"] ?? "").toLowerCase();
  const classes = classTokens(attributes);
  const compactStyle = (rawStyle ?? "").toLowerCase().replace(/\s+/g, "");

  if (name === "blockquote") {
    if (hasClassEnding(classes, ["gmail_quote"])) {
      return { style: "gmail", strong: true, blockquote: true };
    }
    if ((attributes["type"] ?? "").toLowerCase() === "cite") {
      const cite = (attributes["cite"] ?? "").toLowerCase();
      // Thunderbird cites the quoted message's id; Apple Mail does not.
      const style = cite.startsWith("mid:") ? "thunderbird" : "apple-mail";
      return { style, strong: true, blockquote: true };
    }
    if (hasLeftBorder(compactStyle)) return { style: "blockquote", strong: true, blockquote: true };
    return undefined;
  }
  if (id.endsWith("divrplyfwdmsg")) return { style: "outlook-web", ...STRONG };
  if (id.endsWith("appendonsend")) return { style: "outlook-web", ...WEAK };
  // Outlook for Mac: the 2011-2016 section, and the newer reference-message container.
  if (
    id.endsWith("olk_src_body_section") ||
    id.endsWith("mail-editor-reference-message-container")
  ) {
    return { style: "outlook-mac", ...STRONG };
  }
  if (hasClassEnding(classes, ["gmail_quote", "gmail_quote_container", "gmail_attr"])) {
    return { style: "gmail", ...STRONG };
  }
  if (hasClassEnding(classes, ["moz-cite-prefix", "moz-forward-container"])) {
    return { style: "thunderbird", ...STRONG };
  }
  if (hasClassEnding(classes, ["moz-email-headers-table"])) {
    return { style: "thunderbird", ...WEAK };
  }
  if (hasClassEnding(classes, ["outlookmessageheader"])) {
    return { style: "outlook-desktop", ...WEAK };
  }
  if (name === "hr") {
    // Outlook on the web's rule, and Hotmail's `stopSpelling` one.
    if (compactStyle.includes("display:inline-block") || id.endsWith("stopspelling")) {
      return { style: "outlook-web", ...WEAK };
    }
    return { style: "generic", shape: "rule", ...WEAK };
  }
  if (compactStyle.length > 0 && hasTopBorder(compactStyle)) {
    return { style: "generic", shape: "border", ...WEAK };
  }
  return undefined;
}
