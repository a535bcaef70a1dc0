import type { Recipient, RecipientField } from "./draft";

export type Severity = "inform" | "warn" | "block";
export type SeveritySetting = "off" | Severity;
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ["off", "inform", "warn", "block"];

/** Higher is more serious. */
export const SEVERITY_RANK: Record<Severity, number> = { inform: 1, warn: 2, block: 3 };

/** A paragraph of a council's protocol, quoted in a finding. */
export interface Citation {
  /** The short council name used in citations, e.g. "Surrey Heath". */
  council: string;
  /** The protocol's own paragraph number or heading, e.g. "7.1" or "Local Member Protocol". */
  paragraph: string;
  /** A short quotation, verbatim. */
  quote: string;
}

export function formatCitation(c: Citation): string {
  return `${c.council} ${c.paragraph}: “${c.quote}”`;
}

/** Somebody a finding is about, as the officer would recognise them. */
export interface FindingPerson {
  name: string;
  address?: string;
  memberId?: string;
  /** Ward names, for members. */
  wards?: string[];
  /** Role titles, for members. */
  roles?: string[];
}

export interface RecipientRef {
  field: RecipientField;
  address: string;
  name?: string;
}

/** A member the officer may add, as offered by `add-local-members`. */
export interface CandidateRecipient extends Recipient {
  memberId: string;
  ward: string;
  role?: string;
}

export type Fix =
  | { kind: "move-to-cc"; label: string; recipients: RecipientRef[] }
  | { kind: "remove"; label: string; recipients: RecipientRef[] }
  /**
   * Take them off this email and open a new one to them alone, in Bcc, with the same subject
   * and body: people outside the council stay hidden from each other and from the member.
   */
  | { kind: "send-separately"; label: string; recipients: RecipientRef[] }
  | { kind: "remove-quoted-history"; label: string }
  | { kind: "remove-attached-emails"; label: string; attachments: { id?: string; name?: string }[] }
  | {
      kind: "record-consent";
      label: string;
      memberIds: string[];
      rule: string;
      /** Other rules the same act falls under: the one record covers them too. */
      alsoRules?: string[];
      /**
       * Not an agreement but an exception the protocol allows (e.g. the enquirer asked that no
       * other member be copied): the officer must say why.
       */
      exception?: boolean;
    }
  | {
      kind: "add-local-members";
      label: string;
      field: "to" | "cc";
      candidates: CandidateRecipient[];
    };

export type FixKind = Fix["kind"];

export interface Finding {
  rule: string;
  severity: Severity;
  /** The rule's title, e.g. "Blind copies to members". */
  title: string;
  /** One plain-English sentence or two naming the people involved. */
  message: string;
  /** The main citation, formatted: `Surrey Heath 7.1: “…”`. */
  citation: string;
  citations: Citation[];
  /** Addresses of the recipients concerned (as written in the draft). */
  recipients: string[];
  people: FindingPerson[];
  fixes: Fix[];
  /** Other rules the same act breaks, cited with it (one act gives one finding). */
  alsoRules?: string[];
  /** The members whose recorded consent would make this acceptable. */
  consentFrom?: string[];
}

/** Findings ordered block, warn, inform (stable within a severity). */
export function sortFindings(findings: Finding[]): Finding[] {
  // Filtering per severity rather than Array#sort, which was not stable before ES2019.
  const withSeverity = (severity: Severity): Finding[] =>
    findings.filter((f) => f.severity === severity);
  return [...withSeverity("block"), ...withSeverity("warn"), ...withSeverity("inform")];
}

/** The most serious severity among findings, or undefined when there are none. */
export function highestSeverity(findings: readonly Finding[]): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) {
    if (!best || SEVERITY_RANK[f.severity] > SEVERITY_RANK[best]) best = f.severity;
  }
  return best;
}
