/**
 * What the edited policy changes, setting by setting: against the preset (what the protocol
 * says) and against the live file (what officers get today). Values compared are the effective
 * ones, so a setting written out but equal to the preset is not "changed".
 */
import { getPreset, RULE_IDS, type PolicyFile, type RuleId } from "../../core";
import { sameJson } from "./json";
import { effectiveRule, effectiveWhenUnavailable } from "./policy-edit";

export interface SettingChange {
  /** "severity" or the option's name. */
  name: string;
  current: unknown;
  preset: unknown;
  /** Undefined when there is no live file to compare with. */
  live?: unknown;
  fromPreset: boolean;
  fromLive: boolean;
}

export interface RuleChanges {
  rule: RuleId;
  settings: { severity: SettingChange } & Record<string, SettingChange>;
  fromPreset: boolean;
  fromLive: boolean;
}

function change(name: string, current: unknown, preset: unknown, live: unknown, hasLive: boolean) {
  return {
    name,
    current,
    preset,
    ...(hasLive ? { live } : {}),
    fromPreset: !sameJson(current, preset),
    fromLive: hasLive && !sameJson(current, live),
  };
}

export function ruleChanges(
  policy: PolicyFile,
  live: PolicyFile | undefined,
  rule: RuleId,
): RuleChanges {
  const preset = getPreset(policy.preset).rules[rule];
  const current = effectiveRule(policy, rule);
  const was = live ? effectiveRule(live, rule) : undefined;
  const settings: RuleChanges["settings"] = {
    severity: change(
      "severity",
      current.severity,
      preset.severity,
      was?.severity,
      live !== undefined,
    ),
  };
  const options = current.options as unknown as Record<string, unknown>;
  const presetOptions = preset.options as unknown as Record<string, unknown>;
  const liveOptions = was?.options as unknown as Record<string, unknown> | undefined;
  for (const name of Object.keys(options)) {
    settings[name] = change(
      name,
      options[name],
      presetOptions[name],
      liveOptions?.[name],
      live !== undefined,
    );
  }
  const all = Object.values(settings);
  return {
    rule,
    settings,
    fromPreset: all.some((s) => s.fromPreset),
    fromLive: all.some((s) => s.fromLive),
  };
}

export interface PolicyChanges {
  rules: Record<RuleId, RuleChanges>;
  preset: { fromLive: boolean; live?: string };
  whenConfigUnavailable: SettingChange;
  /** How many settings differ from the live file (0 when there is none). */
  countFromLive: number;
  countFromPreset: number;
}

export function policyChanges(policy: PolicyFile, live: PolicyFile | undefined): PolicyChanges {
  const rules = Object.fromEntries(
    RULE_IDS.map((id) => [id, ruleChanges(policy, live, id)]),
  ) as Record<RuleId, RuleChanges>;
  const whenConfigUnavailable = change(
    "whenConfigUnavailable",
    effectiveWhenUnavailable(policy),
    getPreset(policy.preset).whenConfigUnavailable,
    live ? effectiveWhenUnavailable(live) : undefined,
    live !== undefined,
  );
  const settings = [
    ...RULE_IDS.flatMap((id) => Object.values(rules[id].settings)),
    whenConfigUnavailable,
  ];
  const presetChanged = live !== undefined && live.preset !== policy.preset;
  return {
    rules,
    preset: { fromLive: presetChanged, ...(live ? { live: live.preset } : {}) },
    whenConfigUnavailable,
    countFromLive: settings.filter((s) => s.fromLive).length + (presetChanged ? 1 : 0),
    countFromPreset: settings.filter((s) => s.fromPreset).length,
  };
}
