import { normaliseName } from "./names";
import { normaliseAddress } from "../text/addresses";
import { findPostcodes, normalisePostcode, PostcodeLookup } from "./postcodes";
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

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Lookups over a validated directory file (see `loadDirectory`, which validates). Every index is
 * built once here, so each lookup is a Map access.
 */
export class Directory implements MemberDirectory {
  readonly council: string;
  readonly updated: string;
  readonly wards: readonly Ward[];
  readonly members: readonly Member[];
  readonly groups: readonly MemberGroup[];
  readonly notes: string | undefined;

  private readonly memberIndex = new Map<string, Member>();
  private readonly wardIndex = new Map<string, Ward>();
  private readonly memberByAddress = new Map<string, Member>();
  private readonly groupByAddress = new Map<string, MemberGroup>();
  private readonly membersByName = new Map<string, Member[]>();
  private readonly groupsByName = new Map<string, MemberGroup[]>();
  private readonly membersByWard = new Map<string, Member[]>();
  private readonly groupMembers = new Map<MemberGroup, Member[]>();
  private readonly wardMatcher: WardMatcher;
  private readonly postcodes: PostcodeLookup;
  private readonly ignoredPostcodes: ReadonlySet<string>;

  constructor(file: DirectoryFile) {
    this.council = file.council;
    this.updated = file.updated;
    this.wards = file.wards;
    this.members = file.members;
    this.groups = file.groups ?? [];
    this.notes = file.notes;

    for (const ward of this.wards) this.wardIndex.set(ward.id, ward);
    for (const member of this.members) {
      this.memberIndex.set(member.id, member);
      for (const email of member.emails) this.memberByAddress.set(normaliseAddress(email), member);
      addTo(this.membersByName, normaliseName(member.name), member);
      for (const wardId of member.wards) addTo(this.membersByWard, wardId, member);
    }
    for (const group of this.groups) {
      this.groupByAddress.set(normaliseAddress(group.email), group);
      addTo(this.groupsByName, normaliseName(group.name), group);
      this.groupMembers.set(group, this.computeGroupMembers(group));
    }
    this.wardMatcher = new WardMatcher(this.wards);
    this.postcodes = new PostcodeLookup(file.postcodes);
    this.ignoredPostcodes = new Set(
      (file.ignoredPostcodes ?? []).map((pc) => normalisePostcode(pc) ?? pc.toUpperCase()),
    );
  }

  memberById(id: string): Member | undefined {
    return this.memberIndex.get(id);
  }

  wardById(id: string): Ward | undefined {
    return this.wardIndex.get(id);
  }

  findMemberByAddress(address: string): Member | undefined {
    return this.memberByAddress.get(normaliseAddress(address));
  }

  findGroupByAddress(address: string): MemberGroup | undefined {
    return this.groupByAddress.get(normaliseAddress(address));
  }

  findMembersByName(displayName: string): Member[] {
    return [...(this.membersByName.get(normaliseName(displayName)) ?? [])];
  }

  /** Member groups whose name matches a display name ("All Members"), after normalisation. */
  findGroupsByName(displayName: string): MemberGroup[] {
    return [...(this.groupsByName.get(normaliseName(displayName)) ?? [])];
  }

  resolve(person: { name?: string; address?: string }): Resolution {
    if (person.address !== undefined && person.address.trim() !== "") {
      const member = this.findMemberByAddress(person.address);
      if (member) return { members: [member], via: "address" };
      const group = this.findGroupByAddress(person.address);
      if (group) return { members: this.membersOfGroup(group), group, via: "group" };
    }
    if (person.name === undefined || person.name.trim() === "") return { members: [] };
    const byName = this.findMembersByName(person.name);
    if (byName.length > 0) return { members: byName, via: "name" };
    const [group] = this.findGroupsByName(person.name);
    if (group) return { members: this.membersOfGroup(group), group, via: "group" };
    return { members: [] };
  }

  membersOfGroup(group: MemberGroup): Member[] {
    return [...(this.groupMembers.get(group) ?? this.computeGroupMembers(group))];
  }

  membersForWard(wardId: string): Member[] {
    return [...(this.membersByWard.get(wardId) ?? [])];
  }

  findWardMentions(text: string): WardMention[] {
    return this.wardMatcher.find(text);
  }

  findPostcodes(text: string): PostcodeMention[] {
    const found = findPostcodes(text);
    return this.ignoredPostcodes.size === 0
      ? found
      : found.filter((m) => !this.ignoredPostcodes.has(m.postcode));
  }

  wardForPostcode(postcode: string): string | undefined {
    return this.postcodes.wardFor(postcode);
  }

  missingPostcodeShards(postcodes: readonly PostcodeMention[]): string[] {
    return this.postcodes.missingShards(postcodes);
  }

  /** Where a shard lives, relative to directory.json ("postcodes/GU16.json"); undefined for an inline map. */
  postcodeShardFile(outward: string): string | undefined {
    return this.postcodes.shardFile(outward);
  }

  addPostcodeShard(outward: string, postcodes: Record<string, string>): void {
    this.postcodes.addShard(outward, postcodes);
  }

  private computeGroupMembers(group: MemberGroup): Member[] {
    if (group.kind === "all-members") return [...this.members];
    const members: Member[] = [];
    for (const id of group.members ?? []) {
      const member = this.memberIndex.get(id);
      if (member) members.push(member);
    }
    return members;
  }
}

export { normaliseAddress };
