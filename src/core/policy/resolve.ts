/**
 * A policy.json laid over its preset. Pure, and free of the presets themselves: the on-send script
 * fetches its preset as JSON (config/presets/<id>.json, written by the build from ./presets), while
 * the CLI, the admin page and ./load take it from ./presets directly.
 */
import type {
  PolicyFile,
  Preset,
  PresetRule,
  ResolvedPolicy,
  ResolvedRule,
  RuleId,
  RuleOptionsMap,
} from "./types";

/** One rule's entry in policy.json. */
type RuleOverride<K extends RuleId> = NonNullable<PolicyFile["rules"]>[K];

/** JSON-shaped data only (booleans, numbers, strings, arrays), so JSON is an exact copy and test. */
function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The preset's rule with policy.json's entry laid over it: severity and each named option replace
 * the preset's (a list replaces the whole list, so a Monitoring Officer can also remove words).
 * `overridden` names only settings whose value actually differs from the preset.
 */
function resolveRule<K extends RuleId>(
  base: PresetRule<K>,
  override: RuleOverride<K> | undefined,
): ResolvedRule<K> {
  const optionOverrides: Partial<RuleOptionsMap[K]> = override?.options ?? {};
  const overridden: string[] = [];
  if (override?.severity !== undefined && override.severity !== base.severity) {
    overridden.push("severity");
  }
  for (const name of Object.keys(optionOverrides) as Array<keyof RuleOptionsMap[K] & string>) {
    const value = optionOverrides[name];
    if (value !== undefined && !sameJson(value, base.options[name])) overridden.push(name);
  }
  return {
    severity: override?.severity ?? base.severity,
    options: copyJson({ ...base.options, ...optionOverrides }),
    citations: base.citations.map((citation) => ({ ...citation })),
    ...(base.note !== undefined ? { note: base.note } : {}),
    overridden,
  };
}

/**
 * The preset with policy.json's settings applied (a file naming only the preset = the preset).
 * `preset` must be the one `file.preset` names; the result shares nothing with either argument.
 */
export function resolvePolicy(file: PolicyFile, preset: Preset): ResolvedPolicy {
  const rules = file.rules ?? {};
  return {
    preset: preset.id,
    council: file.council ?? preset.council,
    short: preset.short,
    ...(file.version !== undefined ? { version: file.version } : {}),
    ...(file.updated !== undefined ? { updated: file.updated } : {}),
    // Written out rule by rule so the compiler checks each rule's options against its own type.
    rules: {
      "bcc-to-members": resolveRule(preset.rules["bcc-to-members"], rules["bcc-to-members"]),
      "member-enquiry-forwarded": resolveRule(
        preset.rules["member-enquiry-forwarded"],
        rules["member-enquiry-forwarded"],
      ),
      "portfolio-holder-copied": resolveRule(
        preset.rules["portfolio-holder-copied"],
        rules["portfolio-holder-copied"],
      ),
      "local-members-not-copied": resolveRule(
        preset.rules["local-members-not-copied"],
        rules["local-members-not-copied"],
      ),
    },
    // Every preset says "allow": the manifest uses SoftBlock, whose promise is that mail still
    // goes when the add-in is unavailable. An add-in outage must not stop a council's email;
    // a Monitoring Officer who prefers to hold mail can say "block" in policy.json.
    whenConfigUnavailable: file.whenConfigUnavailable ?? preset.whenConfigUnavailable,
  };
}
