/** The preview's check: core's own `checkDraft` on the sample draft, as Outlook would run it. */
import { checkDraft, type Finding, type ResolvedPolicy, type RuleFailure } from "../../core";
import type { LoadedDirectory } from "../state/validation";
import { formToDraft, type DraftForm } from "./draft-form";
import { withSafeFixes } from "../../core/safe-fixes";

export interface PreviewResult {
  findings: Finding[];
  failures: RuleFailure[];
  /** Outward codes the draft mentions whose postcode shard has not been loaded. */
  missingShards: string[];
}

/**
 * Checks the draft. `directory` must be a fresh Directory (shards are added to it); `shards`
 * supplies postcode shards by outward code, the imported ones and those fetched from the host.
 */
export function runPreview(
  form: DraftForm,
  policy: ResolvedPolicy,
  directory: LoadedDirectory,
  shards: Record<string, Record<string, string> | undefined>,
): PreviewResult {
  const draft = formToDraft(form);
  const mentions = directory.findPostcodes(`${draft.subject}\n${draft.body.content}`);
  const missingShards: string[] = [];
  for (const outward of directory.missingPostcodeShards(mentions)) {
    const shard = shards[outward];
    if (shard) directory.addPostcodeShard(outward, shard);
    else missingShards.push(outward);
  }
  const { findings, failures } = checkDraft(draft, policy, directory);
  return { findings: withSafeFixes(draft, findings, policy, directory), failures, missingShards };
}

/** The outward codes whose shards the draft needs, before any are loaded. */
export function shardsNeeded(form: DraftForm, directory: LoadedDirectory): string[] {
  const draft = formToDraft(form);
  return directory.missingPostcodeShards(
    directory.findPostcodes(`${draft.subject}\n${draft.body.content}`),
  );
}
