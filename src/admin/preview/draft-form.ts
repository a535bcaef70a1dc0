/** The preview's sample draft: what the Monitoring Officer types, turned into core's Draft. */
import { makeDraft, type ComposeType, type Draft, type Recipient } from "../../core";

export interface DraftForm {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  composeType: ComposeType;
}

export const EMPTY_FORM: DraftForm = {
  to: "",
  cc: "",
  bcc: "",
  subject: "",
  body: "",
  composeType: "new",
};

/** Splits on "," and ";" outside quotes and angle brackets ("Doe, Jane" <j@x> stays whole). */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  let angle = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "<" && !quoted) angle = true;
    else if (ch === ">" && !quoted) angle = false;
    if ((ch === "," || ch === ";") && !quoted && !angle) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** `Cllr Jane Doe <jane@x>; bob@y` → recipients, as Outlook's address box would resolve them. */
export function parseRecipients(text: string): Recipient[] {
  return splitList(text).map((part) => {
    // The last "<…>" ending the part is the address (by index: a regular expression here
    // backtracks over every "<" of a long name).
    const open = part.lastIndexOf("<");
    const close = part.indexOf(">", open);
    if (open >= 0 && close > open && part.slice(close + 1).trim() === "") {
      const name = part
        .slice(0, open)
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .trim();
      const address = part.slice(open + 1, close).trim();
      return name ? { name, address } : { address };
    }
    return { address: part.replace(/^"(.*)"$/, "$1") };
  });
}

/** "Cllr Jane Doe <jane.doe@council.example>" for the preview's address boxes. */
export function formatRecipient(name: string, address: string): string {
  return /[,;"]/.test(name) ? `"${name.replace(/"/g, "")}" <${address}>` : `${name} <${address}>`;
}

export function formToDraft(form: DraftForm): Draft {
  return makeDraft({
    to: parseRecipients(form.to),
    cc: parseRecipients(form.cc),
    bcc: parseRecipients(form.bcc),
    subject: form.subject,
    body: { type: "text", content: form.body },
    composeType: form.composeType,
  });
}
