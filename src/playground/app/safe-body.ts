/**
 * The body's HTML, made safe to put in the page's editable body: the only place the playground
 * shows email HTML. Parsed inert (DOMParser runs no scripts and loads nothing), then anything
 * that could run code or fetch from elsewhere is dropped, so no email content leaves the
 * machine and nothing in a body can act on the page. Ids stay: Outlook's own markers
 * (divRplyFwdMsg, appendonsend) are how the add-in finds quoted history.
 */
const DROP = new Set([
  "script",
  "style",
  "link",
  "meta",
  "base",
  "iframe",
  "frame",
  "object",
  "embed",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "video",
  "audio",
  "source",
  "svg",
  "math",
  "template",
]);
/** Attributes that name a resource to load or a place to go. */
const URL_ATTRIBUTES = new Set(["src", "srcset", "background", "poster", "action", "xlink:href"]);

/** The inner HTML of `html`'s <body>, cleaned (see the file comment). */
export function safeBodyHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const element of Array.from(doc.body.querySelectorAll("*"))) {
    if (DROP.has(element.localName)) {
      element.remove();
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const dangerous =
        name.startsWith("on") ||
        URL_ATTRIBUTES.has(name) ||
        // Inline styles may load images (url(...)) or fonts; keep the rest of the formatting.
        (name === "style" && /url\s*\(|expression\s*\(|@import/i.test(attribute.value)) ||
        (name === "href" && !/^\s*mailto:/i.test(attribute.value)) ||
        name === "contenteditable" ||
        // Only the editor itself is a tab stop (Outlook's quoted rule has tabindex="-1").
        (name === "tabindex" && attribute.value.trim() !== "-1");
      if (dangerous) element.removeAttribute(attribute.name);
    }
  }
  return doc.body.innerHTML;
}
