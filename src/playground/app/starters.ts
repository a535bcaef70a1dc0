/**
 * The Reply and Forward starters: a new compose window over an email a member sent the officer,
 * quoted the way Outlook on the web quotes it, with the compose type Outlook reports.
 */
import { OFFICER, type PlaygroundDraft } from "./draft";
import { owaBody, type QuotedMessage } from "./owa-body";

/** An enquiry from a member to the playground's officer, on nothing ward-wide. */
export const MEMBER_EMAIL: QuotedMessage = {
  from: { name: "Cllr Jane Doe", address: "jane.doe@surreyheath-council.example" },
  to: [OFFICER],
  sent: "23 November 2026 08:54",
  subject: "Fallen tree blocking the footpath by the canal",
  paragraphs: [
    "Dear Priya,",
    "A resident has told me that a tree came down in Sunday’s wind and is now lying across the footpath between the canal bridge and the school. She is worried that children will climb over it on their way to school. Her address is 12 Lock View, and she is happy to be contacted.",
    "Could you let me know who owns the land and when the tree can be cleared?",
    "Many thanks,\nJane",
    "Cllr Jane Doe\nSurrey Heath Borough Council",
  ],
};

const SIGN_OFF = [
  "Kind regards,\nPriya",
  "Priya Patel\nSenior Planning Officer | Surrey Heath Borough Council",
];

export type StarterKind = "reply" | "forward";

export function starterDraft(kind: StarterKind): PlaygroundDraft {
  const reply = kind === "reply";
  const greeting = reply ? "Dear Cllr Doe," : "";
  return {
    from: OFFICER,
    to: reply ? [MEMBER_EMAIL.from] : [],
    cc: [],
    bcc: [],
    subject: `${reply ? "RE" : "FW"}: ${MEMBER_EMAIL.subject}`,
    composeType: kind,
    bodyHtml: owaBody([greeting, "", ...SIGN_OFF], MEMBER_EMAIL),
  };
}
