/**
 * Long chains in each client's shape, for chain and linearity tests. Message 0 is the newest
 * (directly below the officer's text); each message quotes the next.
 */
import type { DraftBody } from "../../../src/core/draft";

export interface ChainEntry {
  name: string;
  address: string;
  /** "Surname, Forename" as Outlook shows it. */
  outlookName: string;
  sent: string;
  subject: string;
  text: string;
}

const PEOPLE = [
  { name: "Jane Doe", outlookName: "Doe, Jane", address: "jane.doe@surreyheath-council.example" },
  {
    name: "Amir Khan",
    outlookName: "Khan, Amir",
    address: "amir.khan@surreyheath-council.example",
  },
  {
    name: "Priya Patel",
    outlookName: "Patel, Priya",
    address: "priya.patel@surreyheath.gov.example",
  },
  { name: "Tom Baker", outlookName: "Baker, Tom", address: "tom.baker@mail.example" },
];

const WARDS = ["Frimley Green", "Mytchett & Deepcut", "Heatherside", "Lightwater", "Bisley"];

/** `count` messages, newest first, cycling through the synthetic people. */
export function chainEntries(count: number): ChainEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const person = PEOPLE[i % PEOPLE.length] ?? PEOPLE[0]!;
    const ward = WARDS[i % WARDS.length] ?? "Frimley Green";
    const day = 28 - (i % 28);
    return {
      ...person,
      sent: `${day} November 2026 ${String(9 + (i % 8)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`,
      subject: i === count - 1 ? `Drainage in ${ward}` : `RE: Drainage in ${ward}`,
      text: `Message ${i} about the drainage in ${ward}.`,
    };
  });
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const next = (chain: ChainEntry[], i: number): ChainEntry => chain[(i + 1) % chain.length]!;

const OFFICER_HTML =
  '<p class="MsoNormal">Thanks all, see below.<o:p></o:p></p><p class="MsoNormal">Priya<o:p></o:p></p>';

export function outlookDesktopChain(chain: ChainEntry[], padding = ""): DraftBody {
  let html =
    '<html><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body><div class="WordSection1">' +
    OFFICER_HTML;
  chain.forEach((m, i) => {
    const to = next(chain, i);
    html +=
      '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
      `<p class="MsoNormal"><b>From:</b> ${esc(m.outlookName)} &lt;${m.address}&gt; <br>` +
      `<b>Sent:</b> ${m.sent}<br><b>To:</b> ${esc(to.outlookName)} &lt;${to.address}&gt;<br>` +
      `<b>Subject:</b> ${esc(m.subject)}<o:p></o:p></p></div></div>` +
      `<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">${esc(m.text)}<o:p></o:p></p>${padding}`;
  });
  return { type: "html", content: `${html}</div></body></html>` };
}

export function outlookWebChain(chain: ChainEntry[]): DraftBody {
  let html =
    '<html><body dir="ltr"><div class="elementToProof">Thanks all, see below.</div><div class="elementToProof">Priya</div>';
  let prefix = "";
  let closing = "";
  chain.forEach((m, i) => {
    const to = next(chain, i);
    html +=
      `<div id="${prefix}appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">` +
      `<div id="${prefix}divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">` +
      `<b>From:</b> ${esc(m.outlookName)} &lt;${m.address}&gt;<br><b>Sent:</b> ${m.sent}<br>` +
      `<b>To:</b> ${esc(to.outlookName)} &lt;${to.address}&gt;<br><b>Subject:</b> ${esc(m.subject)}</font><div>&nbsp;</div></div>` +
      `<div dir="ltr"><div class="${prefix}x_elementToProof">${esc(m.text)}</div>`;
    closing += "</div>";
    prefix += "x_";
  });
  return { type: "html", content: `${html}${closing}</body></html>` };
}

export function gmailChain(chain: ChainEntry[]): DraftBody {
  let html = '<div dir="ltr">Thanks all, see below.<div><br></div><div>Priya</div></div>';
  let closing = "";
  for (const m of chain) {
    html +=
      `<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On ${m.sent}, ${esc(m.name)} &lt;<a href="mailto:${m.address}">${m.address}</a>&gt; wrote:<br></div>` +
      `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">${esc(m.text)}</div>`;
    closing += "</blockquote></div>";
  }
  return { type: "html", content: html + closing };
}

export function appleMailChain(chain: ChainEntry[]): DraftBody {
  let html =
    '<html><body style="overflow-wrap: break-word;">Thanks all, see below.<div><br></div><div>Priya</div>';
  let closing = "";
  for (const m of chain) {
    html +=
      `<div><br><blockquote type="cite"><div>On ${m.sent}, ${esc(m.name)} &lt;${m.address}&gt; wrote:</div>` +
      `<br class="Apple-interchange-newline"><div>${esc(m.text)}</div>`;
    closing += "</blockquote></div>";
  }
  return { type: "html", content: `${html}${closing}</body></html>` };
}

export function thunderbirdChain(chain: ChainEntry[]): DraftBody {
  let html = "<html><body><p>Thanks all, see below.</p><p>Priya</p>";
  let closing = "";
  chain.forEach((m, i) => {
    html +=
      `<div class="moz-cite-prefix">On ${m.sent}, ${esc(m.name)} wrote:<br></div>` +
      `<blockquote type="cite" cite="mid:message-${i}@mail.example"><p>${esc(m.text)}</p>`;
    closing += "</blockquote>";
  });
  return { type: "html", content: `${html}${closing}</body></html>` };
}

export function outlookTextChain(chain: ChainEntry[]): DraftBody {
  let text = "Thanks all, see below.\n\nPriya\n";
  chain.forEach((m, i) => {
    const to = next(chain, i);
    text +=
      `\n-----Original Message-----\nFrom: ${m.outlookName} <${m.address}>\nSent: ${m.sent}\n` +
      `To: ${to.outlookName} <${to.address}>\nSubject: ${m.subject}\n\n${m.text}\n`;
  });
  return { type: "text", content: text };
}

export function textQuoteChain(chain: ChainEntry[]): DraftBody {
  let text = "Thanks all, see below.\n\nPriya\n";
  chain.forEach((m, depth) => {
    const prefix = depth === 0 ? "" : `${">".repeat(depth)} `;
    const inner = `${">".repeat(depth + 1)} `;
    text += `\n${prefix}On ${m.sent}, ${m.name} <${m.address}> wrote:\n${inner}${m.text}\n${inner}\n`;
  });
  return { type: "text", content: text };
}
