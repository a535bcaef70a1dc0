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
import type { PolicyFile, PolicyPresetId, Preset, ResolvedPolicy } from "../core/policy/types";
import { errorText } from "./async";
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
export function presetPath(id: PolicyPresetId): string {
  return `config/presets/${id}.json`;
}
const STORAGE_PREFIX = "memberMailCheck.config ";
/** How long a good copy is used without asking the host again. */
const FRESH_FOR_MS = 5 * 60 * 1000;
/** How long a copy is used without asking again after a fetch failed. */
const RETRY_AFTER_FAILURE_MS = 60 * 1000;

interface ConfigFile<T> {
  path: string;
  /** Validates the parsed JSON (a ConfigError names the file and field). */
  check(json: unknown, path: string): T;
  /** Told of each good copy as soon as it is parsed; `stored` for the copy in storage. */
  onParsed?(value: T, stored: boolean): void;
}

const DIRECTORY_FILE: ConfigFile<Directory> = { path: DIRECTORY_PATH, check: loadDirectory };

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
  return error instanceof ConfigError ? error.message : `${path}: ${errorText(error)}`;
}

function parse<T>(file: ConfigFile<T>, text: string): T {
  return file.check(parseJson(text, file.path), file.path);
}

function found<T>(value: T, source: ConfigSource, problem?: string): FileResult<T> {
  return { ok: true, value, source, problem };
}

function unavailable(reason: string, whenConfigUnavailable: "allow" | "block"): ConfigLoadResult {
  return { ok: false, reason, whenConfigUnavailable };
}

/**
 * The add-in's host and OfficeRuntime.storage, with each file's copy in memory: `load` gives a
 * config file from wherever it can be had (see the file comment), and one load per file runs at
 * a time (a second caller shares it).
 */
function configFiles(options: ConfigLoaderOptions) {
  const { baseUrl, storage, now } = options;
  const fetchTimeoutMs = options.fetchTimeoutMs ?? 1500;
  const memory = new Map<string, CachedFile<unknown>>();
  const inFlight = new Map<string, Promise<FileResult<unknown>>>();
  const storageKey = (path: string) => STORAGE_PREFIX + baseUrl + path;

  const timed = <T>(promise: Promise<T>, what: string) =>
    withTimeout(promise, fetchTimeoutMs, what, options.timers);

  // `Promise.resolve().then`: a fetch or storage call that throws becomes a rejection.
  const fetchResponse = (path: string) =>
    timed(
      Promise.resolve().then(() => options.fetch(baseUrl + path, { cache: "no-cache" })),
      "the host",
    );

  /** The body of a good response; anything else is an error, e.g. "HTTP 404". */
  const responseText = (response: FetchResponseLike) =>
    response.ok
      ? timed(response.text(), "the download")
      : Promise.reject(new Error(`HTTP ${response.status}`));

  /** The stored good copy, parsed again (it validated when stored, but the schema may have moved on). */
  async function readStored<T>(file: ConfigFile<T>) {
    if (!storage) return undefined;
    try {
      const text = await timed(
        Promise.resolve().then(() => storage.getItem(storageKey(file.path))),
        "storage",
      );
      if (typeof text !== "string") return undefined;
      const value = parse(file, text);
      file.onParsed?.(value, true);
      return { text, value };
    } catch {
      return undefined;
    }
  }

  /** Best effort, not awaited: a full or missing storage only costs the next runtime a fetch. */
  function store(path: string, text: string): void {
    // A setItem that throws and one that rejects are ignored alike.
    if (storage)
      new Promise((resolve) => resolve(storage.setItem(storageKey(path), text))).catch(() => {});
  }

  async function refresh<T>(file: ConfigFile<T>): Promise<FileResult<T>> {
    const { path } = file;
    const cached = memory.get(path) as CachedFile<T> | undefined;
    if (cached && now() < cached.freshUntil) return found(cached.value, "memory");
    // Storage only matters when memory has nothing; read it alongside the fetch, not after it.
    const stored = cached ? undefined : readStored(file);
    try {
      const text = await fetchResponse(path).then(responseText);
      const freshUntil = now() + FRESH_FOR_MS;
      if (cached && cached.text === text) {
        // Unchanged: keep the parsed object (and the shards loaded into a directory).
        cached.freshUntil = freshUntil;
        return found(cached.value, "network");
      }
      const value = parse(file, text);
      file.onParsed?.(value, false);
      memory.set(path, { text, value, freshUntil });
      store(path, text);
      return found(value, "network");
    } catch (error) {
      const problem = describeError(path, error);
      const retryAt = now() + RETRY_AFTER_FAILURE_MS;
      if (cached) {
        cached.freshUntil = retryAt;
        return found(cached.value, "memory", problem);
      }
      const copy = await stored;
      if (!copy) return { ok: false, problem };
      memory.set(path, { text: copy.text, value: copy.value, freshUntil: retryAt });
      return found(copy.value, "storage", problem);
    }
  }

  return {
    load<T>(file: ConfigFile<T>): Promise<FileResult<T>> {
      let loading = inFlight.get(file.path) as Promise<FileResult<T>> | undefined;
      if (!loading) {
        inFlight.set(file.path, (loading = refresh(file)));
        const done = () => inFlight.delete(file.path);
        loading.then(done, done);
      }
      return loading;
    },

    /** A postcode shard's text, or undefined when the host has none (404). */
    fetchShard: (path: string): Promise<string | undefined> =>
      fetchResponse(path).then((response) =>
        response.status === 404 ? undefined : responseText(response),
      ),
  };
}

export class ConfigLoader {
  private readonly files: ReturnType<typeof configFiles>;
  /** Outward codes with no shard on the host, per directory object. */
  private readonly absentShards = new WeakMap<Directory, Set<string>>();
  /** The newest policy.json and preset seen from any source, for `lastKnownWhenConfigUnavailable`. */
  private lastPolicyFile: PolicyFile | undefined;
  private lastPreset: Preset | undefined;
  /** The last resolution, reused while neither file changes (so is the ResolvedPolicy object). */
  private resolved: { file: PolicyFile; preset: Preset; policy: ResolvedPolicy } | undefined;

  constructor(options: ConfigLoaderOptions) {
    this.files = configFiles(options);
  }

  /** Policy, preset and directory, each from memory, the host or storage (see the file comment). */
  async load(): Promise<ConfigLoadResult> {
    // A policy.json or preset is kept as soon as it is parsed, so a deadline reached while
    // another file is still loading follows it; a stored copy (read alongside the fetch) only
    // stands in until something newer is known.
    //
    // The preset is asked for as soon as a policy.json names it: the copy in memory, or else the
    // stored copy read alongside the fetch. Only when the new policy.json names another preset
    // is that one loaded after it. So an unreachable host costs one fetch timeout, not two.
    const presets = new Map<PolicyPresetId, Promise<FileResult<Preset>>>();
    const presetFor = (id: PolicyPresetId): Promise<FileResult<Preset>> => {
      let loading = presets.get(id);
      if (!loading) {
        loading = this.files.load<Preset>({
          path: presetPath(id),
          check: (json, path) => checkPresetFile(json, path, id),
          onParsed: (preset, stored) => {
            if (!stored || !this.lastPreset) this.lastPreset = preset;
          },
        });
        presets.set(id, loading);
      }
      return loading;
    };
    if (this.lastPolicyFile) void presetFor(this.lastPolicyFile.preset);
    const [policy, directory] = await Promise.all([
      this.files.load<PolicyFile>({
        path: POLICY_PATH,
        check: checkPolicyFile,
        onParsed: (file, stored) => {
          if (!stored || !this.lastPolicyFile) this.lastPolicyFile = file;
          if (stored) void presetFor(file.preset);
        },
      }),
      this.files.load(DIRECTORY_FILE),
    ]);
    if (!policy.ok) return unavailable(policy.problem, "allow");
    this.lastPolicyFile = policy.value;
    const preset = await presetFor(policy.value.preset);
    if (!preset.ok) return unavailable(preset.problem, this.lastKnownWhenConfigUnavailable());
    this.lastPreset = preset.value;
    let resolved = this.resolved;
    if (!resolved || resolved.file !== policy.value || resolved.preset !== preset.value) {
      const resolution = resolvePolicy(policy.value, preset.value);
      this.resolved = resolved = { file: policy.value, preset: preset.value, policy: resolution };
    }
    if (!directory.ok) return unavailable(directory.problem, resolved.policy.whenConfigUnavailable);
    return {
      ok: true,
      config: {
        policy: resolved.policy,
        directory: directory.value,
        policySource: policy.source,
        presetSource: preset.source,
        directorySource: directory.source,
        problems: [policy.problem, preset.problem, directory.problem].filter(
          (problem): problem is string => problem !== undefined,
        ),
      },
    };
  }

  /**
   * The last known policy's choice, for when loading gave up (e.g. the handler's deadline): what
   * the newest policy.json says, else what the newest preset says, else "allow".
   */
  lastKnownWhenConfigUnavailable(): "allow" | "block" {
    const { lastPolicyFile, lastPreset } = this;
    return lastPolicyFile?.whenConfigUnavailable ?? lastPreset?.whenConfigUnavailable ?? "allow";
  }

  /**
   * Fetches, in parallel, the postcode shards for the outward codes mentioned in `text` that the
   * directory has not loaded yet, and adds them to it (so they stay loaded for later Sends). A
   * shard the host does not have (404) is remembered as absent. Returns the problems (a failed
   * shard only means postcodes in that area are not recognised this time).
   */
  async loadShardsFor(directory: Directory, text: string): Promise<string[]> {
    const absent = this.absentShards.get(directory) ?? new Set<string>();
    this.absentShards.set(directory, absent);
    const problems: string[] = [];
    const wanted = directory
      .missingPostcodeShards(directory.findPostcodes(text))
      .filter((outward) => !absent.has(outward));
    await Promise.all(
      wanted.map(async (outward) => {
        const relative = directory.postcodeShardFile(outward);
        if (relative === undefined) return;
        // Shard paths are relative to directory.json's folder.
        const path = `config/${relative}`;
        try {
          const shard = await this.files.fetchShard(path);
          if (shard === undefined) absent.add(outward);
          else
            directory.addPostcodeShard(
              outward,
              loadPostcodeShard(parseJson(shard, path), path, directory),
            );
        } catch (error) {
          problems.push(describeError(path, error));
        }
      }),
    );
    return problems;
  }
}
