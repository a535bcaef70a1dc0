import { ConfigError } from "../config/errors";
import { checkDirectoryFile, checkPostcodeShard } from "../config/schemas";
import { expectThat, pointerToken } from "../config/shape";
import { Directory, normaliseAddress } from "./directory";
import { normalisePostcode } from "./postcodes";
import { phraseWords } from "./wards";
import { entriesOf } from "../builtins";

/**
 * A check that each key is listed once in `file`. A repeat is a ConfigError at the repeat's
 * pointer naming where the key was first seen: `${repeated} at /wards/0/id`.
 */
function listedOnce(file: string): (key: string, pointer: string, repeated: string) => void {
  const firstSeen = new Map<string, string>();
  return (key, pointer, repeated) => {
    const earlier = firstSeen.get(key);
    if (earlier) throw new ConfigError(file, pointer, `${repeated} at ${earlier}`);
    firstSeen.set(key, pointer);
  };
}

/** A ward name or alias with no letters or digits ("&", "-") could never be found in a draft. */
function expectWords(phrase: string, file: string, pointer: string): void {
  expectThat(phraseWords(phrase).length > 0, file, pointer, "has no letters or digits to look for");
}

/** Checks an inline postcode map or one shard: real postcodes, each once, of known wards. */
function checkPostcodeMap(
  postcodes: Record<string, string>,
  file: string,
  basePointer: string,
  isWard: (id: string) => boolean,
): void {
  const postcodeOnce = listedOnce(file);
  for (const [postcode, wardId] of entriesOf(postcodes)) {
    const pointer = `${basePointer}/${pointerToken(postcode)}`;
    const normalised = normalisePostcode(postcode);
    if (normalised === undefined)
      throw new ConfigError(file, pointer, `"${postcode}" is not a valid UK postcode`);
    postcodeOnce(normalised, pointer, `the postcode ${normalised} is already listed`);
    expectThat(isWard(wardId), file, pointer, `no ward has the id "${wardId}"`);
  }
}

/**
 * Validates a parsed directory.json (schema first, then what a schema cannot check: unique ids,
 * references to wards and members that exist, no address listed twice, not even for a member
 * and a group) and builds its Directory. Throws a ConfigError naming the file and the JSON
 * pointer of the first problem.
 */
export function loadDirectory(json: unknown, file: string): Directory {
  const data = checkDirectoryFile(json, file);
  const wardIds = new Set(data.wards.map((ward) => ward.id));
  const memberIds = new Set(data.members.map((member) => member.id));

  const wardIdOnce = listedOnce(file);
  data.wards.forEach((ward, w) => {
    const at = `/wards/${w}`;
    wardIdOnce(ward.id, `${at}/id`, `the ward id "${ward.id}" is already used`);
    expectWords(ward.name, file, `${at}/name`);
    (ward.aliases || []).forEach((alias, a) => expectWords(alias, file, `${at}/aliases/${a}`));
  });

  const memberIdOnce = listedOnce(file);
  // One address book for members and groups: an address is one member's, or one group's.
  const addressOnce = listedOnce(file);
  const expectNewAddress = (address: string, pointer: string): void =>
    addressOnce(normaliseAddress(address), pointer, `the address "${address}" is already listed`);
  data.members.forEach((member, m) => {
    const at = `/members/${m}`;
    memberIdOnce(member.id, `${at}/id`, `the member id "${member.id}" is already used`);
    member.wards.forEach((id, w) =>
      expectThat(wardIds.has(id), file, `${at}/wards/${w}`, `no ward has the id "${id}"`),
    );
    member.emails.forEach((email, e) => expectNewAddress(email, `${at}/emails/${e}`));
  });

  (data.groups || []).forEach((group, g) => {
    const at = `/groups/${g}`;
    expectNewAddress(group.email, `${at}/email`);
    (group.members || []).forEach((id, i) =>
      expectThat(memberIds.has(id), file, `${at}/members/${i}`, `no member has the id "${id}"`),
    );
  });

  if (typeof data.postcodes === "object")
    checkPostcodeMap(data.postcodes, file, "/postcodes", (id) => wardIds.has(id));
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
  checkPostcodeMap(postcodes, file, "", (id) => directory.wardById(id) !== undefined);
  return postcodes;
}
