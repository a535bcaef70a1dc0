/**
 * Builders for draft bodies shaped like what real clients write when replying or forwarding:
 * Outlook desktop (Word HTML, border-top header blocks), Outlook on the web (divRplyFwdMsg,
 * appendonsend), Gmail (gmail_quote), Apple Mail (blockquote type="cite"), Thunderbird
 * (moz-cite-prefix) and Outlook plain text (-----Original Message-----). Used by the rule tests
 * and the benchmark, so each rule is exercised across clients.
 */
import type { Person } from "../../src/core/draft";

export interface ChainMessage {
  from: Person;
  to: Person[];
  cc?: Person[];
  sent: string;
  subject: string;
  /** Paragraphs of the message's own text. */
  text: string[];
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const display = (p: Person): string =>
  p.name && p.address ? `${p.name} <${p.address}>` : (p.name ?? p.address ?? "");
const displayList = (ps: Person[] = []): string => ps.map(display).join("; ");
const htmlList = (ps: Person[] = []): string => esc(displayList(ps));

const WORD_HEAD =
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" ' +
  'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
  '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n' +
  '@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:12.0pt;font-family:"Aptos",sans-serif;}\n' +
  'span.EmailStyle19 {mso-style-type:personal-reply;font-family:"Aptos",sans-serif;color:windowtext;}\n' +
  '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--></head>' +
  '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">';

const wordPara = (text: string): string =>
  `<p class="MsoNormal"><span style="font-size:11.0pt">${esc(text)}<o:p></o:p></span></p>`;

const OFFICER_SIGNATURE = [
  "Priya Patel",
  "Senior Planning Officer | Surrey Heath Borough Council",
  "Surrey Heath House, Knoll Road, Camberley, GU15 3HD",
];

/** Outlook desktop for Windows: Word HTML; the chain's header blocks are siblings, not nested. */
export function outlookDesktop(newText: string[], chain: ChainMessage[]): string {
  let html = WORD_HEAD + newText.map(wordPara).join("") + OFFICER_SIGNATURE.map(wordPara).join("");
  html += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>';
  for (const m of chain) {
    html +=
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
      `<p class="MsoNormal"><b><span lang="EN-US" style="font-size:11.0pt">From:</span></b>` +
      `<span lang="EN-US" style="font-size:11.0pt"> ${esc(display(m.from))} <br><b>Sent:</b> ${esc(m.sent)}<br>` +
      `<b>To:</b> ${htmlList(m.to)}<br>` +
      (m.cc && m.cc.length > 0 ? `<b>Cc:</b> ${htmlList(m.cc)}<br>` : "") +
      `<b>Subject:</b> ${esc(m.subject)}<o:p></o:p></span></p></div>` +
      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' +
      m.text.map(wordPara).join("") +
      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>';
  }
  return html + "</div></body></html>";
}

/** Outlook on the web / new Outlook: appendonsend, an hr, then divRplyFwdMsg per message. */
export function outlookWeb(newText: string[], chain: ChainMessage[]): string {
  let html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">' +
    newText
      .map(
        (t) =>
          `<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">${esc(t)}</div>`,
      )
      .join("") +
    '<div id="appendonsend"></div>';
  for (const m of chain) {
    html +=
      '<hr style="display:inline-block;width:98%" tabindex="-1">' +
      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
      `<b>From:</b> ${esc(display(m.from))}<br><b>Sent:</b> ${esc(m.sent)}<br><b>To:</b> ${htmlList(m.to)}<br>` +
      (m.cc && m.cc.length > 0 ? `<b>Cc:</b> ${htmlList(m.cc)}<br>` : "") +
      `<b>Subject:</b> ${esc(m.subject)}</font><div>&nbsp;</div></div>` +
      `<div dir="ltr">${m.text.map((t) => `<div>${esc(t)}</div>`).join("")}</div>`;
  }
  return html + "</body></html>";
}

const gmailAttr = (m: ChainMessage): string =>
  `On ${esc(m.sent)}, ${esc(m.from.name ?? "")} &lt;<a href="mailto:${esc(m.from.address ?? "")}">${esc(m.from.address ?? "")}</a>&gt; wrote:<br>`;

/** Gmail reply: each earlier message nests one blockquote deeper. */
export function gmailReply(newText: string[], chain: ChainMessage[]): string {
  const quote = (i: number): string => {
    const m = chain[i];
    if (!m) return "";
    return (
      `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${gmailAttr(m)}</div>` +
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
      `<div dir="ltr">${m.text.map((t) => `<div>${esc(t)}</div>`).join("")}</div>${quote(i + 1)}</blockquote></div>`
    );
  };
  return `<div dir="ltr">${newText.map((t) => `<div>${esc(t)}</div>`).join("")}</div><br>${quote(0)}`;
}

/** Gmail forward of one message. */
export function gmailForward(newText: string[], m: ChainMessage): string {
  return (
    `<div dir="ltr">${newText.map((t) => `<div>${esc(t)}</div>`).join("")}<br>` +
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>' +
    `From: <strong class="gmail_sendername" dir="auto">${esc(m.from.name ?? "")}</strong> <span dir="auto">&lt;<a href="mailto:${esc(m.from.address ?? "")}">${esc(m.from.address ?? "")}</a>&gt;</span><br>` +
    `Date: ${esc(m.sent)}<br>Subject: ${esc(m.subject)}<br>To: ${htmlList(m.to)}<br>` +
    (m.cc && m.cc.length > 0 ? `Cc: ${htmlList(m.cc)}<br>` : "") +
    `</div><br><br><div dir="ltr">${m.text.map((t) => `<div>${esc(t)}</div>`).join("")}</div></div></div>`
  );
}

/** Apple Mail reply: "On …, Name <addr> wrote:" then a cite blockquote, nested. */
export function appleMailReply(newText: string[], chain: ChainMessage[]): string {
  const quote = (i: number): string => {
    const m = chain[i];
    if (!m) return "";
    return (
      `<div><br><blockquote type="cite"><div>On ${esc(m.sent)}, ${esc(display(m.from))} wrote:</div><br>` +
      `<div><div>${m.text.map((t) => `<div>${esc(t)}</div>`).join("")}</div>${quote(i + 1)}</div></blockquote></div>`
    );
  };
  return (
    '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>' +
    `<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${newText
      .map((t) => `<div>${esc(t)}</div>`)
      .join("")}${quote(0)}</body></html>`
  );
}

/** Apple Mail forward: "Begin forwarded message:" and bold header rows. */
export function appleMailForward(newText: string[], m: ChainMessage): string {
  const row = (label: string, value: string): string =>
    `<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>${label}: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">${value}<br></span></div>`;
  return (
    `<html><head></head><body>${newText.map((t) => `<div>${esc(t)}</div>`).join("")}<div><br>` +
    '<blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline">' +
    row("From", esc(display(m.from))) +
    row("Subject", `<b>${esc(m.subject)}</b>`) +
    row("Date", esc(m.sent)) +
    row("To", htmlList(m.to)) +
    (m.cc && m.cc.length > 0 ? row("Cc", htmlList(m.cc)) : "") +
    `<br><div>${m.text.map((t) => `<div>${esc(t)}</div>`).join("")}</div></blockquote></div></body></html>`
  );
}

/** Thunderbird reply: moz-cite-prefix attribution with the name only. */
export function thunderbirdReply(newText: string[], chain: ChainMessage[]): string {
  const quote = (i: number): string => {
    const m = chain[i];
    if (!m) return "";
    return (
      `<div class="moz-cite-prefix">On ${esc(m.sent)}, ${esc(m.from.name ?? m.from.address ?? "")} wrote:<br></div>` +
      `<blockquote type="cite" cite="mid:${i}a1b2c3@surreyheath-council.example">${m.text
        .map((t) => `<p>${esc(t)}</p>`)
        .join("")}${quote(i + 1)}</blockquote>`
    );
  };
  return (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' +
    `${newText.map((t) => `<p>${esc(t)}</p>`).join("")}${quote(0)}</body></html>`
  );
}

/** Outlook plain text: "-----Original Message-----" blocks, one after another. */
export function outlookText(newText: string[], chain: ChainMessage[]): string {
  let text = `${newText.join("\n\n")}\n\n${OFFICER_SIGNATURE.join("\n")}\n`;
  for (const m of chain) {
    text +=
      `\n-----Original Message-----\nFrom: ${display(m.from)}\nSent: ${m.sent}\nTo: ${displayList(m.to)}\n` +
      (m.cc && m.cc.length > 0 ? `Cc: ${displayList(m.cc)}\n` : "") +
      `Subject: ${m.subject}\n\n${m.text.join("\n\n")}\n`;
  }
  return text;
}
