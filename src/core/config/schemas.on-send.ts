/**
 * The on-send script's stand-in for ./schemas (swapped in by webpack.config.js): no ajv, no
 * schemas, only the shape the engine relies on, so a damaged file is refused (and the last good
 * copy used) rather than crashing a rule. Full validation happens where files are published.
 */
import type { DirectoryFile } from "../directory/types";
import { SEVERITY_SETTINGS } from "../findings";
import { PRESET_IDS, WHEN_CONFIG_UNAVAILABLE, type PolicyFile } from "../policy/types";
import {
  eachObject,
  expectOneOf,
  expectThat,
  isObject,
  isStringList,
  type JsonObject as Json,
} from "./shape";

export function checkPolicyFile(json: unknown, file: string): PolicyFile {
  expectThat(isObject(json), file, "", "must be an object");
  const policy = json as Json;
  // The preset names a file to fetch (config/presets/<id>.json): only the built-in ones.
  expectOneOf(policy.preset, PRESET_IDS, file, "/preset");
  if (policy.whenConfigUnavailable !== undefined) {
    expectOneOf(
      policy.whenConfigUnavailable,
      WHEN_CONFIG_UNAVAILABLE,
      file,
      "/whenConfigUnavailable",
    );
  }
  const rules = policy.rules ?? {};
  expectThat(isObject(rules), file, "/rules", "must be an object");
  for (const [id, rule] of Object.entries(rules as Json)) {
    expectThat(isObject(rule), file, `/rules/${id}`, "must be an object");
    const { severity, options } = rule as Json;
    if (severity !== undefined)
      expectOneOf(severity, SEVERITY_SETTINGS, file, `/rules/${id}/severity`);
    expectThat(
      options === undefined || isObject(options),
      file,
      `/rules/${id}/options`,
      "must be an object",
    );
  }
  return json as PolicyFile;
}

export function checkDirectoryFile(json: unknown, file: string): DirectoryFile {
  expectThat(isObject(json), file, "", "must be an object");
  const directory = json as Json;
  eachObject(directory.wards, file, "/wards", (ward, at) => {
    expectThat(typeof ward.id === "string", file, `${at}/id`, "must be a string");
    expectThat(typeof ward.name === "string", file, `${at}/name`, "must be a string");
    expectThat(
      ward.aliases === undefined || isStringList(ward.aliases),
      file,
      `${at}/aliases`,
      "must be a list of strings",
    );
  });
  eachObject(directory.members, file, "/members", (member, at) => {
    expectThat(typeof member.id === "string", file, `${at}/id`, "must be a string");
    expectThat(typeof member.name === "string", file, `${at}/name`, "must be a string");
    expectThat(isStringList(member.emails), file, `${at}/emails`, "must be a list of strings");
    expectThat(isStringList(member.wards), file, `${at}/wards`, "must be a list of strings");
    if (member.roles !== undefined) {
      eachObject(member.roles, file, `${at}/roles`, (role, roleAt) =>
        expectThat(typeof role.kind === "string", file, `${roleAt}/kind`, "must be a string"),
      );
    }
  });
  if (directory.groups !== undefined) {
    eachObject(directory.groups, file, "/groups", (group, at) => {
      expectThat(typeof group.email === "string", file, `${at}/email`, "must be a string");
      expectThat(
        group.members === undefined || isStringList(group.members),
        file,
        `${at}/members`,
        "must be a list of strings",
      );
    });
  }
  const postcodes = directory.postcodes;
  if (isObject(postcodes)) checkPostcodeShard(postcodes, file);
  else
    expectThat(
      postcodes === undefined || typeof postcodes === "string",
      file,
      "/postcodes",
      "must be a folder name or a map",
    );
  return json as DirectoryFile;
}

export function checkPostcodeShard(json: unknown, file: string): Record<string, string> {
  expectThat(isObject(json), file, "", "must be an object");
  for (const [postcode, ward] of Object.entries(json as Json)) {
    expectThat(typeof ward === "string", file, `/${postcode}`, "must be a ward id");
  }
  return json as Record<string, string>;
}
