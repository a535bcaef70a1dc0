/**
 * The first problem with one member being edited, found with the directory's own checks: the
 * member alone first (so another member's problem cannot hide it), then in the whole directory
 * (addresses already used by someone else).
 */
import { ConfigError, type DirectoryFile, type Member, type MemberGroup } from "../../core";
import { saveMember, tidyMember } from "./directory-edit";
import { checkDirectory, isAt } from "./validation";

function moved(error: ConfigError, from: string, to: string): ConfigError {
  return new ConfigError(error.file, to + error.path.slice(from.length), error.reason);
}

export function checkMember(
  dir: DirectoryFile,
  index: number | undefined,
  member: Member,
): ConfigError | undefined {
  const at = `/members/${index ?? dir.members.length}`;
  const wards = dir.wards.length > 0 ? dir.wards : [{ id: "ward", name: "Ward" }];
  const alone = checkDirectory({
    council: "check",
    updated: "2000-01-01",
    wards,
    members: [tidyMember(member)],
  });
  if (!alone.ok && isAt(alone.error.path, "/members/0"))
    return moved(alone.error, "/members/0", at);
  const whole = checkDirectory(saveMember(dir, index, member));
  if (!whole.ok && isAt(whole.error.path, at)) return whole.error;
  return undefined;
}

/** The same for a member group. */
export function checkGroup(
  dir: DirectoryFile,
  index: number | undefined,
  group: MemberGroup,
): ConfigError | undefined {
  const at = `/groups/${index ?? (dir.groups ?? []).length}`;
  const groups = [...(dir.groups ?? [])];
  if (index === undefined) groups.push(group);
  else groups[index] = group;
  const alone = checkDirectory({
    council: "check",
    updated: "2000-01-01",
    wards: [{ id: "ward", name: "Ward" }],
    members: [
      { id: "placeholder", name: "Placeholder", emails: ["placeholder@check.invalid"], wards: [] },
    ],
    groups: [group.members ? { ...group, members: [] } : group],
  });
  if (!alone.ok && isAt(alone.error.path, "/groups/0")) return moved(alone.error, "/groups/0", at);
  const whole = checkDirectory({ ...dir, groups });
  if (!whole.ok && isAt(whole.error.path, at)) return whole.error;
  return undefined;
}
