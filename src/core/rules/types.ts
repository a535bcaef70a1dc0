import type { Fix, FixKind, FindingPerson, SeveritySetting } from "../findings";
import type { MemberDirectory } from "../directory/types";
import type { RuleId, RuleOptionsMap } from "../policy/types";
import type { DraftAnalysis } from "../analyse";
import type { Correspondence } from "./helpers/correspondence";

/**
 * What a rule is, wherever it runs (after ESLint's rule meta): only what running it needs. The
 * rest of what one would say about it is in its RuleDocs.
 */
export interface RuleMeta<K extends RuleId> {
  id: K;
  /** Short and officer-facing: "Blind copies to members". */
  title: string;
}

/**
 * What the admin page explains about a rule. Exported beside the rule, not inside its meta, so
 * code that only runs rules (the on-send script, ≤ 60 KB) does not carry it: see ./docs.
 */
export interface RuleDocs<K extends RuleId> {
  /** The severity when neither the preset nor policy.json says otherwise. */
  defaultSeverity: SeveritySetting;
  /** The fixes its findings can offer. */
  fixes: FixKind[];
  /** One paragraph in plain English: what the rule looks for and why. */
  description: string;
  /** The options' values when neither the preset nor policy.json sets them (a fresh copy each time). */
  readonly defaultOptions: RuleOptionsMap[K];
  /** Plain-English meaning of each option. */
  optionDocs: { [O in keyof RuleOptionsMap[K]]: string };
}

/** One problem a rule found; the engine adds the rule id, severity, title and citations. */
export interface RuleReport {
  /** When the rule's title would not be true of these people (see RuleMeta.title). */
  title?: string;
  message: string;
  people: FindingPerson[];
  /** Addresses of the draft's recipients concerned, as written. */
  recipients: string[];
  fixes: Fix[];
  /**
   * The members whose recorded consent would make this acceptable. When every one of them has
   * a consent recorded for this rule (or for every rule), the report is dropped.
   */
  consentFrom?: string[];
}

export interface RuleContext<K extends RuleId> {
  analysis: DraftAnalysis;
  directory: MemberDirectory;
  options: RuleOptionsMap[K];
  /** What the draft is (enquiry, ward-wide matter, casework), read once for every rule. */
  correspondence(): Correspondence;
}

export interface Rule<K extends RuleId> {
  meta: RuleMeta<K>;
  check(context: RuleContext<K>): RuleReport[];
}
