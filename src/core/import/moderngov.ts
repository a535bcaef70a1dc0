/**
 * ModernGov's GetCouncillorsByWard export (mgWebService.asmx/GetCouncillorsByWard) as a
 * directory.json. The shape read:
 *
 *   <councillorsbyward><wards><ward>
 *     <wardtitle>Frimley Green</wardtitle>
 *     <councillors><councillor>
 *       <councillorid/> <fullusername/> <politicalpartytitle/> <politicalgrouptitle/>
 *       <districttitle/> <keyposts/> <workaddress>… <email/></workaddress>
 *       <homeaddress>… <phone/> <email/></homeaddress>
 *     </councillor></councillors>
 *   </ward></wards></councillorsbyward>
 *
 * Only names, parties, key posts, wards and email addresses are read: addresses and phone
 * numbers never reach the directory. The work email is the member's address; the home email is
 * used only when the work email is blank (it is then the one address the council publishes for
 * the member; a warning says so). A personal address beside a work one is not carried over: add
 * it by hand, and a sync with --base keeps it.
 *
 * County councils may export divisions with their district in front ("Surrey Heath - Camberley
 * East", "Elmbridge: Hersham"). The division's own name becomes the ward's name (and slug id),
 * because that is what officers write; the exported form is still matched against the base
 * directory. A prefix is read as a district only when a councillor's <districttitle> says so or
 * when at least two wards share it, so a ward whose real name contains " - " is left alone.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildDirectory } from "./build";
import { ImportError } from "./errors";
import { cleanMemberName, isVacancy } from "./person-name";
import { roleFromPost, splitPosts } from "./roles";
import { cleanText, comparableKey, splitEmails } from "./text";
import type {
  ImportedMember,
  ImportedWard,
  ImportOptions,
  ImportResult,
  ImportWarning,
} from "./types";

/** Party titles that mean "not known" rather than a party. */
const NO_PARTY = /^(?:unknown|none|n\/?a|not known|no party|-+|\?+)$/i;

/**
 * "Surrey Heath - Camberley East", "Elmbridge: Hersham", "Tandridge – Oxted": the district and
 * the division, split at the first ":" or spaced dash after the first character (what
 * `/^(.+?)\s*(?::|\s[-\u2013\u2014]\s)\s*(.+)$/` would capture, in one pass over the title).
 */
export function districtPrefix(title: string): [prefix: string, rest: string] | undefined {
  const isSpace = (i: number) => /\s/.test(title.charAt(i));
  for (let i = 1; i < title.length; i++) {
    // A run of spaces is looked at from its start (or from 1) only, so each is read once.
    if (i > 1 && isSpace(i) && isSpace(i - 1)) continue;
    let j = i;
    while (j < title.length && isSpace(j)) j++;
    let after = -1;
    if (title.charAt(j) === ":") after = j + 1;
    else if (j > i && "-\u2013\u2014".includes(title.charAt(j)) && isSpace(j + 1)) after = j + 2;
    if (after < 0) continue;
    const rest = title.slice(after);
    // Titles come through cleanText: one line, so the rest is never split by a line break.
    if (rest === "") continue;
    const trimmed = rest.replace(/^\s+/, "");
    return [title.slice(0, i), trimmed === "" ? rest.slice(-1) : trimmed];
  }
  return undefined;
}

/** Trailing "Ward" or "Division" is the export's label, not part of the name ("Bagshot Ward"). */
const WARD_SUFFIX = /\s(?:ward|division)$/i;

type XmlNode = unknown;

function isRecord(node: XmlNode): node is Record<string, unknown> {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

function child(node: XmlNode, name: string): XmlNode {
  return isRecord(node) ? node[name] : undefined;
}

function children(node: XmlNode, name: string): XmlNode[] {
  const value = child(node, name);
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** An element's text ("" for an empty or missing element). */
function text(node: XmlNode): string {
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") {
    return String(node);
  }
  if (isRecord(node)) return text(node["#text"]);
  if (Array.isArray(node)) return node.length > 0 ? text(node[0]) : "";
  return "";
}

/** The <councillorsbyward> element, also inside a SOAP envelope. */
function findRoot(node: XmlNode, depth = 0): XmlNode {
  if (!isRecord(node) || depth > 6) return undefined;
  for (const name of ["councillorsbyward", "councillorsbywardid", "councillorsbypostcode"]) {
    if (name in node) return node[name] ?? {};
  }
  for (const key of Object.keys(node)) {
    const found = findRoot(node[key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function parseXml(xml: string, source: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ImportError(source, `is not well-formed XML (${valid.err.msg})`, valid.err.line);
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    htmlEntities: true,
    isArray: (name) => name === "ward" || name === "councillor",
  });
  return parser.parse(xml) as XmlNode;
}

interface ExportedWard {
  title: string;
  councillors: XmlNode[];
}

/** Ward titles with a district prefix turned into division names (see the module comment). */
function wardNames(wards: readonly ExportedWard[]): Map<string, ImportedWard> {
  const prefixCount = new Map<string, number>();
  for (const { title } of wards) {
    const match = districtPrefix(title);
    if (match?.[0])
      prefixCount.set(comparableKey(match[0]), (prefixCount.get(comparableKey(match[0])) ?? 0) + 1);
  }
  const named = new Map<string, ImportedWard>();
  for (const { title, councillors } of wards) {
    const match = districtPrefix(title);
    const prefix = match?.[0] ?? "";
    const districts = councillors.map((c) =>
      comparableKey(cleanText(text(child(c, "districttitle")))),
    );
    const isDistrict =
      match !== undefined &&
      ((prefixCount.get(comparableKey(prefix)) ?? 0) >= 2 ||
        districts.includes(comparableKey(prefix)));
    const name = isDistrict ? (match?.[1] ?? title) : title;
    named.set(title, name === title ? { name } : { name, otherNames: [title] });
  }
  // Two districts with a division of the same name: those keep the exported form.
  const byName = new Map<string, number>();
  for (const ward of named.values()) {
    byName.set(comparableKey(ward.name), (byName.get(comparableKey(ward.name)) ?? 0) + 1);
  }
  for (const [title, ward] of named) {
    if ((byName.get(comparableKey(ward.name)) ?? 0) > 1 && ward.name !== title) {
      named.set(title, { name: title });
    }
  }
  return named;
}

function wardTitle(ward: XmlNode): string {
  // cleanText leaves single spaces, so the label's space is one character.
  const title = cleanText(text(child(ward, "wardtitle")));
  const bare = title.replace(WARD_SUFFIX, "");
  return bare === "" ? title : bare;
}

/** The member's addresses: the work email, else the home email (never both; see above). */
function memberEmails(councillor: XmlNode, name: string, warnings: ImportWarning[]): string[] {
  const work = [
    text(child(child(councillor, "workaddress"), "email")),
    text(child(councillor, "email")),
  ];
  const read = (cells: string[]) => {
    const { emails, invalid } = splitEmails(cells.join(";"));
    for (const token of invalid) {
      warnings.push({ member: name, message: `"${token}" is not an email address: left out` });
    }
    return emails;
  };
  const emails = read(work);
  if (emails.length > 0) return emails;
  const home = read([text(child(child(councillor, "homeaddress"), "email"))]);
  if (home.length > 0) {
    warnings.push({ member: name, message: "no work email address: using the home email address" });
  }
  return home;
}

function memberParty(councillor: XmlNode): string | undefined {
  for (const field of ["politicalpartytitle", "politicalgrouptitle"]) {
    const party = cleanText(text(child(councillor, field)));
    if (party !== "" && !NO_PARTY.test(party)) return party;
  }
  return undefined;
}

function readCouncillor(
  councillor: XmlNode,
  ward: ImportedWard,
  warnings: ImportWarning[],
): ImportedMember | undefined {
  const rawName = cleanText(text(child(councillor, "fullusername")));
  if (rawName === "" || isVacancy(rawName)) {
    if (rawName !== "")
      warnings.push({ member: rawName, message: `a vacant seat in ${ward.name}: left out` });
    else warnings.push({ message: `a councillor in ${ward.name} has no name: left out` });
    return undefined;
  }
  const name = cleanMemberName(rawName);
  const roles = splitPosts(text(child(councillor, "keyposts")))
    .map(roleFromPost)
    .filter((role) => role !== undefined);
  const party = memberParty(councillor);
  const councillorId = cleanText(text(child(councillor, "councillorid")));
  return {
    name,
    emails: memberEmails(councillor, name, warnings),
    wards: [ward],
    roles,
    ...(party !== undefined ? { party } : {}),
    ...(councillorId !== "" ? { sourceKey: councillorId } : {}),
  };
}

/**
 * The directory for a ModernGov GetCouncillorsByWard export. Throws an ImportError when the
 * text is not XML, not that export, or lists no councillors.
 */
export function directoryFromModernGov(xml: string, options: ImportOptions = {}): ImportResult {
  const source = options.source ?? "the ModernGov export";
  const root = findRoot(parseXml(xml, source));
  if (root === undefined) {
    throw new ImportError(
      source,
      "has no <councillorsbyward> element: is it ModernGov's GetCouncillorsByWard export?",
    );
  }
  const wards: ExportedWard[] = children(child(root, "wards"), "ward").map((ward) => ({
    title: wardTitle(ward),
    councillors: children(child(ward, "councillors"), "councillor"),
  }));
  if (!wards.some((ward) => ward.councillors.length > 0)) {
    throw new ImportError(source, "lists no councillors");
  }
  const warnings: ImportWarning[] = [];
  const names = wardNames(wards);
  const importedWards: ImportedWard[] = [];
  const members: ImportedMember[] = [];
  for (const ward of wards) {
    const imported = names.get(ward.title);
    if (ward.title === "" || !imported) {
      warnings.push({
        message: `a ward with no <wardtitle> (${ward.councillors.length} councillors): left out`,
      });
      continue;
    }
    importedWards.push(imported);
    for (const councillor of ward.councillors) {
      const member = readCouncillor(councillor, imported, warnings);
      if (member) members.push(member);
    }
  }
  const built = buildDirectory(
    {
      wards: importedWards,
      members,
      description: "Imported from ModernGov (GetCouncillorsByWard)",
      wardIdsAllowed: false,
      partyGiven: true,
      rolesGiven: true,
    },
    options,
    source,
  );
  return { directory: built.directory, warnings: [...warnings, ...built.warnings] };
}
