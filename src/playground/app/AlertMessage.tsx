/**
 * A Smart Alert's message as Outlook shows it: `errorMessageMarkdown` (Mailbox 1.15) when given,
 * else `errorMessage`, as text. Only the little Markdown the dialog supports is read (numbered
 * lines, **bold**, *italic*, backslash escapes); everything becomes React text, never HTML.
 */
import type { ReactNode } from "react";

/** **bold**, *italic* and \-escapes in one line, as React nodes. */
export function inlineMarkdown(line: string): ReactNode[] {
  const out: ReactNode[] = [];
  let text = "";
  let bold: ReactNode[] | undefined;
  let italic: ReactNode[] | undefined;
  const target = (): ReactNode[] => italic ?? bold ?? out;
  const flush = () => {
    if (text !== "") target().push(text);
    text = "";
  };
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === "\\" && i + 1 < line.length) {
      text += line.charAt(++i);
    } else if (c === "*" && line.charAt(i + 1) === "*") {
      flush();
      i++;
      if (bold && !italic) {
        const done = bold;
        bold = undefined;
        target().push(<strong key={`b${i}`}>{done}</strong>);
      } else if (!bold) bold = [];
      else text += "**";
    } else if (c === "*") {
      flush();
      if (italic) {
        const done = italic;
        italic = undefined;
        target().push(<em key={`i${i}`}>{done}</em>);
      } else italic = [];
    } else text += c;
  }
  flush();
  // An emphasis never closed: its text stays, without the emphasis.
  if (italic) (bold ?? out).push(...italic);
  if (bold) out.push(...bold);
  return out;
}

export function AlertMessage(props: { plain?: string; markdown?: string }) {
  const source = props.markdown ?? props.plain ?? "";
  const read = props.markdown !== undefined ? inlineMarkdown : (line: string) => [line];
  const blocks: ReactNode[] = [];
  let items: ReactNode[] = [];
  const endList = (key: number) => {
    if (items.length > 0) blocks.push(<ol key={`ol${key}`}>{items}</ol>);
    items = [];
  };
  source.split("\n").forEach((line, i) => {
    const numbered = /^\d+\.\s+(\S.*)$/.exec(line);
    if (numbered) {
      items.push(<li key={i}>{read(numbered[1] ?? "")}</li>);
      return;
    }
    endList(i);
    if (line.trim() !== "") blocks.push(<p key={i}>{read(line)}</p>);
  });
  endList(-1);
  return <div>{blocks}</div>;
}
