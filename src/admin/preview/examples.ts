/**
 * Ready-made sample drafts, one for each rule and one that breaks none, built from the directory
 * being edited (so they name this council's own members and wards). Officers' addresses are
 * invented at an .example domain.
 */
import type { DirectoryFile, Member, RuleId } from "../../core";
import { formatRecipient, type DraftForm } from "./draft-form";

export interface PreviewExample {
  id: RuleId | "clean";
  /** What the sample is, in a few words: shown in the example picker. */
  title: string;
  /** What it should show under the council's preset. */
  expect: string;
  form: DraftForm;
}

const OFFICER = { name: "Sam Officer", address: "sam.officer@officers.example" };
const COLLEAGUE = { name: "Alex Colleague", address: "alex.colleague@officers.example" };
const CABINET_KINDS = new Set(["leader", "deputy-leader", "portfolio-holder"]);

function cllr(member: Member): string {
  return formatRecipient(`Cllr ${member.name}`, member.emails[0] ?? "");
}

function officer(): string {
  return formatRecipient(OFFICER.name, OFFICER.address);
}

function signOff(): string {
  return `Kind regards,\n${OFFICER.name}`;
}

/** A member with an address, in a ward that has at least two members when there is one. */
function pickWardMember(dir: DirectoryFile): Member | undefined {
  const withEmail = dir.members.filter((m) => m.emails.length > 0 && m.wards.length > 0);
  const shared = withEmail.find((m) =>
    m.wards.some((w) => dir.members.filter((o) => o.wards.includes(w)).length >= 2),
  );
  return shared ?? withEmail[0];
}

function wardName(dir: DirectoryFile, id: string | undefined): string | undefined {
  const ward = dir.wards.find((w) => w.id === id);
  if (!ward) return undefined;
  return ward.ambiguous ? `${ward.name} ward` : ward.name;
}

export function buildExamples(dir: DirectoryFile): PreviewExample[] {
  const enquirer = pickWardMember(dir);
  if (!enquirer) return [];
  const others = dir.members.filter(
    (m) =>
      m.id !== enquirer.id &&
      m.emails.length > 0 &&
      !m.wards.some((w) => enquirer.wards.includes(w)),
  );
  const cabinet =
    dir.members.find(
      (m) =>
        m.id !== enquirer.id &&
        m.emails.length > 0 &&
        (m.roles ?? []).some((r) => CABINET_KINDS.has(r.kind)),
    ) ?? others[0];
  const other = others.find((m) => m.id !== cabinet?.id) ?? others[0] ?? cabinet;
  const ward =
    enquirer.wards.find((w) => dir.members.filter((m) => m.wards.includes(w)).length >= 2) ??
    enquirer.wards[0];
  const place = wardName(dir, ward) ?? "the ward";
  const examples: PreviewExample[] = [];

  examples.push({
    id: "bcc-to-members",
    title: "Members in Bcc",
    expect: "Blind copies to members: the members in Bcc cannot see who else was sent it.",
    form: {
      to: officer(),
      cc: "",
      bcc: [enquirer, other]
        .filter((m): m is Member => m !== undefined)
        .map(cllr)
        .join("; "),
      subject: "Member briefing: new opening hours",
      body: `Dear Councillors,\n\nThe customer service centre will open from 9am to 4pm from next month.\n\n${signOff()}`,
      composeType: "new",
    },
  });

  if (other) {
    examples.push({
      id: "member-enquiry-forwarded",
      title: "A member's email forwarded to another member",
      expect: `Member's email passed on: Cllr ${other.name} was not on Cllr ${enquirer.name}'s email.`,
      form: {
        to: cllr(other),
        cc: "",
        bcc: "",
        subject: "FW: Fly-tipping behind the shops",
        body:
          `Dear Cllr ${other.name},\n\nPlease see Cllr ${enquirer.name}'s email below: I thought you would want to see it.\n\n${signOff()}\n\n` +
          `-----Original Message-----\nFrom: ${cllr(enquirer)}\nSent: Monday, 16 November 2026 09:12\nTo: ${officer()}\n` +
          `Subject: Fly-tipping behind the shops\n\nDear Sam,\n\nSomeone has been dumping rubbish behind the shops again. Could it be cleared?\n\nBest wishes,\n${enquirer.name}\n`,
        composeType: "forward",
      },
    });
  }

  if (cabinet) {
    examples.push({
      id: "portfolio-holder-copied",
      title: "A cabinet member copied into a member's enquiry",
      expect: `Cabinet member copied: Cllr ${cabinet.name} is copied into Cllr ${enquirer.name}'s enquiry.`,
      form: {
        to: cllr(enquirer),
        cc: cllr(cabinet),
        bcc: "",
        subject: "RE: Your enquiry about the extension at 14 Beech Road",
        body:
          `Dear Cllr ${enquirer.name},\n\nThank you for your enquiry about the extension proposed at 14 Beech Road. ` +
          `The case officer has asked for amended plans.\n\nI have copied in Cllr ${cabinet.name}, who asked to be kept informed.\n\n${signOff()}`,
        composeType: "reply",
      },
    });
  }

  examples.push({
    id: "local-members-not-copied",
    title: `Works in ${place} without all its members`,
    expect: `Local members not told: the other members for ${place} are missing.`,
    form: {
      to: cllr(enquirer),
      cc: "",
      bcc: "",
      subject: `Road closure in ${place}`,
      body:
        `Dear Cllr ${enquirer.name},\n\nHere are the details of the planned works to resurface the car park in ${place}. ` +
        `There will be a road closure on the access road for one week.\n\n${signOff()}`,
      composeType: "new",
    },
  });

  examples.push({
    id: "clean",
    title: "A note to an officer colleague (breaks no rule)",
    expect: "Nothing to report.",
    form: {
      to: formatRecipient(COLLEAGUE.name, COLLEAGUE.address),
      cc: "",
      bcc: "",
      subject: "Rota for next week",
      body: `Hi Alex,\n\nThe rota for next week is attached.\n\n${signOff()}`,
      composeType: "new",
    },
  });
  return examples;
}
