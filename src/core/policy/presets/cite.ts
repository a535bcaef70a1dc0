import type { Citation } from "../../findings";

/** A citation maker bound to one council's short name, so a preset cannot mislabel a quote. */
export function citationsFor(council: string): (paragraph: string, quote: string) => Citation {
  return (paragraph, quote) => ({ council, paragraph, quote });
}
