/**
 * Turns councillors read from an export into a directory.json, merged into a base directory
 * when one is given. Both importers (ModernGov XML, CSV) end here, so merging behaves the same.
 *
 * Merge rules, so a scheduled sync neither churns ids nor loses hand-made data:
 * - wards: every base ward is kept as it is (id, name, aliases, "ambiguous"); an exported ward
 *   matching a base ward's name or alias is that ward; other exported wards are added with slug ids
 *   (marked "ambiguous" when the name is an everyday word such as "Town"). Base wards the export
 *   does not name are kept, with a warning: postcodes and hand-made aliases may refer to them.
 * - members: an imported member takes the id of the base member with one of its addresses, else
 *   of the one with the same name in one of the same wards, else of the only one with that name.
 *   The export decides the name, wards, party and roles (a CSV without a party or roles column
 *   keeps the base's); the base member's other addresses are kept after the exported ones.
 *   Base members not in the export are left out, with a warning.
 * - groups, postcodes, ignoredPostcodes, notes and $schema are kept; group member lists lose the
 *   members left out.
 */
import type { DirectoryFile, Member, MemberGroup, Role } from "../directory/types";
import { normaliseName } from "../directory/names";
import { ImportError } from "./errors";
import { addRole } from "./roles";
import { IdAllocator, isValidId, slugify, today } from "./text";
import type { ImportedMember, ImportedWard, ImportOptions, ImportWarning } from "./types";
import { WardBook } from "./wards";

export interface BuildInput {
  wards: ImportedWard[];
  members: ImportedMember[];
  /** For the notes of a directory made from nothing: "Imported from a CSV file". */
  description: string;
  /** CSV cells may name a base ward by its id; ModernGov titles are names only. */
  wardIdsAllowed: boolean;
  /** False when the input has no party (or roles) column: the base member's are kept. */
  partyGiven: boolean;
  rolesGiven: boolean;
}

/** A member being assembled from one or more records of the export. */
interface Collected {
  name: string;
  nameKey: string;
  emails: string[];
  wards: string[];
  party?: string;
  roles: Role[];
  sourceKey?: string;
  requestedId?: string;
  line?: number;
  base?: Member;
  id?: string;
}

const lower = (email: string) => email.toLowerCase();

class Builder {
  readonly warnings: ImportWarning[] = [];
  private readonly members: Collected[] = [];
  /** Lowercased address → the member it was given to first. */
  private readonly owner = new Map<string, Collected>();
  private readonly groupEmails: Set<string>;

  constructor(
    private readonly input: BuildInput,
    private readonly options: ImportOptions,
    private readonly wards: WardBook,
  ) {
    this.groupEmails = new Set((options.base?.groups ?? []).map((g) => lower(g.email)));
  }

  private warn(message: string, member?: { name: string; line?: number }): void {
    this.warnings.push({
      ...(member?.line !== undefined ? { line: member.line } : {}),
      ...(member ? { member: member.name } : {}),
      message,
    });
  }

  addWard(ward: ImportedWard): void {
    if (!this.wards.resolve(ward, this.input.wardIdsAllowed)) {
      this.warn(`the ward "${ward.name}" has no letters or digits: left out`);
    }
  }

  /** Merges records of one person (same export key, or same name with a shared address or id). */
  private findSame(record: ImportedMember, nameKey: string): Collected | undefined {
    return this.members.find(
      (c) =>
        (record.sourceKey !== undefined && c.sourceKey === record.sourceKey) ||
        (c.nameKey === nameKey &&
          ((record.id !== undefined && c.requestedId === record.id) ||
            record.emails.some((e) => c.emails.some((ce) => lower(ce) === lower(e))))),
    );
  }

  /** Gives the member an address unless another member or a group already has it. */
  private claimEmail(member: Collected, email: string, line?: number): void {
    const key = lower(email);
    const other = this.owner.get(key);
    if (other === member) return;
    const where = { name: member.name, ...(line !== undefined ? { line } : {}) };
    if (other) {
      this.warn(`"${email}" is also given for ${other.name}: kept there, left out here`, where);
    } else if (this.groupEmails.has(key)) {
      this.warn(`"${email}" is a member group's address in the base directory: left out`, where);
    } else {
      this.owner.set(key, member);
      member.emails.push(email);
    }
  }

  addMember(record: ImportedMember): void {
    const nameKey = normaliseName(record.name);
    const wardIds: string[] = [];
    for (const imported of record.wards) {
      const ward = this.wards.resolve(imported, this.input.wardIdsAllowed);
      if (!ward)
        this.warn(`the ward "${imported.name}" has no letters or digits: left out`, record);
      else if (!wardIds.includes(ward.id)) wardIds.push(ward.id);
    }
    let member = this.findSame(record, nameKey);
    if (member) {
      if (record.party && member.party && record.party !== member.party) {
        this.warn(`listed as "${member.party}" and as "${record.party}": kept the first`, record);
      }
      member.party ??= record.party;
    } else {
      let requestedId = record.id;
      if (requestedId !== undefined && this.members.some((c) => c.requestedId === requestedId)) {
        this.warn(`the id "${requestedId}" is already given to another member: not used`, record);
        requestedId = undefined;
      }
      member = {
        name: record.name,
        nameKey,
        emails: [],
        wards: [],
        roles: [],
        ...(record.party ? { party: record.party } : {}),
        ...(record.sourceKey !== undefined ? { sourceKey: record.sourceKey } : {}),
        ...(requestedId !== undefined ? { requestedId } : {}),
        ...(record.line !== undefined ? { line: record.line } : {}),
      };
      this.members.push(member);
    }
    for (const email of record.emails) this.claimEmail(member, email, record.line);
    for (const id of wardIds) if (!member.wards.includes(id)) member.wards.push(id);
    for (const role of record.roles) addRole(member.roles, role);
  }

  /** The base member this one is: by requested id, by address, by name and ward, by unique name. */
  private matchBase(claimed: Set<Member>): void {
    const base = this.options.base?.members ?? [];
    const free = (m: Member) => !claimed.has(m);
    const sameName = (c: Collected) =>
      base.filter((m) => free(m) && normaliseName(m.name) === c.nameKey);
    const rules: ((c: Collected) => Member | undefined)[] = [
      (c) => base.find((m) => free(m) && c.requestedId !== undefined && m.id === c.requestedId),
      (c) => base.find((m) => free(m) && m.emails.some((e) => this.owner.get(lower(e)) === c)),
      (c) => sameName(c).find((m) => m.wards.some((w) => c.wards.includes(w))),
      (c) => {
        const candidates = sameName(c);
        const namesakes = this.members.filter((o) => o.nameKey === c.nameKey);
        return candidates.length === 1 && namesakes.length === 1 ? candidates[0] : undefined;
      },
    ];
    // Rule by rule over all members, so a weak match never takes a strong match's base member.
    for (const rule of rules) {
      for (const member of this.members) {
        if (member.base) continue;
        const match = rule(member);
        if (match) {
          member.base = match;
          claimed.add(match);
        }
      }
    }
  }

  /** Requested ids, then base ids, then new slug ids that no base member ever had. */
  private assignIds(): void {
    const ids = new IdAllocator();
    for (const m of this.options.base?.members ?? []) ids.reserve(m.id);
    const assigned = new Set<string>();
    const baseIdOwner = new Map<string, Collected>();
    for (const member of this.members) if (member.base) baseIdOwner.set(member.base.id, member);
    for (const member of this.members) {
      const requested = member.requestedId;
      if (requested === undefined) continue;
      const holder = baseIdOwner.get(requested);
      if (assigned.has(requested) || (holder !== undefined && holder !== member)) {
        this.warn(`the id "${requested}" belongs to another member: not used`, member);
      } else {
        member.id = requested;
        assigned.add(requested);
        ids.reserve(requested);
      }
    }
    for (const member of this.members) {
      if (member.id === undefined && member.base && !assigned.has(member.base.id)) {
        member.id = member.base.id;
        assigned.add(member.id);
      }
    }
    for (const member of this.members) {
      member.id ??= ids.allocate(slugify(member.name, "member"));
    }
  }

  /** The base member's own data where the export says nothing. */
  private mergeBase(member: Collected): void {
    const base = member.base;
    if (!base) return;
    const hadEmails = member.emails.length > 0;
    for (const email of base.emails) {
      if (!this.owner.has(lower(email)) && !this.groupEmails.has(lower(email))) {
        this.owner.set(lower(email), member);
        member.emails.push(email);
      }
    }
    if (!hadEmails && member.emails.length > 0) {
      this.warn("no email address in the export: kept the base directory's", member);
    }
    if (!this.input.partyGiven && base.party) member.party = base.party;
    if (!this.input.rolesGiven) for (const role of base.roles ?? []) addRole(member.roles, role);
  }

  finish(): { members: Member[]; groups?: MemberGroup[] } {
    const claimed = new Set<Member>();
    this.matchBase(claimed);
    const kept = this.members.filter((member) => {
      this.mergeBase(member);
      if (member.emails.length > 0) return true;
      this.warn(
        "no usable email address: left out (a member without an address can never be recognised)",
        member,
      );
      return false;
    });
    this.members.splice(0, this.members.length, ...kept);
    this.assignIds();
    for (const base of this.options.base?.members ?? []) {
      if (!claimed.has(base) || !kept.some((m) => m.base === base)) {
        this.warn(
          `${base.name} ("${base.id}") of the base directory is not in the export: left out`,
        );
      }
    }
    const members = kept.map(toMember);
    return { members, ...this.groups(new Set(members.map((m) => m.id))) };
  }

  /** The base groups, without the members left out. */
  private groups(memberIds: Set<string>): { groups?: MemberGroup[] } {
    const groups = this.options.base?.groups;
    if (!groups) return {};
    return {
      groups: groups.map((group) => {
        if (!group.members) return { ...group };
        const members = group.members.filter((id) => memberIds.has(id));
        const gone = group.members.filter((id) => !memberIds.has(id));
        if (gone.length > 0) {
          this.warn(
            `the group "${group.name}" no longer lists ${gone.map((id) => `"${id}"`).join(", ")}`,
          );
        }
        return { ...group, members };
      }),
    };
  }
}

function toMember(member: Collected): Member {
  return {
    id: member.id ?? slugify(member.name, "member"),
    name: member.name,
    emails: member.emails,
    wards: member.wards,
    ...(member.party ? { party: member.party } : {}),
    ...(member.roles.length > 0 ? { roles: member.roles } : {}),
  };
}

/** The valid requested id of a record, or undefined (with a warning) when it cannot be an id. */
export function requestedId(
  id: string,
  where: { name: string; line?: number },
  warnings: ImportWarning[],
): string | undefined {
  if (id === "") return undefined;
  if (isValidId(id)) return id;
  warnings.push({
    ...(where.line !== undefined ? { line: where.line } : {}),
    member: where.name,
    message: `"${id}" cannot be an id (letters, digits, "-", "_" or "." without spaces): a new one is made`,
  });
  return undefined;
}

/** The directory for the records read from an export (see the merge rules above). */
export function buildDirectory(
  input: BuildInput,
  options: ImportOptions,
  source: string,
): { directory: DirectoryFile; warnings: ImportWarning[] } {
  const base = options.base;
  const wards = new WardBook(base?.wards);
  const builder = new Builder(input, options, wards);
  for (const ward of input.wards) builder.addWard(ward);
  for (const member of input.members) builder.addMember(member);
  const { members, groups } = builder.finish();
  for (const ward of wards.unseenBaseWards()) {
    builder.warnings.push({
      message: `the ward "${ward.name}" ("${ward.id}") of the base directory is not in the export: kept`,
    });
  }
  for (const ward of wards.markedAmbiguous) {
    builder.warnings.push({
      message: `the ward name "${ward.name}" is also an everyday word: marked "ambiguous", so only "${ward.name} ward" counts`,
    });
  }
  if (members.length === 0)
    throw new ImportError(source, "no councillor has a usable email address");
  const allWards = wards.all();
  if (allWards.length === 0) throw new ImportError(source, "names no wards");

  const council = options.council ?? base?.council ?? "";
  if (council === "") {
    builder.warnings.push({
      message: 'no council name given: set "council" before using the directory',
    });
  }
  const updated = options.updated ?? today();
  const schemaRef = (base as { $schema?: unknown } | undefined)?.$schema;
  const directory: DirectoryFile & { $schema?: string } = {
    ...(typeof schemaRef === "string" ? { $schema: schemaRef } : {}),
    council,
    updated,
    notes: base?.notes ?? `${input.description} on ${updated}.`,
    wards: allWards,
    members,
    ...(groups ? { groups } : {}),
    ...(base?.ignoredPostcodes ? { ignoredPostcodes: [...base.ignoredPostcodes] } : {}),
    ...(base?.postcodes !== undefined
      ? {
          postcodes: typeof base.postcodes === "string" ? base.postcodes : { ...base.postcodes },
        }
      : {}),
  };
  return { directory, warnings: builder.warnings };
}
