/**
 * A policy.json laid over its preset. Pure, and free of the presets themselves: the on-send script
 * fetches its preset as JSON (config/presets/<id>.json, written by the build from ./presets), while
 * the CLI, the admin page and ./load take it from ./presets directly.
 */
import type { Citation } from "../findings";
import {
  RULE_IDS,
  type PolicyCitation,
  type PolicyFile,
  type Preset,
  type PresetRule,
  type ResolvedPolicy,
  type ResolvedRule,
  type RuleId,
  type RuleOptionsMap,
} from "./types";

/** One rule's entry in policy.json. */
type RuleOverride<K extends RuleId> = NonNullable<NonNullable<PolicyFile["rules"]>[K]>;

/**
 * The preset's rule with policy.json's entry laid over it: severity and each named option replace
 * the preset's (a list replaces the whole list, so a Monitoring Officer can also remove words).
 * `overridden` names only settings whose value actually differs from the preset.
 */
function resolveRule<K extends RuleId>(
  base: PresetRule<K>,
  { severity = base.severity, options = {}, citations }: RuleOverride<K>,
  own: boolean,
  name: string,
): ResolvedRule<K> {
  const overridden = severity === base.severity ? [] : ["severity"];
  for (const name of Object.keys(options) as Array<keyof RuleOptionsMap[K] & string>) {
    const value = options[name];
    // Options are JSON-shaped (booleans, numbers, strings, lists), so JSON is an exact test.
    const differs = JSON.stringify(value) !== JSON.stringify(base.options[name]);
    if (value !== undefined && differs) overridden.push(name);
  }
  return {
    severity,
    options: Object.assign({}, base.options, options),
    // The council's own paragraphs replace the preset's. A council that names its own protocol
    // is never shown another council's paragraphs (nor the preset's note, which argues from them).
    citations: citations ? citations.map(citeAs(name)) : own ? [] : base.citations,
    note: own ? undefined : base.note,
    overridden,
  };
}

function citeAs(council: string): (citation: PolicyCitation) => Citation {
  return ({ paragraph, quote }) => ({ council, paragraph, quote });
}

/**
 * The name a policy's own citations go by: its protocol's `name`; failing that (citations without
 * a `protocol`), the council's own name, or the preset's short name.
 */
function citationName(file: PolicyFile, preset: Preset): string {
  return file.protocol?.name ?? file.council ?? preset.short;
}

/**
 * The preset with policy.json's settings applied (a file naming only the preset = the preset).
 * `preset` must be the one `file.preset` names; the result shares nothing with either argument.
 */
export function resolvePolicy(file: PolicyFile, preset: Preset): ResolvedPolicy {
  const rules = {} as Record<RuleId, ResolvedRule>;
  const overrides = file.rules || {};
  const short = citationName(file, preset);
  const own = file.protocol !== undefined;
  for (const id of RULE_IDS)
    rules[id] = resolveRule(preset.rules[id], overrides[id] || {}, own, short);
  const policy: ResolvedPolicy = {
    preset: preset.id,
    council: file.council ?? preset.council,
    short: file.protocol || preset.id === "none" ? short : preset.short,
    protocol: file.protocol,
    version: file.version,
    updated: file.updated,
    // Each rule was resolved from its own preset rule and override, so it has its own options.
    rules: rules as ResolvedPolicy["rules"],
    // Every preset says "allow": the manifest uses SoftBlock, whose promise is that mail still
    // goes when the add-in is unavailable. An add-in outage must not stop a council's email;
    // a Monitoring Officer who prefers to hold mail can say "block" in policy.json.
    whenConfigUnavailable: file.whenConfigUnavailable ?? preset.whenConfigUnavailable,
  };
  // A JSON copy (all of it is JSON-shaped) shares nothing with the arguments, and leaves out what
  // is undefined (a policy without a version, a rule without a note) rather than listing it.
  return JSON.parse(JSON.stringify(policy)) as ResolvedPolicy;
}
