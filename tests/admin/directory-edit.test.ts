import {
  addWard,
  removeMember,
  saveMember,
  saveWard,
  searchMembers,
  slugify,
  tidyMember,
  uniqueId,
  wardInUse,
} from "../../src/admin/state/directory-edit";
import { checkMember } from "../../src/admin/state/member-check";
import { sampleDirectory } from "./sample";

describe("directory edits", () => {
  test("ids from names", () => {
    expect(slugify("Kevin O'Brien")).toBe("kevin-obrien");
    expect(slugify("Mytchett & Deepcut")).toBe("mytchett-and-deepcut");
    expect(slugify("Zoë  Élan")).toBe("zoe-elan");
    expect(uniqueId("jane-doe", ["jane-doe", "jane-doe-2"])).toBe("jane-doe-3");
  });

  test("a member's id change follows into groups; removing takes them out of groups", () => {
    const dir = sampleDirectory();
    const index = dir.members.findIndex((m) => m.id === "victoria-lane");
    const member = dir.members[index]!;
    const renamed = saveMember(dir, index, { ...member, id: "victoria-lane-2" });
    expect(renamed.groups?.find((g) => g.name === "Executive")?.members).toContain(
      "victoria-lane-2",
    );
    const removed = removeMember(renamed, index);
    expect(removed.members.some((m) => m.id === "victoria-lane-2")).toBe(false);
    expect(removed.groups?.find((g) => g.name === "Executive")?.members).not.toContain(
      "victoria-lane-2",
    );
  });

  test("an empty party or role list is left out", () => {
    expect(
      tidyMember({ id: "a", name: "A", emails: [], wards: [], party: " ", roles: [] }),
    ).toEqual({
      id: "a",
      name: "A",
      emails: [],
      wards: [],
    });
  });

  test("wards: add, rename (members follow), in use", () => {
    const dir = addWard(sampleDirectory(), "Frimley");
    expect(dir.wards.at(-1)).toEqual({ id: "frimley-2", name: "Frimley" });
    const i = dir.wards.findIndex((w) => w.id === "bagshot");
    const renamed = saveWard(dir, i, { id: "bagshot-village", name: "Bagshot" });
    expect(renamed.members.filter((m) => m.wards.includes("bagshot-village"))).toHaveLength(2);
    expect(wardInUse(renamed, "bagshot-village")).toMatch(/^2 members represent this ward/);
    expect(wardInUse(renamed, "frimley-2")).toBeUndefined();
  });

  test("search matches every word against name, address, party, role and ward", () => {
    const dir = sampleDirectory();
    const names = (q: string) => searchMembers(dir, q).map((i) => dir.members[i]!.name);
    expect(names("bagshot")).toEqual(["Jonathan Pryce", "Margaret Ellison"]);
    expect(names("bagshot liberal")).toEqual(["Margaret Ellison"]);
    expect(names("portfolio holder for planning")).toHaveLength(1);
    expect(names("")).toHaveLength(dir.members.length);
  });

  test("checkMember: the member's own problem, even when another member has one", () => {
    const dir = sampleDirectory();
    const broken = {
      ...dir,
      members: [{ ...dir.members[0]!, emails: ["not an address"] }, ...dir.members.slice(1)],
    };
    const error = checkMember(broken, undefined, {
      id: "new",
      name: "New Member",
      emails: ["bad"],
      wards: [],
    });
    expect(error?.path).toBe(`/members/${dir.members.length}/emails/0`);
    expect(error?.reason).toMatch(/is not in the expected format \(an email address/);
    const taken = checkMember(dir, undefined, {
      id: "new",
      name: "New",
      emails: [dir.members[0]!.emails[0]!.toUpperCase()],
      wards: [],
    });
    expect(taken?.reason).toMatch(/is already listed at \/members\/0\/emails\/0/);
    expect(
      checkMember(dir, undefined, {
        id: "new",
        name: "New",
        emails: ["new@x.example"],
        wards: ["bagshot"],
      }),
    ).toBeUndefined();
  });
});
