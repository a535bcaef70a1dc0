/** Messages for imports: what was read, in a sentence. */
import type { DirectoryFile } from "../../core";

export function importSummary(before: DirectoryFile, after: DirectoryFile, file: string): string {
  const members = after.members.length;
  const wards = after.wards.length;
  const known = new Set(before.members.map((m) => m.id));
  const added = after.members.filter((m) => !known.has(m.id)).length;
  const kept = new Set(after.members.map((m) => m.id));
  const removed = before.members.filter((m) => !kept.has(m.id)).length;
  return (
    `Imported ${file}: the directory now lists ${members} member${members === 1 ? "" : "s"} in ` +
    `${wards} ward${wards === 1 ? "" : "s"} (${added} new, ${removed} no longer listed).`
  );
}

/** The message of anything an importer throws (ImportError, ConfigError or a plain Error). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
