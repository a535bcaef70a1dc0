/**
 * Reading the two files: from the add-in's own host (the only network requests the page makes)
 * or from files the Monitoring Officer picks. A file that parses but breaks the schema is still
 * opened, so it can be fixed here; one that cannot be edited at all is reported.
 */
import { POLICY_PRESET_IDS, type DirectoryFile, type PolicyFile } from "../../core";

export type Opened<T> = { ok: true; file: T } | { ok: false; message: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parsed policy.json data the editor can open (it needs a known preset), or why not. */
export function openPolicy(data: unknown, name = "policy.json"): Opened<PolicyFile> {
  if (!isObject(data))
    return { ok: false, message: `${name} is not a policy file (it is not a JSON object).` };
  if (!(POLICY_PRESET_IDS as readonly unknown[]).includes(data.preset)) {
    return {
      ok: false,
      message: `${name}: "preset" must be one of ${POLICY_PRESET_IDS.map((p) => `"${p}"`).join(", ")}.`,
    };
  }
  if (data.rules !== undefined && !isObject(data.rules)) {
    return { ok: false, message: `${name}: "rules" must be an object.` };
  }
  return { ok: true, file: data as unknown as PolicyFile };
}

/** Parsed directory.json data the editor can open (lists where lists belong), or why not. */
export function openDirectory(data: unknown, name = "directory.json"): Opened<DirectoryFile> {
  if (!isObject(data)) {
    return { ok: false, message: `${name} is not a member directory (it is not a JSON object).` };
  }
  for (const list of ["wards", "members", "groups"] as const) {
    if (data[list] !== undefined && !Array.isArray(data[list])) {
      return { ok: false, message: `${name}: "${list}" must be a list.` };
    }
  }
  return {
    ok: true,
    file: {
      ...data,
      council: typeof data.council === "string" ? data.council : "",
      updated: typeof data.updated === "string" ? data.updated : "",
      wards: (data.wards as DirectoryFile["wards"] | undefined) ?? [],
      members: (data.members as DirectoryFile["members"] | undefined) ?? [],
    } as DirectoryFile,
  };
}

/** JSON text → data, or a plain-English reason. */
export function parseFileText(text: string, name: string): Opened<unknown> {
  try {
    return { ok: true, file: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `${name} is not valid JSON (${(error as Error).message}).` };
  }
}

export type Fetcher = (
  url: string,
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

async function fetchJson(fetcher: Fetcher, url: string, name: string): Promise<Opened<unknown>> {
  let response;
  try {
    response = await fetcher(url);
  } catch {
    return { ok: false, message: `Could not reach ${name} on this site.` };
  }
  if (!response.ok)
    return { ok: false, message: `${name} could not be loaded (HTTP ${response.status}).` };
  return parseFileText(await response.text(), name);
}

export interface HostConfig {
  policy: Opened<PolicyFile>;
  directory: Opened<DirectoryFile>;
}

/** `config/policy.json` and `config/directory.json` beside this page. */
export async function loadHostConfig(baseUrl: string, fetcher: Fetcher): Promise<HostConfig> {
  const [policy, directory] = await Promise.all([
    fetchJson(fetcher, new URL("config/policy.json", baseUrl).href, "policy.json"),
    fetchJson(fetcher, new URL("config/directory.json", baseUrl).href, "directory.json"),
  ]);
  return {
    policy: policy.ok ? openPolicy(policy.file) : policy,
    directory: directory.ok ? openDirectory(directory.file) : directory,
  };
}

/** One postcode shard from the host's folder, or undefined when it is not there. */
export async function loadHostShard(
  baseUrl: string,
  folder: string,
  outward: string,
  fetcher: Fetcher,
): Promise<Record<string, string> | undefined> {
  const result = await fetchJson(
    fetcher,
    new URL(`config/${folder}${encodeURIComponent(outward)}.json`, baseUrl).href,
    `${folder}${outward}.json`,
  );
  return result.ok && isObject(result.file) ? (result.file as Record<string, string>) : undefined;
}

/** Which of two files a picked file is, by its content (policy files name a preset). */
export function classifyConfig(data: unknown): "policy" | "directory" | undefined {
  if (!isObject(data)) return undefined;
  if ("preset" in data) return "policy";
  if ("members" in data || "wards" in data) return "directory";
  return undefined;
}
