/**
 * Checks that every quotation a policy.json gives appears word for word in its protocol's text
 * (protocol.text). Tolerant only of what copying text changes: runs of white space (line breaks,
 * non-breaking spaces) count as one space, and curly and straight quote marks are the same.
 */
import { ConfigError } from "../config/errors";
import { RULE_IDS, type PolicyFile } from "./types";

/** Text folded for comparison: quote marks straightened, white space runs as one space. */
export function foldProtocolText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** Throws a ConfigError naming the rule and paragraph of the first quotation not in `text`. */
export function checkQuotesInProtocol(policy: PolicyFile, text: string, file: string): void {
  const folded = foldProtocolText(text);
  for (const id of RULE_IDS) {
    (policy.rules?.[id]?.citations ?? []).forEach(({ paragraph, quote }, i) => {
      if (folded.includes(foldProtocolText(quote))) return;
      throw new ConfigError(
        file,
        `/rules/${id}/citations/${i}/quote`,
        `the quotation for paragraph ${paragraph} is not in ${policy.protocol?.text ?? "the protocol"} word for word`,
      );
    });
  }
}
