/**
 * Checks the edited files with the same code the CLI and the add-in use (core's loadPolicy,
 * loadDirectory and loadPostcodeShard: the JSON Schemas, then what a schema cannot check), so the
 * messages are the ones IT would see from `member-mail-check`. Also says where a problem is in
 * words a Monitoring Officer recognises, and which tab of the page to fix it on.
 */
import {
  ConfigError,
  loadDirectory,
  loadPolicy,
  RULES,
  type DirectoryFile,
  type PolicyFile,
  type ResolvedPolicy,
  type RuleId,
} from "../../core";
import { loadPostcodeShard } from "../../core/directory/load";
import { copyJson } from "./json";

export type LoadedDirectory = ReturnType<typeof loadDirectory>;

export const POLICY_FILE = "policy.json";
export const DIRECTORY_FILE = "directory.json";

export type Checked<T> = { ok: true; value: T } | { ok: false; error: ConfigError };

function asConfigError(error: unknown, file: string): ConfigError {
  if (error instanceof ConfigError) return error;
  return new ConfigError(file, "", error instanceof Error ? error.message : String(error));
}

export function checkPolicy(policy: PolicyFile): Checked<ResolvedPolicy> {
  try {
    // Through JSON, exactly as the file will be written (undefined properties vanish).
    return { ok: true, value: loadPolicy(copyJson(policy), POLICY_FILE) };
  } catch (error) {
    return { ok: false, error: asConfigError(error, POLICY_FILE) };
  }
}

export function checkDirectory(directory: DirectoryFile): Checked<LoadedDirectory> {
  try {
    return { ok: true, value: loadDirectory(copyJson(directory), DIRECTORY_FILE) };
  } catch (error) {
    return { ok: false, error: asConfigError(error, DIRECTORY_FILE) };
  }
}

/** Every shard checked against the directory's wards: the first problem of each bad shard. */
export function checkShards(
  shards: Record<string, Record<string, string>>,
  directory: LoadedDirectory,
): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const [outward, map] of Object.entries(shards)) {
    const file = `postcodes/${outward}.json`;
    try {
      loadPostcodeShard(copyJson(map), file, directory);
    } catch (error) {
      errors.push(asConfigError(error, file));
    }
  }
  return errors;
}

/** RFC 6901 pointer → its tokens. */
export function pointerTokens(path: string): string[] {
  if (path === "" || path === "/") return [];
  return path
    .replace(/^\//, "")
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Whether a problem at `errorPath` belongs to the field at `fieldPath` (or inside it). */
export function isAt(errorPath: string, fieldPath: string): boolean {
  return errorPath === fieldPath || errorPath.startsWith(`${fieldPath}/`);
}

export type AdminTab = "policy" | "members" | "wards" | "postcodes" | "preview" | "export";

/** The tab on which a problem can be fixed. */
export function tabForError(error: ConfigError): AdminTab {
  if (error.file === POLICY_FILE) return "policy";
  if (error.file.startsWith("postcodes/")) return "postcodes";
  const [top] = pointerTokens(error.path);
  if (top === "wards" || top === "groups") return "wards";
  if (top === "postcodes" || top === "ignoredPostcodes") return "postcodes";
  return "members";
}

const POLICY_FIELDS: Record<string, string> = {
  preset: "the council protocol (preset)",
  council: "council name",
  version: "version label",
  updated: "date updated",
  notes: "notes",
  whenConfigUnavailable: "when the settings cannot be loaded",
  severity: "severity",
};

const DIRECTORY_FIELDS: Record<string, string> = {
  council: "council name",
  updated: "date last checked",
  notes: "notes",
  name: "name",
  id: "id",
  emails: "email addresses",
  wards: "wards",
  party: "party",
  roles: "roles",
  kind: "kind",
  title: "title",
  aliases: "other names",
  email: "address",
  members: "members",
  ambiguous: "everyday-word setting",
};

function position(token: string | undefined): string {
  const n = Number(token);
  return Number.isInteger(n) ? ` ${n + 1}` : "";
}

/**
 * Where a problem is, for a person: "Blind copies to members › chainThreshold",
 * "Members › Jane Doe › email addresses 2", "Wards › Frimley › other names 1".
 */
export function describeLocation(
  error: ConfigError,
  policy: PolicyFile,
  directory: DirectoryFile,
): string {
  const tokens = pointerTokens(error.path);
  if (error.file === POLICY_FILE) {
    if (tokens[0] === "rules" && tokens[1]) {
      const rule = RULES[tokens[1] as RuleId];
      const title = rule ? rule.meta.title : tokens[1];
      const setting = tokens[2] === "options" ? tokens[3] : tokens[2];
      return ["Policy", title, setting ? (POLICY_FIELDS[setting] ?? setting) : undefined]
        .filter(Boolean)
        .join(" › ");
    }
    return tokens[0] ? `Policy › ${POLICY_FIELDS[tokens[0]] ?? tokens[0]}` : "Policy";
  }
  if (error.file.startsWith("postcodes/")) {
    return `Postcodes › ${error.file}${tokens[0] ? ` › ${tokens[0]}` : ""}`;
  }
  const [top, index, field, sub] = tokens;
  const n = Number(index);
  if (top === "members") {
    const who = directory.members[n]?.name || `member${position(index)}`;
    return ["Members", who, field ? `${DIRECTORY_FIELDS[field] ?? field}${position(sub)}` : ""]
      .filter(Boolean)
      .join(" › ");
  }
  if (top === "wards") {
    const ward = directory.wards[n]?.name || `ward${position(index)}`;
    return ["Wards", ward, field ? `${DIRECTORY_FIELDS[field] ?? field}${position(sub)}` : ""]
      .filter(Boolean)
      .join(" › ");
  }
  if (top === "groups") {
    const group = directory.groups?.[n]?.name || `group${position(index)}`;
    return [
      "Member groups",
      group,
      field ? `${DIRECTORY_FIELDS[field] ?? field}${position(sub)}` : "",
    ]
      .filter(Boolean)
      .join(" › ");
  }
  if (top === "postcodes") return `Postcodes${index ? ` › ${index}` : ""}`;
  return top ? `Directory › ${DIRECTORY_FIELDS[top] ?? top}` : "Directory";
}

/** The reason alone, without the file and pointer that describeLocation replaces. */
export function plainReason(error: ConfigError): string {
  return error.reason.charAt(0).toUpperCase() + error.reason.slice(1);
}
