/**
 * Email bodies shaped as Outlook on the web (and new Outlook) writes them: the officer's text in
 * `elementToProof` divs, then, for a reply or forward, `appendonsend`, a rule and the
 * `divRplyFwdMsg` header block over the earlier message. The playground's scenarios and its
 * Reply/Forward starters use it, so the add-in meets the HTML it meets in Outlook.
 */
import { display, type Person } from "./draft";

export interface QuotedMessage {
  from: Person;
  to: Person[];
  cc?: Person[];
  /** As Outlook writes it in the header block, e.g. "18 November 2026 16:42". */
  sent: string;
  subject: string;
  /** The message's paragraphs; a "\n" inside one is a line break. */
  paragraphs: string[];
}

const HEAD =
  '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
  '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>';
const FONT =
  "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);";

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const lines = (text: string): string => text.split("\n").map(escapeHtml).join("<br>");
const names = (people: Person[]): string =>
  escapeHtml(
    people.map((p) => display({ displayName: p.name, emailAddress: p.address })).join("; "),
  );

/** The officer's own paragraphs, with OWA's empty line between them. */
function ownText(paragraphs: string[]): string {
  const blank = `<div class="elementToProof" style="${FONT}"><br></div>`;
  return paragraphs
    .map((p) => `<div class="elementToProof" style="${FONT}">${p === "" ? "<br>" : lines(p)}</div>`)
    .join(blank);
}

function quoted(m: QuotedMessage): string {
  return (
    '<hr style="display:inline-block;width:98%" tabindex="-1">' +
    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
    `<b>From:</b> ${names([m.from])}<br><b>Sent:</b> ${escapeHtml(m.sent)}<br>` +
    `<b>To:</b> ${names(m.to)}<br>` +
    (m.cc && m.cc.length > 0 ? `<b>Cc:</b> ${names(m.cc)}<br>` : "") +
    `<b>Subject:</b> ${escapeHtml(m.subject)}</font><div>&nbsp;</div></div>` +
    `<div dir="ltr">${m.paragraphs.map((p) => `<div>${lines(p)}</div><div><br></div>`).join("")}</div>`
  );
}

/** A whole body: the officer's text, and the message replied to or forwarded, if any. */
export function owaBody(own: string[], quote?: QuotedMessage): string {
  const reply = quote ? `<div id="appendonsend"></div>${quoted(quote)}` : "";
  return `${HEAD}<body dir="ltr">${ownText(own)}${reply}</body></html>`;
}

/** The HTML Outlook keeps around the body the officer edits: `inner` is what is inside <body>. */
export function wrapBody(inner: string): string {
  return `${HEAD}<body dir="ltr">${inner}</body></html>`;
}
