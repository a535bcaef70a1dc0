/**
 * The page's state: the policy and directory being edited, the live copies they are compared
 * with, and imported postcode shards. Every change is a pure function of the files.
 */
import type {
  DirectoryFile,
  Member,
  MemberGroup,
  PolicyFile,
  PolicyPresetId,
  RuleId,
  SeveritySetting,
  Ward,
} from "../../core";
import { normalisePostcode } from "../../core/directory/postcodes";
import {
  addWard,
  removeGroup,
  removeMember,
  removeWard,
  saveGroup,
  saveMember,
  saveWard,
  setDirectoryText,
  type DirectoryTextField,
} from "./directory-edit";
import {
  resetRule,
  setOption,
  setPolicyText,
  setPreset,
  setSeverity,
  setWhenUnavailable,
  type PolicyTextField,
} from "./policy-edit";

export type Shards = Record<string, Record<string, string>>;

export interface AdminState {
  policy: PolicyFile;
  directory: DirectoryFile;
  /** The files officers get today (from the host), for "changed from the live file". */
  live?: { policy?: PolicyFile; directory?: DirectoryFile };
  /** Postcode shards built on this page, by outward code: exported with the files. */
  shards: Shards;
  /** Where the files came from, in words ("the add-in's host", "policy.json you opened"). */
  source: { policy: string; directory: string };
}

export type AdminAction =
  | {
      type: "loaded";
      policy?: PolicyFile;
      directory?: DirectoryFile;
      /** True for the host's files: they become the live copies as well. */
      live: boolean;
      source: string;
    }
  | { type: "preset"; preset: PolicyPresetId; resetAll?: boolean }
  | { type: "severity"; rule: RuleId; severity: SeveritySetting }
  | { type: "option"; rule: RuleId; name: string; value: unknown }
  | { type: "reset-rule"; rule: RuleId }
  | { type: "when-unavailable"; value: "allow" | "block" }
  | { type: "policy-text"; field: PolicyTextField; value: string }
  | { type: "directory-text"; field: DirectoryTextField; value: string }
  | { type: "save-member"; index?: number; member: Member }
  | { type: "remove-member"; index: number }
  | { type: "add-ward"; name: string }
  | { type: "save-ward"; index: number; ward: Ward }
  | { type: "remove-ward"; index: number }
  | { type: "save-group"; index?: number; group: MemberGroup }
  | { type: "remove-group"; index: number }
  | { type: "replace-directory"; directory: DirectoryFile; source: string }
  | { type: "directory-ignored-postcodes"; postcodes: string[] }
  | { type: "set-shards"; shards: Shards };

/** The inline postcode map's entries added to shards by outward code, where not already there. */
export function mergeInline(shards: Shards, inline: Record<string, string>): Shards {
  const merged: Shards = Object.fromEntries(
    Object.entries(shards).map(([outward, map]) => [outward, { ...map }]),
  );
  for (const [raw, ward] of Object.entries(inline)) {
    const postcode = normalisePostcode(raw);
    if (!postcode) continue;
    const outward = postcode.split(" ")[0] ?? postcode;
    const shard = (merged[outward] ??= {});
    if (!(postcode in shard)) shard[postcode] = ward;
  }
  return merged;
}

export function initialState(
  policy: PolicyFile,
  directory: DirectoryFile,
  source = "the add-in's host",
): AdminState {
  return { policy, directory, shards: {}, source: { policy: source, directory: source } };
}

export function adminReducer(state: AdminState, action: AdminAction): AdminState {
  switch (action.type) {
    case "loaded": {
      const next: AdminState = { ...state, source: { ...state.source } };
      const live = { ...(state.live ?? {}) };
      if (action.policy) {
        next.policy = action.policy;
        next.source.policy = action.source;
        if (action.live || !live.policy) live.policy = action.policy;
      }
      if (action.directory) {
        next.directory = action.directory;
        next.source.directory = action.source;
        if (action.live || !live.directory) live.directory = action.directory;
      }
      next.live = live;
      return next;
    }
    case "preset":
      return { ...state, policy: setPreset(state.policy, action.preset, action.resetAll) };
    case "severity":
      return { ...state, policy: setSeverity(state.policy, action.rule, action.severity) };
    case "option":
      return {
        ...state,
        policy: setOption(state.policy, action.rule, action.name as never, action.value as never),
      };
    case "reset-rule":
      return { ...state, policy: resetRule(state.policy, action.rule) };
    case "when-unavailable":
      return { ...state, policy: setWhenUnavailable(state.policy, action.value) };
    case "policy-text":
      return { ...state, policy: setPolicyText(state.policy, action.field, action.value) };
    case "directory-text":
      return {
        ...state,
        directory: setDirectoryText(state.directory, action.field, action.value),
      };
    case "directory-ignored-postcodes": {
      const directory = { ...state.directory };
      if (action.postcodes.length === 0) delete directory.ignoredPostcodes;
      else directory.ignoredPostcodes = action.postcodes;
      return { ...state, directory };
    }
    case "save-member":
      return { ...state, directory: saveMember(state.directory, action.index, action.member) };
    case "remove-member":
      return { ...state, directory: removeMember(state.directory, action.index) };
    case "add-ward":
      return { ...state, directory: addWard(state.directory, action.name) };
    case "save-ward":
      return { ...state, directory: saveWard(state.directory, action.index, action.ward) };
    case "remove-ward":
      return { ...state, directory: removeWard(state.directory, action.index) };
    case "save-group":
      return { ...state, directory: saveGroup(state.directory, action.index, action.group) };
    case "remove-group":
      return { ...state, directory: removeGroup(state.directory, action.index) };
    case "replace-directory":
      return {
        ...state,
        directory: action.directory,
        source: { ...state.source, directory: action.source },
      };
    case "set-shards": {
      if (Object.keys(action.shards).length === 0) return { ...state, shards: {} };
      // Shards live in a folder beside directory.json: point the directory at it, moving an
      // inline postcode map into the shards (the imported postcodes win).
      const inline = state.directory.postcodes;
      if (typeof inline === "string") return { ...state, shards: action.shards };
      return {
        ...state,
        shards: mergeInline(action.shards, inline ?? {}),
        directory: { ...state.directory, postcodes: "postcodes/" },
      };
    }
  }
}
