/**
 * Pure edits of policy.json. A setting equal to the preset's is removed from the file, so the
 * file names only what the Monitoring Officer changed ("Rules not named take the preset's
 * settings", DESIGN.md) and a rule returned to the preset follows the preset again.
 */
import {
  getPreset,
  RULE_IDS,
  type PolicyFile,
  type PolicyPresetId,
  type RuleId,
  type RuleOptionsMap,
  type SeveritySetting,
} from "../../core";
import { copyJson, sameJson } from "./json";

type RuleEntry = { severity?: SeveritySetting; options?: Record<string, unknown> };
type LooseRules = Partial<Record<RuleId, RuleEntry>>;

/** The rule settings officers get from this file: the preset's, with the file's laid over them. */
export interface EffectiveRule<K extends RuleId = RuleId> {
  severity: SeveritySetting;
  options: RuleOptionsMap[K];
}

export function effectiveRule<K extends RuleId>(policy: PolicyFile, id: K): EffectiveRule<K> {
  const preset = getPreset(policy.preset).rules[id];
  const entry = (policy.rules as LooseRules | undefined)?.[id];
  return {
    severity: entry?.severity ?? preset.severity,
    options: copyJson({ ...preset.options, ...(entry?.options ?? {}) }) as RuleOptionsMap[K],
  };
}

export function effectiveWhenUnavailable(policy: PolicyFile): "allow" | "block" {
  return policy.whenConfigUnavailable ?? getPreset(policy.preset).whenConfigUnavailable;
}

/** Drops settings equal to the preset's, empty option objects and empty rule entries. */
function prune(policy: PolicyFile): PolicyFile {
  const preset = getPreset(policy.preset);
  const rules: LooseRules = {};
  for (const id of RULE_IDS) {
    const entry = (policy.rules as LooseRules | undefined)?.[id];
    if (!entry) continue;
    const base = preset.rules[id];
    const next: RuleEntry = {};
    if (entry.severity !== undefined && entry.severity !== base.severity) {
      next.severity = entry.severity;
    }
    const options: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(entry.options ?? {})) {
      const presetValue = (base.options as unknown as Record<string, unknown>)[name];
      if (value !== undefined && !sameJson(value, presetValue)) options[name] = value;
    }
    if (Object.keys(options).length > 0) next.options = options;
    if (next.severity !== undefined || next.options !== undefined) rules[id] = next;
  }
  const result: PolicyFile = { ...policy };
  if (Object.keys(rules).length > 0) result.rules = rules as PolicyFile["rules"];
  else delete result.rules;
  return result;
}

function withEntry(policy: PolicyFile, id: RuleId, change: (entry: RuleEntry) => RuleEntry) {
  const rules: LooseRules = { ...((policy.rules as LooseRules | undefined) ?? {}) };
  rules[id] = change({ ...(rules[id] ?? {}) });
  return prune({ ...policy, rules: rules as PolicyFile["rules"] });
}

export function setSeverity(policy: PolicyFile, id: RuleId, severity: SeveritySetting): PolicyFile {
  return withEntry(policy, id, (entry) => ({ ...entry, severity }));
}

export function setOption<K extends RuleId, O extends keyof RuleOptionsMap[K] & string>(
  policy: PolicyFile,
  id: K,
  name: O,
  value: RuleOptionsMap[K][O],
): PolicyFile {
  return withEntry(policy, id, (entry) => ({
    ...entry,
    options: { ...(entry.options ?? {}), [name]: copyJson(value) },
  }));
}

/** The rule follows the preset entirely again. */
export function resetRule(policy: PolicyFile, id: RuleId): PolicyFile {
  const rules: LooseRules = { ...((policy.rules as LooseRules | undefined) ?? {}) };
  delete rules[id];
  return prune({ ...policy, rules: rules as PolicyFile["rules"] });
}

/**
 * Another council's protocol as the starting point. The Monitoring Officer's own settings are
 * kept (those now equal to the new preset drop out); `resetAll` follows the new preset entirely.
 */
export function setPreset(
  policy: PolicyFile,
  preset: PolicyPresetId,
  resetAll = false,
): PolicyFile {
  const next: PolicyFile = { ...policy, preset };
  if (resetAll) delete next.rules;
  return prune(next);
}

export function setWhenUnavailable(policy: PolicyFile, value: "allow" | "block"): PolicyFile {
  return { ...policy, whenConfigUnavailable: value };
}

export type PolicyTextField = "council" | "version" | "updated" | "notes";

/** A text setting; an empty value removes it from the file (each is optional). */
export function setPolicyText(
  policy: PolicyFile,
  field: PolicyTextField,
  value: string,
): PolicyFile {
  const next = { ...policy } as PolicyFile & { notes?: string };
  if (value === "") delete next[field];
  else next[field] = value;
  return next;
}
