import { Badge } from "@fluentui/react-components";
import type { SettingChange } from "../state/diff";

/** "Changed from preset" / "Changed from live file": words, not colour alone. */
export function ChangeBadges({
  change,
}: {
  change: Pick<SettingChange, "fromPreset" | "fromLive">;
}) {
  if (!change.fromPreset && !change.fromLive) return null;
  return (
    <span style={{ display: "inline-flex", flexWrap: "wrap", gap: "4px" }}>
      {change.fromPreset && (
        <Badge appearance="tint" color="brand">
          Differs from preset
        </Badge>
      )}
      {change.fromLive && (
        <Badge appearance="tint" color="warning">
          Changed from live file
        </Badge>
      )}
    </span>
  );
}
