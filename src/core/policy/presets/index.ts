import { isPresetId, type Preset, type PresetId } from "../types";
import { cambridgeshireCountyCouncil } from "./cambridgeshire-county-council";
import { southwarkCouncil } from "./southwark-council";
import { surreyCountyCouncil } from "./surrey-county-council";
import { surreyHeathBoroughCouncil } from "./surrey-heath-borough-council";
import { westSuffolkCouncil } from "./west-suffolk-council";

/** One preset per protocol in docs/protocols/, by preset id. */
export const PRESETS: Record<PresetId, Preset> = {
  "surrey-county-council": surreyCountyCouncil,
  "surrey-heath-borough-council": surreyHeathBoroughCouncil,
  "west-suffolk-council": westSuffolkCouncil,
  "cambridgeshire-county-council": cambridgeshireCountyCouncil,
  "southwark-council": southwarkCouncil,
};

export { isPresetId };

/** The preset itself (shared: copy before changing it; `resolvePreset` returns a copy). */
export function getPreset(id: PresetId): Preset {
  // Callers in plain JavaScript (the admin page's form) can pass anything.
  if (!isPresetId(id)) throw new RangeError(`Unknown preset "${String(id)}"`);
  return PRESETS[id];
}
