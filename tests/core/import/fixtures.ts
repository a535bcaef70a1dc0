import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DirectoryFile, Member } from "../../../src/core/directory/types";

export const FIXTURES = join(__dirname, "..", "..", "fixtures", "import");

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

export function baseDirectory(): DirectoryFile {
  return JSON.parse(fixture("base-directory.json")) as DirectoryFile;
}

/** The member with this name (the test fails when there is none). */
export function memberNamed(directory: DirectoryFile, name: string): Member {
  const member = directory.members.find((m) => m.name === name);
  if (!member) throw new Error(`no member named ${name}`);
  return member;
}

/** Wraps <ward> elements in a GetCouncillorsByWard document. */
export function modernGovXml(wards: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<councillorsbyward><wards>${wards}</wards></councillorsbyward>`;
}

let nextCouncillorId = 1;

/** One <ward> with councillors given as [name, email, keyposts?, extra XML?]. */
export function wardXml(
  title: string,
  ...councillors: [string, string, string?, string?][]
): string {
  const people = councillors
    .map(
      ([name, email, posts = "", extra = ""]) =>
        `<councillor><councillorid>${nextCouncillorId++}</councillorid><fullusername>${name}</fullusername>` +
        `<politicalpartytitle>Independent</politicalpartytitle><keyposts>${posts}</keyposts>` +
        `<workaddress><email>${email}</email></workaddress>${extra}</councillor>`,
    )
    .join("");
  return `<ward><wardtitle>${title}</wardtitle><councillors>${people}</councillors></ward>`;
}

export const OPTIONS = { council: "Test Council", updated: "2026-11-01" };
