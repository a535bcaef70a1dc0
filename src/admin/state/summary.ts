/** One line per file saying what the download changes compared with the live files. */
import type { PolicyChanges } from "./diff";
import { sameJson } from "./json";
import type { AdminState } from "./reducer";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function changeSummary(state: AdminState, changes: PolicyChanges): string[] {
  const lines: string[] = [];
  const live = state.live;
  if (live?.policy) {
    lines.push(
      changes.countFromLive === 0
        ? sameJson(state.policy, live.policy)
          ? "policy.json: the same as the live file."
          : "policy.json: the same settings as the live file (notes or labels changed)."
        : `policy.json: ${plural(changes.countFromLive, "setting")} ${changes.countFromLive === 1 ? "differs" : "differ"} from the live file.`,
    );
  }
  const dir = state.directory;
  if (live?.directory) {
    const before = new Map(live.directory.members.map((m) => [m.id, m]));
    const after = new Set(dir.members.map((m) => m.id));
    const added = dir.members.filter((m) => !before.has(m.id)).length;
    const removed = [...before.keys()].filter((id) => !after.has(id)).length;
    const edited = dir.members.filter(
      (m) => before.has(m.id) && !sameJson(before.get(m.id), m),
    ).length;
    lines.push(
      sameJson(dir, live.directory)
        ? "directory.json: the same as the live file."
        : `directory.json: ${plural(dir.members.length, "member")} in ${plural(dir.wards.length, "ward")}; ` +
            `${added} added, ${edited} changed, ${removed} removed since the live file.`,
    );
  }
  const shards = Object.keys(state.shards).length;
  if (shards > 0) lines.push(`${plural(shards, "postcode file")} built on this page.`);
  return lines;
}
