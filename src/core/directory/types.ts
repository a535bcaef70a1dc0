/** The shape of `directory.json` (contract in DESIGN.md; schema in config/directory.schema.json). */

export type RoleKind =
  | "leader"
  | "deputy-leader"
  | "portfolio-holder"
  | "committee-chair"
  | "group-leader"
  | "mayor"
  | "other";

export interface Role {
  kind: RoleKind;
  title: string;
}

export interface Ward {
  /** ONS GSS code when the ward comes from ONS data, otherwise a slug. */
  id: string;
  name: string;
  aliases?: string[];
  /**
   * The name is also an everyday word ("Town", "Central"): it only counts when followed by
   * "ward" or "division" ("Town ward").
   */
  ambiguous?: boolean;
}

export interface Member {
  id: string;
  name: string;
  emails: string[];
  wards: string[];
  party?: string;
  roles?: Role[];
}

export type GroupKind = "all-members" | "members" | "other";

export interface MemberGroup {
  email: string;
  name: string;
  kind: GroupKind;
  /** For kind "members": the member ids in the group. */
  members?: string[];
}

export interface DirectoryFile {
  council: string;
  updated: string;
  wards: Ward[];
  members: Member[];
  groups?: MemberGroup[];
  /** The council's own (office) postcodes: they sit in every signature, so they say nothing about a ward. */
  ignoredPostcodes?: string[];
  /** Postcode → ward id, or the folder of shards by outward code ("postcodes/" → postcodes/GU16.json). */
  postcodes?: Record<string, string> | string;
  /** Free text shown to admins, e.g. that the sample postcodes are illustrative. */
  notes?: string;
}

/** A ward name or alias found in a text. */
export interface WardMention {
  wardId: string;
  /** The text as written. */
  matched: string;
  /** Offset in the searched text. */
  index: number;
}

/** A full UK postcode found in a text, normalised ("gu166aa" → "GU16 6AA"). */
export interface PostcodeMention {
  postcode: string;
  outward: string;
  index: number;
}

/** What a draft's recipient or a quoted person resolves to. */
export interface Resolution {
  /** The members this person is (one) or stands for (a member group: all of its members). */
  members: Member[];
  /** The member group, when the address or name is one. */
  group?: MemberGroup;
  /** How the match was made; "name" matches are weaker than address matches. */
  via?: "address" | "name" | "group";
}

/**
 * Lookups over a validated directory. Implemented by `Directory` (directory.ts); rules depend on
 * this interface only.
 */
export interface MemberDirectory {
  readonly council: string;
  readonly updated: string;
  readonly wards: readonly Ward[];
  readonly members: readonly Member[];
  readonly groups: readonly MemberGroup[];

  memberById(id: string): Member | undefined;
  wardById(id: string): Ward | undefined;
  /** Case-insensitive, any of the member's addresses. */
  findMemberByAddress(address: string): Member | undefined;
  findGroupByAddress(address: string): MemberGroup | undefined;
  /**
   * Members whose name matches a display name: "Cllr Jane Doe", "Councillor Jane Doe",
   * "Doe, Jane", "Jane Doe (Cllr)". Exact after normalisation; never a partial match.
   */
  findMembersByName(displayName: string): Member[];
  /** Address first, then member group, then (when no address is given or it is unknown) the name. */
  resolve(person: { name?: string; address?: string }): Resolution;
  membersOfGroup(group: MemberGroup): Member[];
  membersForWard(wardId: string): Member[];
  /** Every ward name or alias in the text, as whole words, in order of appearance. */
  findWardMentions(text: string): WardMention[];
  /** Every full UK postcode in the text, in order of appearance, except the council's own (ignoredPostcodes). */
  findPostcodes(text: string): PostcodeMention[];
  /** The ward of a postcode, from the inline map or the shards loaded so far. */
  wardForPostcode(postcode: string): string | undefined;
  /** Outward codes among these postcodes whose shard is not loaded yet (empty for an inline map). */
  missingPostcodeShards(postcodes: readonly PostcodeMention[]): string[];
  /** Adds one shard's postcode → ward map (from `postcodes/<OUTWARD>.json`). */
  addPostcodeShard(outward: string, postcodes: Record<string, string>): void;
}
