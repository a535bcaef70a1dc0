import { normaliseName } from "./names";
import { normaliseAddress } from "../text/addresses";
import { findPostcodes, normalisePostcode } from "./postcodes";
import type {
  DirectoryFile,
  Member,
  MemberDirectory,
  MemberGroup,
  PostcodeMention,
  Resolution,
  Ward,
  WardMention,
} from "./types";
import { WardMatcher } from "./wards";
import { entriesOf } from "../builtins";

/** Items by their normalised name (several may share one). */
function indexByName<T extends { name: string }>(items: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const name = normaliseName(item.name);
    index.set(name, [...(index.get(name) || []), item]);
  }
  return index;
}

/** Postcode → ward id, for the postcodes whose spelling normalises. */
function addPostcodes(wards: Map<string, string>, postcodes: Record<string, string>): void {
  for (const [postcode, wardId] of entriesOf(postcodes)) {
    const normalised = normalisePostcode(postcode);
    if (normalised) wards.set(normalised, wardId);
  }
}

/**
 * Lookups over a validated directory file (see `loadDirectory`, which validates). What needs
 * normalising (member addresses, names, postcodes) is indexed once here, so its lookup is a Map
 * access; ids and the few group addresses are compared in lists of a council's size (a hundred
 * or so).
 */
export class Directory implements MemberDirectory {
  readonly council: string;
  readonly updated: string;
  readonly wards: readonly Ward[];
  readonly members: readonly Member[];
  readonly groups: readonly MemberGroup[];
  readonly notes: string | undefined;

  private readonly memberByAddress = new Map<string, Member>();
  private readonly membersByName: Map<string, Member[]>;
  private readonly groupsByName: Map<string, MemberGroup[]>;
  private readonly wardMatcher: WardMatcher;
  private readonly ignoredPostcodes: ReadonlySet<string | undefined>;
  /** From the inline map, or from the shards loaded so far. */
  private readonly wardByPostcode = new Map<string, string>();
  /** The shard folder ("postcodes/"), or undefined for an inline map (or none). */
  private readonly shardFolder: string | undefined;
  /** Outward codes whose shard is loaded. */
  private readonly loadedShards = new Set<string>();

  constructor(file: DirectoryFile) {
    this.council = file.council;
    this.updated = file.updated;
    this.wards = file.wards;
    this.members = file.members;
    this.groups = file.groups || [];
    this.notes = file.notes;

    for (const member of this.members) {
      for (const email of member.emails) this.memberByAddress.set(normaliseAddress(email), member);
    }
    this.membersByName = indexByName(this.members);
    this.groupsByName = indexByName(this.groups);
    this.wardMatcher = new WardMatcher(this.wards);
    // An entry that is not a valid postcode could never be among those found: it becomes
    // undefined, which no lookup asks for.
    this.ignoredPostcodes = new Set((file.ignoredPostcodes ?? []).map(normalisePostcode));
    if (typeof file.postcodes === "string") this.shardFolder = file.postcodes;
    else if (file.postcodes) addPostcodes(this.wardByPostcode, file.postcodes);
  }

  memberById(id: string): Member | undefined {
    return this.members.find((member) => member.id === id);
  }

  wardById(id: string): Ward | undefined {
    return this.wards.find((ward) => ward.id === id);
  }

  findMemberByAddress(address: string): Member | undefined {
    const wanted = normaliseAddress(address);
    // Exchange Online delivers jane.doe+casework@ to jane.doe@: the "+tag" does not change who it is.
    const untagged = wanted.replace(/^([^+@]*)\+[^@]*/, "$1");
    return this.memberByAddress.get(wanted) || this.memberByAddress.get(untagged);
  }

  findGroupByAddress(address: string): MemberGroup | undefined {
    const wanted = normaliseAddress(address);
    return this.groups.find((group) => normaliseAddress(group.email) === wanted);
  }

  findMembersByName(displayName: string): Member[] {
    return [...(this.membersByName.get(normaliseName(displayName)) || [])];
  }

  /** Member groups whose name matches a display name ("All Members"), after normalisation. */
  findGroupsByName(displayName: string): MemberGroup[] {
    return [...(this.groupsByName.get(normaliseName(displayName)) || [])];
  }

  /** Address first (a member's, then a group's), then the name (members', then a group's). */
  resolve({ name = "", address = "" }: { name?: string; address?: string }): Resolution {
    let group: MemberGroup | undefined;
    if (address.trim()) {
      const member = this.findMemberByAddress(address);
      if (member) return { members: [member], via: "address" };
      group = this.findGroupByAddress(address);
    }
    if (!group && name.trim()) {
      const byName = this.findMembersByName(name);
      if (byName.length > 0) return { members: byName, via: "name" };
      group = this.findGroupsByName(name)[0];
    }
    return group ? { members: this.membersOfGroup(group), group, via: "group" } : { members: [] };
  }

  membersOfGroup(group: MemberGroup): Member[] {
    if (group.kind === "all-members") return [...this.members];
    const members: Member[] = [];
    for (const id of group.members || []) {
      const member = this.memberById(id);
      if (member) members.push(member);
    }
    return members;
  }

  membersForWard(wardId: string): Member[] {
    return this.members.filter((member) => member.wards.includes(wardId));
  }

  findWardMentions(text: string): WardMention[] {
    return this.wardMatcher.find(text);
  }

  findPostcodes(text: string): PostcodeMention[] {
    return findPostcodes(text).filter((mention) => !this.ignoredPostcodes.has(mention.postcode));
  }

  wardForPostcode(postcode: string): string | undefined {
    const normalised = normalisePostcode(postcode);
    return normalised && this.wardByPostcode.get(normalised);
  }

  missingPostcodeShards(postcodes: readonly PostcodeMention[]): string[] {
    if (this.shardFolder === undefined) return [];
    const outwards = postcodes.map((mention) => mention.outward.toUpperCase());
    return [...new Set(outwards.filter((outward) => !this.loadedShards.has(outward)))];
  }

  /** Where a shard lives, relative to directory.json ("postcodes/GU16.json"); undefined for an inline map. */
  postcodeShardFile(outward: string): string | undefined {
    return this.shardFolder === undefined
      ? undefined
      : `${this.shardFolder}${outward.toUpperCase()}.json`;
  }

  addPostcodeShard(outward: string, postcodes: Record<string, string>): void {
    this.loadedShards.add(outward.trim().toUpperCase());
    addPostcodes(this.wardByPostcode, postcodes);
  }
}

export { normaliseAddress };
