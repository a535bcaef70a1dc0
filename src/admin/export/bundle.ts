/**
 * The download: policy.json, directory.json, the postcode shards built on this page and the
 * publish checklist, in one zip, laid out as the add-in's config/ folder.
 */
import { strToU8, zipSync } from "fflate";
import type { DirectoryFile, PolicyFile } from "../../core";
import { formatJson } from "../state/json";
import type { Shards } from "../state/reducer";

export const CHECKLIST_FILE = "PUBLISH-CHECKLIST.txt";

/** Steps for IT, in order. */
export function publishChecklist(options: { shards: number; folder?: string }): string[] {
  const folder = options.folder ?? "postcodes/";
  const steps = [
    "Keep a copy of the files now in the add-in's config/ folder on the web server (policy.json, directory.json and the postcode folder), so you can put them back if something goes wrong.",
    "Replace config/policy.json and config/directory.json with the files in this download.",
    options.shards > 0
      ? `Copy the ${options.shards} postcode file(s) in ${folder} into config/${folder}, replacing files of the same name.`
      : `This download has no postcode files: leave config/${folder} on the server as it is.`,
    "Check the new files before officers get them: `member-mail-check check <sample.eml> --policy policy.json --directory directory.json` on a sample message (exit status 2 means a file is not valid and names the problem).",
    "No change to manifest.xml and no redeployment in the Microsoft 365 admin center is needed.",
    "Officers get the new settings within a few minutes, or at the latest the next time they restart Outlook (the add-in refreshes its cached copy).",
  ];
  return steps;
}

export function checklistText(options: { shards: number; folder?: string }): string {
  return (
    "Member Mail Check: publishing new settings\n\n" +
    publishChecklist(options)
      .map((step, i) => `${i + 1}. ${step}`)
      .join("\n") +
    "\n"
  );
}

/** Every file of the download, by path inside the zip. */
export function exportFiles(
  policy: PolicyFile,
  directory: DirectoryFile,
  shards: Shards,
): Record<string, string> {
  const folder = typeof directory.postcodes === "string" ? directory.postcodes : "postcodes/";
  const files: Record<string, string> = {
    "policy.json": formatJson(policy),
    "directory.json": formatJson(directory),
  };
  for (const outward of Object.keys(shards).sort()) {
    files[`${folder}${outward}.json`] = formatJson(shards[outward]);
  }
  files[CHECKLIST_FILE] = checklistText({ shards: Object.keys(shards).length, folder });
  return files;
}

export function buildZip(files: Record<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(files)) entries[path] = strToU8(text);
  return zipSync(entries, { level: 6 });
}

/** "member-mail-check-config-2026-11-23.zip". */
export function zipName(date: Date): string {
  return `member-mail-check-config-${date.toISOString().slice(0, 10)}.zip`;
}
