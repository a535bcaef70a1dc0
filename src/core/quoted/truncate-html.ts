/** Making a cut-off piece of HTML well-formed again. */
import { walkHtml } from "./html-events";

/**
 * A name the tokenizer can have read as a tag name (no whitespace, `/` or `>`), so `</name>` is
 * read back as one end tag for it. Unusual names (`o:p`, or `jane@x.example` from an unescaped
 * `<jane@x.example>`) are closed too, or the cut-off document would not be well-formed.
 */
const CLOSABLE_TAG_NAME = /^[^\s/>]+$/;

/** Appends closing tags for every element left open at the end of `html`, innermost first. */
export function closeOpenElements(html: string): string {
  const open = walkHtml(html, { onOpen() {}, onClose() {}, onText() {} });
  let closing = "";
  for (let i = open.length - 1; i >= 0; i--) {
    const name = open[i];
    if (name !== undefined && CLOSABLE_TAG_NAME.test(name)) closing += `</${name}>`;
  }
  return html + closing;
}
