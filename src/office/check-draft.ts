/**
 * A draft checked against the loaded config the way Send checks it: the body is parsed once, the
 * text of that analysis chooses the postcode shards to fetch, and the rules run on the same
 * analysis. The on-send handler and the task pane both check through here, so what the pane
 * shows is what Send will decide.
 */
import { analyseDraft } from "../core/analyse";
import { checkAnalysis, type CheckResult } from "../core/check";
import type { Draft } from "../core/draft";
import type { ConfigLoader, LoadedConfig } from "./config-loader";

export interface DraftCheckResult {
  result: CheckResult;
  /** Shards that could not be fetched (their postcodes go unrecognised this time). */
  shardProblems: string[];
}

export function checkWithShards(
  loader: ConfigLoader,
  draft: Draft,
  config: Pick<LoadedConfig, "policy" | "directory">,
): Promise<DraftCheckResult> {
  const analysis = analyseDraft(draft, config.directory);
  return loader.loadShardsFor(config.directory, analysis.searchText).then((shardProblems) => ({
    result: checkAnalysis(analysis, config.policy, config.directory),
    shardProblems,
  }));
}
