/**
 * The sample council's config (config/) served by a fake `fetch` from a fake add-in host, and a
 * fake OfficeRuntime.storage, so config loading can be tested without a network.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PRESETS } from "../../src/core/policy/presets";
import type { PresetId } from "../../src/core/policy/types";
import { REPO } from "./outlook-mock";

export const BASE_URL = "https://mmc.surreyheath.gov.example/addin/";

/** A file's text, an HTTP error status, a fetch that never answers, or a network error. */
export type Served = string | { status: number } | "hang" | Error;

/**
 * A preset as the build serves it (config/presets/<id>.json: tests/build/dist.test.ts checks the
 * build writes exactly this).
 */
export function presetText(id: PresetId): string {
  return JSON.stringify(PRESETS[id]);
}

/** Every file under config/ that the add-in serves, by URL (the presets as the build writes them). */
export function sampleConfig(): Record<string, Served> {
  const files: Record<string, Served> = {
    [`${BASE_URL}config/policy.json`]: readFileSync(join(REPO, "config", "policy.json"), "utf8"),
    [`${BASE_URL}config/directory.json`]: readFileSync(
      join(REPO, "config", "directory.json"),
      "utf8",
    ),
  };
  for (const id of Object.keys(PRESETS) as PresetId[]) {
    files[`${BASE_URL}config/presets/${id}.json`] = presetText(id);
  }
  for (const name of readdirSync(join(REPO, "config", "postcodes"))) {
    if (!name.endsWith(".json")) continue;
    files[`${BASE_URL}config/postcodes/${name}`] = readFileSync(
      join(REPO, "config", "postcodes", name),
      "utf8",
    );
  }
  return files;
}

/** The sample policy.json with changes laid over it (e.g. a rule's severity). */
export function policyText(change: (policy: any) => void): string {
  const policy = JSON.parse(readFileSync(join(REPO, "config", "policy.json"), "utf8"));
  change(policy);
  return JSON.stringify(policy);
}

export interface FakeFetch {
  (url: string, init?: unknown): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  files: Record<string, Served>;
  urls: string[];
  mock: jest.Mock;
}

export function fakeFetch(files: Record<string, Served> = sampleConfig()): FakeFetch {
  const urls: string[] = [];
  const mock = jest.fn<Promise<any>, [string, unknown?]>((url: string) => {
    urls.push(url);
    const served = fetcher.files[url];
    if (served === "hang") return new Promise<never>(() => undefined);
    if (served instanceof Error) return Promise.reject(served);
    if (served === undefined || typeof served === "object") {
      const status = served === undefined ? 404 : served.status;
      return Promise.resolve({ ok: false, status, text: async () => "Not Found" });
    }
    return Promise.resolve({ ok: true, status: 200, text: async () => served });
  });
  const fetcher = Object.assign((url: string, init?: unknown) => mock(url, init), {
    files,
    urls,
    mock,
  }) as FakeFetch;
  return fetcher;
}

export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: jest.fn(async (key: string) => items.get(key) ?? null),
    setItem: jest.fn(async (key: string, value: string) => {
      items.set(key, value);
    }),
  };
}

/** The storage key the loader uses for a config file. */
export const storageKey = (path: string): string => `memberMailCheck.config ${BASE_URL}${path}`;

/** Lets every pending promise callback run (fetch, storage, Office callbacks). */
export async function flush(times = 20): Promise<void> {
  for (let i = 0; i < times; i++) await Promise.resolve();
}
