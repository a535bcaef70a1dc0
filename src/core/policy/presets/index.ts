import { isPresetId, type PolicyPresetId, type Preset } from "../types";
import { cambridgeshireCountyCouncil } from "./cambridgeshire-county-council";
import { noPreset } from "./none";
import { southwarkCouncil } from "./southwark-council";
import { surreyCountyCouncil } from "./surrey-county-council";
import { surreyHeathBoroughCouncil } from "./surrey-heath-borough-council";
import { westSuffolkCouncil } from "./west-suffolk-council";

/** One preset per protocol in docs/protocols/, by preset id, and "none" (start from scratch). */
export const PRESETS: Record<PolicyPresetId, Preset> = {
  "surrey-county-council": surreyCountyCouncil,
  "surrey-heath-borough-council": surreyHeathBoroughCouncil,
  "west-suffolk-council": westSuffolkCouncil,
  "cambridgeshire-county-council": cambridgeshireCountyCouncil,
  "southwark-council": southwarkCouncil,
  none: noPreset,
};

export { isPresetId };

/** The preset itself (shared: copy before changing it; `resolvePreset` returns a copy). */
export function getPreset(id: PolicyPresetId): Preset {
  // Callers in plain JavaScript (the admin page's form) can pass anything.
  if (!isPresetId(id)) throw new RangeError(`Unknown preset "${String(id)}"`);
  return PRESETS[id];
}
