/** Pure edits of directory.json: members, wards and member groups, keeping references consistent. */
import type { DirectoryFile, Member, MemberGroup, Ward } from "../../core";

/** "Jane O'Doe-Smith" → "jane-odoe-smith": ids are letters, digits and "-" (schema: definitions.id). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, ""); // runs are one "-" after the line above
}

/** `base` (or "item") made unique among `taken` with "-2", "-3", … */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = base || "item";
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export function emptyMember(): Member {
  return { id: "", name: "", emails: [], wards: [] };
}

/** A member without empty optional parts (an empty party or role list is left out of the file). */
export function tidyMember(member: Member): Member {
  const tidy: Member = {
    id: member.id,
    name: member.name,
    emails: member.emails,
    wards: member.wards,
  };
  if (member.party !== undefined && member.party.trim() !== "") tidy.party = member.party;
  if (member.roles && member.roles.length > 0) tidy.roles = member.roles;
  return tidy;
}

/** Adds (index undefined) or replaces a member; a group's reference follows a changed id. */
export function saveMember(
  dir: DirectoryFile,
  index: number | undefined,
  member: Member,
): DirectoryFile {
  const tidy = tidyMember(member);
  if (index === undefined) return { ...dir, members: [...dir.members, tidy] };
  const old = dir.members[index];
  const members = dir.members.map((m, i) => (i === index ? tidy : m));
  const groups =
    old && old.id !== tidy.id
      ? dir.groups?.map((g) =>
          g.members ? { ...g, members: g.members.map((id) => (id === old.id ? tidy.id : id)) } : g,
        )
      : dir.groups;
  return { ...dir, members, ...(groups ? { groups } : {}) };
}

/** Removes a member and their place in any member group. */
export function removeMember(dir: DirectoryFile, index: number): DirectoryFile {
  const gone = dir.members[index];
  if (!gone) return dir;
  const groups = dir.groups?.map((g) =>
    g.members ? { ...g, members: g.members.filter((id) => id !== gone.id) } : g,
  );
  return {
    ...dir,
    members: dir.members.filter((_, i) => i !== index),
    ...(groups ? { groups } : {}),
  };
}

/** The members who represent a ward (by id). */
export function membersOfWard(dir: DirectoryFile, wardId: string): Member[] {
  return dir.members.filter((m) => m.wards.includes(wardId));
}

export function addWard(dir: DirectoryFile, name: string): DirectoryFile {
  const id = uniqueId(
    slugify(name),
    dir.wards.map((w) => w.id),
  );
  return { ...dir, wards: [...dir.wards, { id, name }] };
}

/** Replaces a ward; members (and an inline postcode map) follow a changed id. */
export function saveWard(dir: DirectoryFile, index: number, ward: Ward): DirectoryFile {
  const old = dir.wards[index];
  const tidy: Ward = { id: ward.id, name: ward.name };
  if (ward.aliases && ward.aliases.length > 0) tidy.aliases = ward.aliases;
  if (ward.ambiguous) tidy.ambiguous = true;
  const wards = dir.wards.map((w, i) => (i === index ? tidy : w));
  if (!old || old.id === tidy.id) return { ...dir, wards };
  const rename = (id: string): string => (id === old.id ? tidy.id : id);
  const members = dir.members.map((m) => ({ ...m, wards: m.wards.map(rename) }));
  const postcodes =
    typeof dir.postcodes === "object"
      ? Object.fromEntries(Object.entries(dir.postcodes).map(([pc, id]) => [pc, rename(id)]))
      : dir.postcodes;
  return { ...dir, wards, members, ...(postcodes !== undefined ? { postcodes } : {}) };
}

/** Why a ward cannot be removed yet, or undefined when it can. */
export function wardInUse(dir: DirectoryFile, wardId: string): string | undefined {
  const count = membersOfWard(dir, wardId).length;
  if (count === 0) return undefined;
  return count === 1
    ? "1 member represents this ward: change their wards first."
    : `${count} members represent this ward: change their wards first.`;
}

export function removeWard(dir: DirectoryFile, index: number): DirectoryFile {
  return { ...dir, wards: dir.wards.filter((_, i) => i !== index) };
}

export function emptyGroup(): MemberGroup {
  return { email: "", name: "", kind: "other" };
}

/** Adds (index undefined) or replaces a group; only kind "members" lists members. */
export function saveGroup(
  dir: DirectoryFile,
  index: number | undefined,
  group: MemberGroup,
): DirectoryFile {
  const tidy: MemberGroup = { email: group.email, name: group.name, kind: group.kind };
  if (group.kind === "members") tidy.members = group.members ?? [];
  const groups = dir.groups ?? [];
  return {
    ...dir,
    groups:
      index === undefined ? [...groups, tidy] : groups.map((g, i) => (i === index ? tidy : g)),
  };
}

export function removeGroup(dir: DirectoryFile, index: number): DirectoryFile {
  return { ...dir, groups: (dir.groups ?? []).filter((_, i) => i !== index) };
}

export type DirectoryTextField = "council" | "updated" | "notes";

export function setDirectoryText(
  dir: DirectoryFile,
  field: DirectoryTextField,
  value: string,
): DirectoryFile {
  const next = { ...dir };
  if (field === "notes" && value === "") delete next.notes;
  else next[field] = value;
  return next;
}

/**
 * Indices of the members matching every word of a search (name, address, party, role, ward
 * name), ignoring case: "frimley labour" finds Labour members for Frimley and Frimley Green.
 */
export function searchMembers(dir: DirectoryFile, query: string): number[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const wardNames = new Map(dir.wards.map((w) => [w.id, w.name]));
  const indices: number[] = [];
  dir.members.forEach((m, i) => {
    const haystack = [
      m.name,
      m.id,
      ...m.emails,
      m.party ?? "",
      ...(m.roles ?? []).map((r) => r.title),
      ...m.wards.map((id) => wardNames.get(id) ?? id),
    ]
      .join(" ")
      .toLowerCase();
    if (words.every((w) => haystack.includes(w))) indices.push(i);
  });
  return indices;
}
