/**
 * Key posts ("Leader of the Council; Portfolio Holder for Finance") as directory roles.
 *
 * Decisions:
 * - "Shadow ..." posts are not roles: the protocol's special treatment is for the executive and
 *   for chairs, not for the opposition's spokespeople. Such posts are left out.
 * - Vice-chairs and deputy chairs are not committee chairs (they chair only in the chair's
 *   absence, which no directory can know): kind "other", title kept.
 * - "Chairman/Chair of the Council" is the civic head in councils without a mayor, so kind "mayor".
 *   Deputy mayors and vice-chairmen of the council are "other".
 * - "Leader of the Council" (or of "<name> Council", or plain "Leader") is the leader; "Leader of the
 *   <party> Group", "Leader of the Opposition" and "<party> Group Leader" are group leaders; deputy
 *   group leaders are "other".
 * - Cabinet Member / Portfolio Holder / Executive Member / Executive Councillor / Lead Member for X
 *   are portfolio holders; their deputies and assistants are "other".
 * - Anything else is kept as kind "other" with its title, so the administrator sees it.
 * Every role keeps the post's own text as its title.
 */
import type { Role, RoleKind } from "../directory/types";
import { cleanText } from "./text";

export const ROLE_KINDS: readonly RoleKind[] = [
  "leader",
  "deputy-leader",
  "portfolio-holder",
  "committee-chair",
  "group-leader",
  "mayor",
  "other",
];

const CHAIR = "(?:chair|chairman|chairwoman|chairperson)";
const VICE_CHAIR = new RegExp(`^(?:vice|deputy) ${CHAIR}\\b`);
const COUNCIL_CHAIR = new RegExp(`^${CHAIR}(?: of)?(?: the)? (?:[a-z' ]+ )?council$`);
const COMMITTEE_CHAIR = new RegExp(
  `^${CHAIR}\\b|\\b(?:committee|sub committee|board|panel|commission|forum) ${CHAIR}$`,
);
const SHADOW = /^shadow\b|\bshadow (?:cabinet|portfolio|executive|lead)\b/;
const DEPUTY_MAYOR = /\b(?:deputy|vice|assistant) (?:lord |civic )?mayor\b/;
const MAYOR = /^(?:the )?(?:lord |civic |ceremonial |elected |executive )?mayor\b/;
const PORTFOLIO =
  /\b(?:cabinet member|portfolio holder|executive member|executive councillor|lead member|lead councillor|cabinet lead|cabinet portfolio)\b/;
const DEPUTY_PORTFOLIO =
  /^(?:deputy|assistant|associate|shadow) (?:cabinet|portfolio|executive|lead)\b/;
/** "Leader", "Council Leader", "Deputy Leader of the Council", "Leader of the Labour Group". */
const LEADER_OF = /^(deputy )?(?:council )?leader\b(?: of (?:the )?(.*))?/;
/** "Conservative Group Leader", "Opposition Leader", "Deputy Opposition Group Leader". */
const GROUP_LEADER = /\b(?:group|opposition) leader\b/;

/** Lowercase, hyphens and dashes as spaces ("Vice-Chair" → "vice chair"), single spaces. */
function fold(post: string): string {
  return post
    .toLowerCase()
    .replace(/[-\u2013\u2014]/g, " ")
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Who a "Leader of ..." post leads: the council (or its executive), or a group or party. */
function leadsTheCouncil(what: string | undefined): boolean {
  return (
    what === undefined ||
    what === "" ||
    /^(?:[a-z' ]+ )?council\b/.test(what) ||
    /^(?:cabinet|executive)\b/.test(what)
  );
}

/** The role kind of a key post, or undefined when the post is not a role at all ("Shadow ..."). */
export function roleKindOfPost(post: string): RoleKind | undefined {
  const text = fold(post);
  if (text === "" || SHADOW.test(text)) return undefined;
  if (VICE_CHAIR.test(text)) return "other";
  if (COUNCIL_CHAIR.test(text)) return "mayor";
  if (DEPUTY_MAYOR.test(text)) return "other";
  if (MAYOR.test(text)) return "mayor";
  const leader = LEADER_OF.exec(text);
  // "Leader of the Council" first, so "Leader of the Council and Group Leader" is the leader.
  if (leader && leadsTheCouncil(leader[2])) return leader[1] ? "deputy-leader" : "leader";
  if (GROUP_LEADER.test(text) || leader) return /\bdeputy\b/.test(text) ? "other" : "group-leader";
  if (DEPUTY_PORTFOLIO.test(text)) return "other";
  if (PORTFOLIO.test(text)) return "portfolio-holder";
  if (COMMITTEE_CHAIR.test(text)) return "committee-chair";
  return "other";
}

/** A key post as a role, its text as the title; undefined when it is not a role. */
export function roleFromPost(post: string): Role | undefined {
  const title = cleanText(post);
  const kind = roleKindOfPost(title);
  return kind === undefined ? undefined : { kind, title };
}

/** Free-text key posts split into posts: ModernGov joins them with ";" (some exports use new lines). */
export function splitPosts(text: string): string[] {
  return text
    .split(/;|\r?\n|<br\s*\/?>/i)
    .map(cleanText)
    .filter((post) => post !== "");
}

/** Adds a role unless the member already has one of that kind and title. */
export function addRole(roles: Role[], role: Role): void {
  if (!roles.some((r) => r.kind === role.kind && r.title === role.title)) roles.push(role);
}
