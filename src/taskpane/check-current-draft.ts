/**
 * The task pane's check of the open draft: the same reading, config and engine as the on-send
 * handler, so what the pane shows is what Send will decide.
 */
import { analyseDraft } from "../core/analyse";
import { checkAnalysis } from "../core/check";
import type { Finding } from "../core/findings";
import type { ResolvedPolicy } from "../core/policy/types";
import { ConfigLoader, type ConfigLoaderOptions } from "../office/config-loader";
import { readDraft } from "../office/read-draft";
import { detectFeatures } from "../office/requirements";

export interface PaneCheck {
  findings: Finding[];
  policy?: ResolvedPolicy;
  /** Why the check could not run, or what stood in for a file that could not be fetched. */
  problems: string[];
  checked: boolean;
}

export function createConfigLoader(baseUrl: string): ConfigLoader {
  const options: ConfigLoaderOptions = {
    baseUrl,
    fetch: (url, init) => fetch(url, init),
    storage: typeof OfficeRuntime !== "undefined" ? OfficeRuntime.storage : undefined,
    now: () => Date.now(),
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
  };
  return new ConfigLoader(options);
}

export async function checkCurrentDraft(loader: ConfigLoader): Promise<PaneCheck> {
  const item = Office.context.mailbox.item as unknown as Parameters<typeof readDraft>[0];
  const features = detectFeatures(Office.context.requirements);
  const [draft, loaded] = await Promise.all([readDraft(item, features), loader.load()]);
  if (!loaded.ok) return { findings: [], problems: [loaded.reason], checked: false };
  const { policy, directory, problems } = loaded.config;
  // As on send: the analysed text (not the raw HTML) chooses the postcode shards.
  const analysis = analyseDraft(draft, directory);
  await loader.loadShardsFor(directory, analysis.searchText);
  const result = checkAnalysis(analysis, policy, directory);
  const failed = result.failures.map((f) => `The ${f.rule} check could not run.`);
  return { findings: result.findings, policy, problems: [...problems, ...failed], checked: true };
}
