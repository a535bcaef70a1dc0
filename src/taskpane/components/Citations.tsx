/**
 * A finding's passages from the protocol: the main one always, the others (a rule may rest on
 * several paragraphs) behind one button, so a card stays short in a 320 px pane.
 */
import { useId, useState } from "react";
import type { Citation } from "../../core/findings";
import { CitationQuote } from "./CitationQuote";
import { DisclosureButton } from "./DisclosureButton";

export function Citations({ citations }: { citations: readonly Citation[] }) {
  const [open, setOpen] = useState(false);
  const moreId = useId();
  const [main, ...more] = citations;
  if (!main) return null;
  return (
    <>
      <CitationQuote citation={main} />
      {more.length > 0 && (
        <>
          <DisclosureButton open={open} controls={moreId} onToggle={() => setOpen(!open)}>
            {open
              ? "Fewer passages"
              : `${more.length} more ${more.length === 1 ? "passage" : "passages"} from the protocol`}
          </DisclosureButton>
          <div id={moreId} hidden={!open}>
            {more.map((citation, i) => (
              <CitationQuote key={`${i} ${citation.paragraph}`} citation={citation} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
