import { ConfigError } from "../config/errors";
import { checkDirectoryFile, checkPostcodeShard } from "../config/schemas";
import { Directory, normaliseAddress } from "./directory";
import { normalisePostcode } from "./postcodes";
import type { DirectoryFile } from "./types";
import { phraseWords } from "./wards";

/** RFC 6901: "~" and "/" in a key are escaped in a JSON pointer. */
function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Remembers where each value was first seen, to report a duplicate with both places. */
class FirstSeen {
  private readonly seen = new Map<string, string>();

  /** The pointer where `key` was first seen, or undefined (and `pointer` is remembered). */
  check(key: string, pointer: string): string | undefined {
    const earlier = this.seen.get(key);
    if (earlier === undefined) this.seen.set(key, pointer);
    return earlier;
  }
}

function checkWards(data: DirectoryFile, file: string): Set<string> {
  const ids = new FirstSeen();
  data.wards.forEach((ward, w) => {
    const earlier = ids.check(ward.id, `/wards/${w}/id`);
    if (earlier)
      throw new ConfigError(
        file,
        `/wards/${w}/id`,
        `the ward id "${ward.id}" is already used at ${earlier}`,
      );
    // A name with no letters or digits ("&", "-") could never be found in a draft.
    if (phraseWords(ward.name).length === 0) {
      throw new ConfigError(file, `/wards/${w}/name`, "has no letters or digits to look for");
    }
    (ward.aliases ?? []).forEach((alias, a) => {
      if (phraseWords(alias).length === 0) {
        throw new ConfigError(
          file,
          `/wards/${w}/aliases/${a}`,
          "has no letters or digits to look for",
        );
      }
    });
  });
  return new Set(data.wards.map((ward) => ward.id));
}

/** Member ids, their wards, and that no address belongs to two members (or to a member and a group). */
function checkMembers(
  data: DirectoryFile,
  file: string,
  wardIds: Set<string>,
  addresses: FirstSeen,
): Set<string> {
  const ids = new FirstSeen();
  data.members.forEach((member, m) => {
    const earlier = ids.check(member.id, `/members/${m}/id`);
    if (earlier) {
      throw new ConfigError(
        file,
        `/members/${m}/id`,
        `the member id "${member.id}" is already used at ${earlier}`,
      );
    }
    member.wards.forEach((wardId, w) => {
      if (!wardIds.has(wardId))
        throw new ConfigError(file, `/members/${m}/wards/${w}`, `no ward has the id "${wardId}"`);
    });
    member.emails.forEach((email, e) => {
      const pointer = `/members/${m}/emails/${e}`;
      const other = addresses.check(normaliseAddress(email), pointer);
      if (other)
        throw new ConfigError(
          file,
          pointer,
          `the address "${email}" is already listed at ${other}`,
        );
    });
  });
  return new Set(data.members.map((member) => member.id));
}

function checkGroups(
  data: DirectoryFile,
  file: string,
  memberIds: Set<string>,
  addresses: FirstSeen,
): void {
  (data.groups ?? []).forEach((group, g) => {
    const pointer = `/groups/${g}/email`;
    const other = addresses.check(normaliseAddress(group.email), pointer);
    if (other)
      throw new ConfigError(
        file,
        pointer,
        `the address "${group.email}" is already listed at ${other}`,
      );
    (group.members ?? []).forEach((id, i) => {
      if (!memberIds.has(id))
        throw new ConfigError(file, `/groups/${g}/members/${i}`, `no member has the id "${id}"`);
    });
  });
}

/** Checks an inline postcode map or one shard: real postcodes, each once, of known wards. */
function checkPostcodeMap(
  postcodes: Record<string, string>,
  file: string,
  basePointer: string,
  wardIds: ReadonlySet<string>,
): void {
  const seen = new FirstSeen();
  for (const [postcode, wardId] of Object.entries(postcodes)) {
    const pointer = `${basePointer}/${pointerToken(postcode)}`;
    const normalised = normalisePostcode(postcode);
    if (normalised === undefined)
      throw new ConfigError(file, pointer, `"${postcode}" is not a valid UK postcode`);
    const earlier = seen.check(normalised, pointer);
    if (earlier)
      throw new ConfigError(
        file,
        pointer,
        `the postcode ${normalised} is already listed at ${earlier}`,
      );
    if (!wardIds.has(wardId))
      throw new ConfigError(file, pointer, `no ward has the id "${wardId}"`);
  }
}

/**
 * Validates a parsed directory.json (schema first, then what a schema cannot check: unique ids,
 * references to wards and members that exist, no address listed twice) and builds its Directory.
 * Throws a ConfigError naming the file and the JSON pointer of the first problem.
 */
export function loadDirectory(json: unknown, file: string): Directory {
  const data = checkDirectoryFile(json, file);
  const wardIds = checkWards(data, file);
  const addresses = new FirstSeen();
  const memberIds = checkMembers(data, file, wardIds, addresses);
  checkGroups(data, file, memberIds, addresses);
  if (typeof data.postcodes === "object")
    checkPostcodeMap(data.postcodes, file, "/postcodes", wardIds);
  return new Directory(data);
}

/**
 * Validates a parsed postcode shard (`postcodes/GU16.json`) against the directory's wards, ready
 * for `Directory.addPostcodeShard`. Throws a ConfigError naming the shard file and the postcode.
 */
export function loadPostcodeShard(
  json: unknown,
  file: string,
  directory: { wardById(id: string): unknown },
): Record<string, string> {
  const postcodes = checkPostcodeShard(json, file);
  const wardIds = new Set(
    Object.values(postcodes).filter((id) => directory.wardById(id) !== undefined),
  );
  checkPostcodeMap(postcodes, file, "", wardIds);
  return postcodes;
}
