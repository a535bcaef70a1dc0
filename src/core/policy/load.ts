/**
 * policy.json → ResolvedPolicy: validate against config/policy.schema.json, then lay the file's
 * overrides over its preset (./resolve). Pure: the caller reads the file (fetch, fs, the admin
 * page's editor). The presets come from ./presets, compiled in; the on-send script instead
 * fetches the one it needs (src/office/config-loader.ts) and calls resolvePolicy itself.
 */
import { parseJson } from "../config/json";
import { checkPolicyFile } from "../config/schemas";
import { getPreset } from "./presets";
import { resolvePolicy } from "./resolve";
import type { PresetId, ResolvedPolicy } from "./types";

/**
 * Validates parsed policy.json data and resolves it over its preset. Throws a ConfigError whose
 * message names the file, the JSON pointer and the problem in plain English, e.g.
 * `config/policy.json: /rules/bcc-to-members/severity: must be one of "off", "inform", "warn", "block"`.
 */
export function loadPolicy(json: unknown, file: string): ResolvedPolicy {
  const policy = checkPolicyFile(json, file);
  return resolvePolicy(policy, getPreset(policy.preset));
}

/** loadPolicy for the file's text, reporting a JSON syntax error the same way. */
export function loadPolicyText(text: string, file: string): ResolvedPolicy {
  return loadPolicy(parseJson(text, file), file);
}

/** A preset as a ResolvedPolicy with nothing overridden: the policy when policy.json names only it. */
export function resolvePreset(id: PresetId): ResolvedPolicy {
  return resolvePolicy({ preset: id }, getPreset(id));
}
