/** The engine's public surface: what the CLI, the Office adapter, the task pane and the admin page use. */
export * from "./draft";
export * from "./findings";
export { check, checkAnalysis, checkDraft, type CheckResult, type RuleFailure } from "./check";
export { applyFix, type FixInput } from "./fixes";
export {
  analyseDraft,
  type DraftAnalysis,
  type ResolvedRecipient,
  type EarlierMessage,
} from "./analyse";
export { parseQuotedHistory, removeQuotedHistory } from "./quoted";
export type { QuotedHistory, QuotedMessage, QuoteStyle } from "./quoted/types";
export { loadDirectory } from "./directory/load";
export type * from "./directory/types";
export { loadPolicy, resolvePreset } from "./policy/load";
export { PRESETS, getPreset } from "./policy/presets";
export * from "./policy/types";
export { RULES } from "./rules";
export { RULE_DOCS } from "./rules/docs";
export type { Rule, RuleDocs, RuleMeta, RuleReport } from "./rules/types";
export { ConfigError } from "./config/errors";
export { parseJson } from "./config/json";
export { validateAgainstSchema } from "./config/validate";
export { checkPolicyFile, checkDirectoryFile, checkPostcodeShard } from "./config/schemas";
