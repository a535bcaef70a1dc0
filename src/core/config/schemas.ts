/**
 * The JSON Schema check of each config file, with ajv (plain-English errors: ./validate).
 *
 * The on-send script for classic Outlook cannot carry ajv and the schemas (~140 KB against a
 * 60 KB budget), so its build swaps this module for ./schemas.on-send (webpack.config.js). Files
 * are checked in full where they are written and published: the admin page, the CLI and CI.
 */
import directorySchema from "../../../config/directory.schema.json";
import policySchema from "../../../config/policy.schema.json";
import type { DirectoryFile } from "../directory/types";
import type { PolicyFile } from "../policy/types";
import { validateAgainstSchema } from "./validate";

/** The schema of one postcode shard file: the directory schema's postcode map. */
const shardSchema = {
  ...directorySchema.definitions.postcodeMap,
  definitions: directorySchema.definitions,
};

export function checkPolicyFile(json: unknown, file: string): PolicyFile {
  return validateAgainstSchema<PolicyFile>(policySchema, json, file);
}

export function checkDirectoryFile(json: unknown, file: string): DirectoryFile {
  return validateAgainstSchema<DirectoryFile>(directorySchema, json, file);
}

export function checkPostcodeShard(json: unknown, file: string): Record<string, string> {
  return validateAgainstSchema<Record<string, string>>(shardSchema, json, file);
}
