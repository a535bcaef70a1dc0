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
  expectFields,
  expectObject,
  expectOneOf,
  expectThat,
  isObject,
  type JsonObject,
} from "./shape";
import { entriesOf } from "../builtins";

/**
 * Every rule option the checks read, by name (no two rules share one; marks as in
 * ./shape's expectFields): a value of another type would make a rule throw on every Send.
 */
const OPTIONS =
  "anyBccWhenMemberIsRecipient!? matchCllrDisplayNames!? chainThreshold#? alsoOtherMembers!? " +
  "roleKinds[]? enquiryWords[]? triggerWords[]? caseworkWords[]?";

export function checkPolicyFile(json: unknown, file: string): PolicyFile {
  const policy = expectObject(json, file, "");
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
  expectFields(policy, file, "", "council? version? updated? rules{}?");
  const rules = expectObject(policy.rules ?? {}, file, "/rules");
  for (const [id, value] of entriesOf(rules)) {
    const at = `/rules/${id}`;
    const rule = expectObject(value, file, at);
    if (rule.severity !== undefined)
      expectOneOf(rule.severity, SEVERITY_SETTINGS, file, `${at}/severity`);
    expectFields(rule, file, at, "options{}?");
    expectFields((rule.options ?? {}) as JsonObject, file, `${at}/options`, OPTIONS);
    if (rule.citations !== undefined) {
      eachObject(rule.citations, file, `${at}/citations`, (citation, citationAt) =>
        expectFields(citation, file, citationAt, "paragraph quote"),
      );
    }
  }
  if (policy.protocol !== undefined) {
    expectFields(expectObject(policy.protocol, file, "/protocol"), file, "/protocol", "name");
  }
  return json as PolicyFile;
}

export function checkDirectoryFile(json: unknown, file: string): DirectoryFile {
  const directory = expectObject(json, file, "");
  eachObject(directory.wards, file, "/wards", (ward, at) =>
    expectFields(ward, file, at, "id name aliases[]? ambiguous!?"),
  );
  eachObject(directory.members, file, "/members", (member, at) => {
    expectFields(member, file, at, "id name emails[] wards[]");
    if (member.roles !== undefined) {
      eachObject(member.roles, file, `${at}/roles`, (role, roleAt) =>
        expectFields(role, file, roleAt, "kind title"),
      );
    }
  });
  if (directory.groups !== undefined) {
    eachObject(directory.groups, file, "/groups", (group, at) =>
      expectFields(
        group,
        file,
        at,
        // A "members" group without its list would hide its members in Bcc.
        `email name kind members[]${group.kind === "members" ? "" : "?"}`,
      ),
    );
  }
  expectFields(directory, file, "", "ignoredPostcodes[]?");
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
  for (const [postcode, ward] of entriesOf(expectObject(json, file, ""))) {
    expectThat(typeof ward === "string", file, `/${postcode}`, "must be a ward id");
  }
  return json as Record<string, string>;
}
