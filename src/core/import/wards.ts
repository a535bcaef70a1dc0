/** Ward names from an export matched to the base directory's wards, or made into new wards. */
import type { Ward } from "../directory/types";
import { comparableKey, IdAllocator, slugify } from "./text";
import type { ImportedWard } from "./types";

/**
 * Ward names that are also everyday words: a new ward so named is marked "ambiguous", so it only
 * counts in a draft as "Town ward" or "Central division" (directory.schema.json).
 */
const EVERYDAY_NAMES = new Set([
  "abbey",
  "castle",
  "central",
  "centre",
  "church",
  "common",
  "east",
  "harbour",
  "market",
  "north",
  "park",
  "riverside",
  "south",
  "station",
  "town",
  "valley",
  "village",
  "west",
]);

export class WardBook {
  /** New wards marked ambiguous because their name is an everyday word. */
  readonly markedAmbiguous: Ward[] = [];
  private readonly byKey = new Map<string, Ward>();
  private readonly byId = new Map<string, Ward>();
  private readonly baseWards: Ward[];
  private readonly newWards: Ward[] = [];
  private readonly seen = new Set<Ward>();
  private readonly ids = new IdAllocator();

  /** The base directory's wards are kept as they are: id, name, aliases and flags. */
  constructor(base: readonly Ward[] | undefined) {
    this.baseWards = (base ?? []).map((ward) => ({
      ...ward,
      ...(ward.aliases ? { aliases: [...ward.aliases] } : {}),
    }));
    for (const ward of this.baseWards) {
      this.ids.reserve(ward.id);
      this.byId.set(ward.id, ward);
      for (const name of [ward.name, ...(ward.aliases ?? [])]) this.index(name, ward);
    }
  }

  private index(name: string, ward: Ward): void {
    const key = comparableKey(name);
    if (key !== "" && !this.byKey.has(key)) this.byKey.set(key, ward);
  }

  /**
   * The ward an export names: the base directory's (by name or alias, ignoring case, accents,
   * apostrophes and "&" versus "and"; by id too when `allowId`), one met earlier, or a new ward
   * with a slug id. Undefined when the name has no letters or digits.
   */
  resolve(imported: ImportedWard, allowId: boolean): Ward | undefined {
    const names = [imported.name, ...(imported.otherNames ?? [])];
    let ward = allowId ? this.byId.get(imported.name) : undefined;
    for (const name of names) ward ??= this.byKey.get(comparableKey(name));
    if (!ward) {
      if (comparableKey(imported.name) === "") return undefined;
      ward = { id: this.ids.allocate(slugify(imported.name, "ward")), name: imported.name };
      if (EVERYDAY_NAMES.has(comparableKey(imported.name))) {
        ward.ambiguous = true;
        this.markedAmbiguous.push(ward);
      }
      this.newWards.push(ward);
    }
    // Every exported form then finds this ward directly.
    for (const name of names) this.index(name, ward);
    this.seen.add(ward);
    return ward;
  }

  /** Base wards the export did not name (kept: postcodes and hand-made aliases may refer to them). */
  unseenBaseWards(): Ward[] {
    return this.baseWards.filter((ward) => !this.seen.has(ward));
  }

  /** The base directory's wards in their order, then new wards in the order met. */
  all(): Ward[] {
    return [...this.baseWards, ...this.newWards];
  }
}
