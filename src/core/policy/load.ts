/**
 * policy.json → ResolvedPolicy: validate against config/policy.schema.json, then lay the file's
 * overrides over its preset. Pure: the caller reads the file (fetch, fs, the admin page's editor).
 */
import { parseJson } from "../config/json";
import { checkPolicyFile } from "../config/schemas";
import { getPreset } from "./presets";
import type {
  PolicyFile,
  PresetId,
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

/** The preset with policy.json's settings applied (a file naming only the preset = the preset). */
function resolve(file: PolicyFile): ResolvedPolicy {
  const preset = getPreset(file.preset);
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

/**
 * Validates parsed policy.json data and resolves it over its preset. Throws a ConfigError whose
 * message names the file, the JSON pointer and the problem in plain English, e.g.
 * `config/policy.json: /rules/bcc-to-members/severity: must be one of "off", "inform", "warn", "block"`.
 */
export function loadPolicy(json: unknown, file: string): ResolvedPolicy {
  return resolve(checkPolicyFile(json, file));
}

/** loadPolicy for the file's text, reporting a JSON syntax error the same way. */
export function loadPolicyText(text: string, file: string): ResolvedPolicy {
  return loadPolicy(parseJson(text, file), file);
}

/** A preset as a ResolvedPolicy with nothing overridden: the policy when policy.json names only it. */
export function resolvePreset(id: PresetId): ResolvedPolicy {
  return resolve({ preset: id });
}
