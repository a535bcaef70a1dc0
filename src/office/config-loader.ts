/**
 * Loads policy.json, the preset it names and directory.json from the add-in's own host, for the
 * on-send handler and the task pane. The presets are not compiled in (they are a quarter of the
 * on-send script's budget): the build writes each as config/presets/<id>.json from
 * src/core/policy/presets, and the one policy.json names is fetched like any other file.
 *
 * Caching, and why:
 * - In memory, for the runtime's life: the parsed ResolvedPolicy and Directory (with the postcode
 *   shards loaded so far), so a second Send in the same runtime costs no parsing and, while the
 *   copy is fresh (5 minutes), no network either.
 * - Otherwise each file is fetched with a short timeout (1.5 s, in parallel with reading the
 *   item, so it usually costs nothing extra). `cache: "no-cache"` lets the host answer 304.
 * - A fetched file is "good" only if it parses and validates; good text is kept in
 *   OfficeRuntime.storage (where available) for the next runtime.
 * - When a fetch fails (network error, 404, timeout, invalid JSON or schema) the file's last good
 *   copy is used: memory first, then storage. After a failure the copy is trusted for a minute
 *   before the next attempt, so an unreachable host does not slow every Send by the timeout.
 * - With no good copy of a file at all, the config is unavailable and the caller follows the
 *   policy's `whenConfigUnavailable` (of the last known policy; "allow" when none is known).
 * Each file falls back on its own: a good new policy.json is used even when directory.json fails.
 * The preset is fetched as soon as a copy of policy.json (in memory or storage) names it, so
 * alongside policy.json rather than after it; see `load`.
 */
import { ConfigError } from "../core/config/errors";
import { parseJson } from "../core/config/json";
import { checkPolicyFile } from "../core/config/schemas";
import type { Directory } from "../core/directory/directory";
import { loadDirectory, loadPostcodeShard } from "../core/directory/load";
import { checkPresetFile } from "../core/policy/preset-file";
import { resolvePolicy } from "../core/policy/resolve";
import type { PolicyFile, Preset, PresetId, ResolvedPolicy } from "../core/policy/types";
import { withTimeout, type Timers } from "./timers";

export interface FetchResponseLike {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}

/** `fetch`, structurally (the JS-only runtime's, the browser's, Node's or a test's). */
export type FetchLike = (url: string, init?: { cache?: "no-cache" }) => Promise<FetchResponseLike>;

/** OfficeRuntime.storage, structurally. */
export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export interface ConfigLoaderOptions {
  /** The add-in's own origin and path, ending in "/" (e.g. "https://localhost:3000/"). */
  baseUrl: string;
  fetch: FetchLike;
  storage?: KeyValueStorage;
  now: () => number;
  timers: Timers;
  /** Per fetch (and per storage read). Default 1500 ms. */
  fetchTimeoutMs?: number;
  /** How long a good copy is used without asking the host again. Default 5 minutes. */
  freshForMs?: number;
  /** How long a copy is used without asking again after a fetch failed. Default 1 minute. */
  retryAfterFailureMs?: number;
}

export type ConfigSource = "memory" | "network" | "storage";

export interface LoadedConfig {
  policy: ResolvedPolicy;
  directory: Directory;
  policySource: ConfigSource;
  presetSource: ConfigSource;
  directorySource: ConfigSource;
  /** Fetches that failed while a last good copy stood in, e.g. "config/policy.json: HTTP 404". */
  problems: string[];
}

export type ConfigLoadResult =
  | { ok: true; config: LoadedConfig }
  | { ok: false; reason: string; whenConfigUnavailable: "allow" | "block" };

export const POLICY_PATH = "config/policy.json";
export const DIRECTORY_PATH = "config/directory.json";
/** Where the build writes each preset (webpack.config.js, from src/core/policy/presets). */
export function presetPath(id: PresetId): string {
  return `config/presets/${id}.json`;
}
const STORAGE_PREFIX = "memberMailCheck.config ";

interface ConfigFile<T> {
  kind: "policy" | "preset" | "directory";
  path: string;
  parse(text: string, file: string): T;
  /** Told of the stored copy as soon as it is read (before the fetch settles). */
  onStoredCopy?(value: T): void;
}

/** policy.json as written: resolved over its preset once both are loaded. */
const POLICY_FILE: ConfigFile<PolicyFile> = {
  kind: "policy",
  path: POLICY_PATH,
  parse: (text, file) => checkPolicyFile(parseJson(text, file), file),
};

function presetFile(id: PresetId): ConfigFile<Preset> {
  return {
    kind: "preset",
    path: presetPath(id),
    parse: (text, file) => checkPresetFile(parseJson(text, file), file, id),
  };
}

const DIRECTORY_FILE: ConfigFile<Directory> = {
  kind: "directory",
  path: DIRECTORY_PATH,
  parse: (text, file) => loadDirectory(parseJson(text, file), file),
};

interface CachedFile<T> {
  text: string;
  value: T;
  /** Until then the copy is used without fetching. */
  freshUntil: number;
}

type FileResult<T> =
  { ok: true; value: T; source: ConfigSource; problem?: string } | { ok: false; problem: string };

/** One line for an error: a ConfigError already names the file; others get its path. */
export function describeError(path: string, error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  return `${path}: ${error instanceof Error ? error.message : String(error)}`;
}

export class ConfigLoader {
  private readonly memory = new Map<string, CachedFile<unknown>>();
  private readonly inFlight = new Map<string, Promise<FileResult<unknown>>>();
  /** Outward codes with no shard on the host, per directory object. */
  private readonly absentShards = new WeakMap<Directory, Set<string>>();
  private readonly fetchTimeoutMs: number;
  private readonly freshForMs: number;
  private readonly retryAfterFailureMs: number;
  /** The newest policy.json and preset seen from any source, for `lastKnownWhenConfigUnavailable`. */
  private lastPolicyFile: PolicyFile | undefined;
  private lastPreset: Preset | undefined;
  /** The last resolution, reused while neither file changes (so is the ResolvedPolicy object). */
  private resolved: { file: PolicyFile; preset: Preset; policy: ResolvedPolicy } | undefined;

  constructor(private readonly options: ConfigLoaderOptions) {
    this.fetchTimeoutMs = options.fetchTimeoutMs ?? 1500;
    this.freshForMs = options.freshForMs ?? 5 * 60 * 1000;
    this.retryAfterFailureMs = options.retryAfterFailureMs ?? 60 * 1000;
  }

  /** Policy, preset and directory, each from memory, the host or storage (see the file comment). */
  async load(): Promise<ConfigLoadResult> {
    // The preset is asked for as soon as a policy.json names it: the copy in memory, or else the
    // stored copy read alongside the fetch. Only when the new policy.json names another preset
    // is that one loaded after it. So an unreachable host costs one fetch timeout, not two.
    const presets = new Map<PresetId, Promise<FileResult<Preset>>>();
    const presetFor = (id: PresetId): Promise<FileResult<Preset>> => {
      let loading = presets.get(id);
      if (!loading) presets.set(id, (loading = this.loadFile(presetFile(id))));
      return loading;
    };
    if (this.lastPolicyFile) void presetFor(this.lastPolicyFile.preset);
    const policyFile: ConfigFile<PolicyFile> = {
      ...POLICY_FILE,
      onStoredCopy: (stored) => void presetFor(stored.preset),
    };
    const [policy, directory] = await Promise.all([
      this.loadFile(policyFile),
      this.loadFile(DIRECTORY_FILE),
    ]);
    if (!policy.ok) {
      return { ok: false, reason: policy.problem, whenConfigUnavailable: "allow" };
    }
    this.lastPolicyFile = policy.value;
    const preset = await presetFor(policy.value.preset);
    if (!preset.ok) {
      return {
        ok: false,
        reason: preset.problem,
        whenConfigUnavailable: this.lastKnownWhenConfigUnavailable(),
      };
    }
    this.lastPreset = preset.value;
    const resolved = this.resolve(policy.value, preset.value);
    if (!directory.ok) {
      return {
        ok: false,
        reason: directory.problem,
        whenConfigUnavailable: resolved.whenConfigUnavailable,
      };
    }
    const problems: string[] = [];
    for (const file of [policy, preset, directory]) if (file.problem) problems.push(file.problem);
    return {
      ok: true,
      config: {
        policy: resolved,
        directory: directory.value,
        policySource: policy.source,
        presetSource: preset.source,
        directorySource: directory.source,
        problems,
      },
    };
  }

  /**
   * The last known policy's choice, for when loading gave up (e.g. the handler's deadline): what
   * the newest policy.json says, else what the newest preset says, else "allow".
   */
  lastKnownWhenConfigUnavailable(): "allow" | "block" {
    return (
      this.lastPolicyFile?.whenConfigUnavailable ??
      this.lastPreset?.whenConfigUnavailable ??
      "allow"
    );
  }

  /**
   * Fetches, in parallel, the postcode shards for the outward codes mentioned in `text` that the
   * directory has not loaded yet, and adds them to it (so they stay loaded for later Sends). A
   * shard the host does not have (404) is remembered as absent. Returns the problems (a failed
   * shard only means postcodes in that area are not recognised this time).
   */
  async loadShardsFor(directory: Directory, text: string): Promise<string[]> {
    let absent = this.absentShards.get(directory);
    if (!absent) this.absentShards.set(directory, (absent = new Set()));
    const known = absent;
    const wanted = directory
      .missingPostcodeShards(directory.findPostcodes(text))
      .filter((outward) => !known.has(outward));
    const problems: string[] = [];
    await Promise.all(
      wanted.map(async (outward) => {
        const relative = directory.postcodeShardFile(outward);
        if (relative === undefined) return;
        const path = DIRECTORY_PATH.slice(0, DIRECTORY_PATH.lastIndexOf("/") + 1) + relative;
        try {
          const response = await this.fetchResponse(path);
          if (response.status === 404) {
            known.add(outward);
            return;
          }
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const text = await withTimeout(
            response.text(),
            this.fetchTimeoutMs,
            "the download",
            this.options.timers,
          );
          directory.addPostcodeShard(
            outward,
            loadPostcodeShard(parseJson(text, path), path, directory),
          );
        } catch (error) {
          problems.push(describeError(path, error));
        }
      }),
    );
    return problems;
  }

  private fetchResponse(path: string): Promise<FetchResponseLike> {
    const url = this.options.baseUrl + path;
    const started = Promise.resolve().then(() => this.options.fetch(url, { cache: "no-cache" }));
    return withTimeout(started, this.fetchTimeoutMs, "the host", this.options.timers);
  }

  private async fetchText(path: string): Promise<string> {
    const response = await this.fetchResponse(path);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return withTimeout(response.text(), this.fetchTimeoutMs, "the download", this.options.timers);
  }

  private loadFile<T>(file: ConfigFile<T>): Promise<FileResult<T>> {
    const running = this.inFlight.get(file.path);
    if (running) return running as Promise<FileResult<T>>;
    const loading = this.refresh(file);
    this.inFlight.set(file.path, loading);
    const done = () => this.inFlight.delete(file.path);
    loading.then(done, done);
    return loading;
  }

  private async refresh<T>(file: ConfigFile<T>): Promise<FileResult<T>> {
    const cached = this.memory.get(file.path) as CachedFile<T> | undefined;
    const now = this.options.now();
    if (cached && now < cached.freshUntil)
      return { ok: true, value: cached.value, source: "memory" };
    // Storage only matters when memory has nothing; read it alongside the fetch, not after it.
    const stored = cached ? undefined : this.readStored(file);
    try {
      const text = await this.fetchText(file.path);
      const freshUntil = this.options.now() + this.freshForMs;
      if (cached && cached.text === text) {
        // Unchanged: keep the parsed object (and the shards loaded into a directory).
        cached.freshUntil = freshUntil;
        return { ok: true, value: cached.value, source: "network" };
      }
      const value = file.parse(text, file.path);
      this.remember(file, value, "network");
      this.memory.set(file.path, { text, value, freshUntil });
      this.store(file.path, text);
      return { ok: true, value, source: "network" };
    } catch (error) {
      const problem = describeError(file.path, error);
      const retryAt = this.options.now() + this.retryAfterFailureMs;
      if (cached) {
        cached.freshUntil = retryAt;
        return { ok: true, value: cached.value, source: "memory", problem };
      }
      const copy = await stored;
      if (copy) {
        this.memory.set(file.path, { ...copy, freshUntil: retryAt });
        return { ok: true, value: copy.value, source: "storage", problem };
      }
      return { ok: false, problem };
    }
  }

  /**
   * Keeps the newest policy.json and preset as soon as they are parsed, so a deadline reached
   * while another file is still loading follows them. A stored copy (read alongside the fetch)
   * only stands in until something newer is known.
   */
  private remember<T>(file: ConfigFile<T>, value: T, source: "network" | "storage"): void {
    if (file.kind === "policy" && (source === "network" || !this.lastPolicyFile)) {
      this.lastPolicyFile = value as PolicyFile;
    }
    if (file.kind === "preset" && (source === "network" || !this.lastPreset)) {
      this.lastPreset = value as Preset;
    }
  }

  private resolve(file: PolicyFile, preset: Preset): ResolvedPolicy {
    const last = this.resolved;
    if (last && last.file === file && last.preset === preset) return last.policy;
    const policy = resolvePolicy(file, preset);
    this.resolved = { file, preset, policy };
    return policy;
  }

  /** The stored good copy, parsed again (it validated when stored, but the schema may have moved on). */
  private async readStored<T>(
    file: ConfigFile<T>,
  ): Promise<{ text: string; value: T } | undefined> {
    const storage = this.options.storage;
    if (!storage) return undefined;
    try {
      const read = Promise.resolve().then(() =>
        storage.getItem(STORAGE_PREFIX + this.options.baseUrl + file.path),
      );
      const text = await withTimeout(read, this.fetchTimeoutMs, "storage", this.options.timers);
      if (typeof text !== "string") return undefined;
      const value = file.parse(text, file.path);
      this.remember(file, value, "storage");
      file.onStoredCopy?.(value);
      return { text, value };
    } catch {
      return undefined;
    }
  }

  /** Best effort, not awaited: a full or missing storage only costs the next runtime a fetch. */
  private store(path: string, text: string): void {
    const storage = this.options.storage;
    if (!storage) return;
    try {
      Promise.resolve(storage.setItem(STORAGE_PREFIX + this.options.baseUrl + path, text)).catch(
        () => undefined,
      );
    } catch {
      // ignore: see above
    }
  }
}
