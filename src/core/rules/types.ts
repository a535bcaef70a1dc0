import type { Fix, FixKind, FindingPerson, SeveritySetting } from "../findings";
import type { MemberDirectory } from "../directory/types";
import type { RuleId, RuleOptionsMap } from "../policy/types";
import type { DraftAnalysis } from "../analyse";

/** What a rule is, for the admin page, the docs and the task pane (after ESLint's rule meta). */
export interface RuleMeta<K extends RuleId> {
  id: K;
  /** Short and officer-facing: "Blind copies to members". */
  title: string;
  /** One paragraph in plain English: what the rule looks for and why. */
  description: string;
  /** The severity when neither the preset nor policy.json says otherwise. */
  defaultSeverity: SeveritySetting;
  defaultOptions: RuleOptionsMap[K];
  /** Plain-English meaning of each option, for the admin page. */
  optionDocs: { [O in keyof RuleOptionsMap[K]]: string };
  /** The fixes its findings can offer. */
  fixes: FixKind[];
}

/** One problem a rule found; the engine adds the rule id, severity, title and citations. */
export interface RuleReport {
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
}

export interface Rule<K extends RuleId> {
  meta: RuleMeta<K>;
  check(context: RuleContext<K>): RuleReport[];
}
