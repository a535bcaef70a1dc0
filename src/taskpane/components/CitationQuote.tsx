/** The council's paragraph and a short quotation from it, expandable to the whole passage. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Citation } from "../../core/findings";
import { shortQuote } from "../model/headline";
import { DisclosureButton } from "./DisclosureButton";

const useStyles = makeStyles({
  citation: { margin: `${tokens.spacingVerticalS} 0 0` },
  source: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  quote: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontStyle: "italic",
    overflowWrap: "anywhere",
  },
});

export function CitationQuote({ citation }: { citation: Citation }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const quoteId = useId();
  const { text, cut } = shortQuote(citation.quote);
  return (
    <figure className={styles.citation}>
      <figcaption className={styles.source}>
        {citation.council} {citation.paragraph}
      </figcaption>
      <blockquote id={quoteId} className={styles.quote}>
        “{open ? citation.quote : text}”
      </blockquote>
      {cut && (
        <DisclosureButton open={open} controls={quoteId} onToggle={() => setOpen(!open)}>
          {open ? "Show less" : "Show the whole passage"}
        </DisclosureButton>
      )}
    </figure>
  );
}
