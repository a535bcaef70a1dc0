import { people as p, ruleTester } from "./rule-tester";
import {
  appleMailReply,
  gmailReply,
  outlookDesktop,
  outlookWeb,
  type ChainMessage,
} from "../../helpers/mail-bodies";

const doeEnquiry: ChainMessage = {
  from: p.doe,
  to: [p.priya],
  sent: "Thursday, November 19, 2026 4:47 PM",
  subject: "Planning enforcement – 14 Beech Road",
  text: [
    "Dear Priya,",
    "A resident tells me the extension at 14 Beech Road is going well beyond what was approved. Could you tell me whether enforcement have visited?",
    "Many thanks, Jane",
  ],
};
const answer = [
  "Dear Cllr Doe,",
  "Our enforcement officer visited on 18 November and has asked for a retrospective application.",
];
const reply = (body: string) => ({
  composeType: "reply" as const,
  subject: "RE: Planning enforcement – 14 Beech Road",
  body,
});

ruleTester("portfolio-holder-copied", {
  valid: [
    {
      name: "reply to the enquiring member only",
      draft: { to: [p.doe], ...reply(outlookDesktop(answer, [doeEnquiry])) },
    },
    {
      name: "reply copying officer colleagues",
      draft: { to: [p.doe], cc: [p.mark], ...reply(outlookWeb(answer, [doeEnquiry])) },
    },
    {
      name: "the enquirer had copied the portfolio holder in herself",
      draft: {
        to: [p.doe],
        cc: [p.khan],
        ...reply(outlookDesktop(answer, [{ ...doeEnquiry, cc: [p.khan] }])),
      },
    },
    {
      name: "the enquiring member agreed",
      draft: {
        to: [p.doe],
        cc: [p.khan],
        ...reply(outlookDesktop(answer, [doeEnquiry])),
        records: {
          consents: [
            {
              memberId: "m-jane-doe",
              rule: "portfolio-holder-copied",
              recordedAt: "2026-11-20T09:00:00Z",
            },
          ],
        },
      },
    },
    {
      name: "a new briefing to two members is not an enquiry",
      draft: {
        to: [p.doe],
        cc: [p.khan],
        subject: "Briefing: Local Plan timetable",
        body: outlookDesktop(["Dear Councillors, the Local Plan timetable is attached."], []),
      },
    },
    {
      name: "another backbencher copied, when only cabinet members count",
      draft: { to: [p.doe], cc: [p.okafor], ...reply(gmailReply(answer, [doeEnquiry])) },
      options: { alsoOtherMembers: false },
    },
    {
      name: "a new email without the council's enquiry wording (enquiryWords option)",
      draft: {
        to: [p.doe],
        cc: [p.khan],
        subject: "Further to your enquiry",
        body: "Dear Cllr Doe, further to your enquiry, the Local Plan timetable is attached.",
      },
      options: { enquiryWords: ["ME/2026"] },
    },
    {
      name: "the portfolio holder's own enquiry, answered to him",
      draft: {
        to: [p.khan],
        ...reply(outlookDesktop(["Dear Cllr Khan, …"], [{ ...doeEnquiry, from: p.khan }])),
      },
    },
  ],
  invalid: [
    {
      name: "Outlook desktop: reply to the enquiry copying the portfolio holder",
      draft: { to: [p.doe], cc: [p.khan], ...reply(outlookDesktop(answer, [doeEnquiry])) },
      findings: [
        {
          rule: "portfolio-holder-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Amir Khan"],
          citation: "Surrey Heath 7.1",
          message: [
            "Cllr Jane Doe’s enquiry",
            "Cllr Amir Khan (Portfolio Holder for Planning)",
            "Cllr Doe’s agreement",
          ],
          output: {
            remove: { cc: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "portfolio-holder-copied" }],
            },
          },
        },
      ],
    },
    {
      // Copying her openly is the Bcc rule's fix: it would leave this finding, so not offered here.
      name: "the Leader in Bcc: remove or consent",
      draft: { to: [p.doe], bcc: [p.whitfield], ...reply(outlookWeb(answer, [doeEnquiry])) },
      findings: [
        {
          rule: "portfolio-holder-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Sarah Whitfield"],
          citation: "Surrey Heath 7.1",
          message: ["Leader of the Council"],
          output: {
            remove: { bcc: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "portfolio-holder-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "any other member, when alsoOtherMembers is on (Surrey Heath 7.1)",
      draft: { to: [p.doe], cc: [p.okafor], ...reply(gmailReply(answer, [doeEnquiry])) },
      options: { alsoOtherMembers: true },
      findings: [
        {
          rule: "portfolio-holder-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr David Okafor"],
          citation: "Surrey Heath 7.1",
          output: {
            remove: { cc: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "portfolio-holder-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "the Executive group copied into a Gmail reply",
      draft: { to: [p.doe], cc: [p.executive], ...reply(gmailReply(answer, [doeEnquiry])) },
      findings: [
        {
          rule: "portfolio-holder-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Sarah Whitfield", "Cllr Amir Khan"],
          citation: "Surrey Heath 7.1",
          message: ["Executive (including"],
          output: {
            remove: { cc: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "portfolio-holder-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "a new email answering “your enquiry”",
      draft: {
        to: [p.doe],
        cc: [p.whitfield],
        subject: "Your enquiry about 14 Beech Road",
        body: outlookDesktop(
          ["Dear Cllr Doe,", "Further to your enquiry, enforcement visited on 18 November."],
          [],
        ),
      },
      findings: [
        {
          rule: "portfolio-holder-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Sarah Whitfield"],
          citation: "Surrey Heath 7.1",
          output: {
            remove: { cc: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "portfolio-holder-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "the council's own enquiry wording (enquiryWords option)",
      draft: {
        to: [p.doe],
        cc: [p.khan],
        subject: "ME/2026/1187 – Beech Road",
        body: "Dear Cllr Doe, in response to ME/2026/1187, enforcement visited on 18 November.",
      },
      options: { enquiryWords: ["ME/2026"] },
      findings: [
        {
          rule: "portfolio-holder-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Amir Khan"],
          citation: "Surrey Heath 7.1",
          output: {
            remove: { cc: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "portfolio-holder-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "a reply with no quoted history (Re: subject)",
      draft: {
        to: [p.doe],
        cc: [p.khan],
        subject: "Re: Beech Road",
        composeType: "new",
        body: "Dear Jane,\n\nEnforcement visited on 18 November.\n\nPriya",
      },
      findings: [
        {
          rule: "portfolio-holder-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Amir Khan"],
          citation: "Surrey Heath 7.1",
          output: {
            remove: { cc: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "portfolio-holder-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "a committee chair, when the council counts chairs too",
      draft: { to: [p.doe], cc: [p.brennan], ...reply(outlookDesktop(answer, [doeEnquiry])) },
      options: { roleKinds: ["leader", "deputy-leader", "portfolio-holder", "committee-chair"] },
      findings: [
        {
          rule: "portfolio-holder-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Lucy Brennan"],
          citation: "Surrey Heath 7.1",
          message: ["Chair of the Planning Applications Committee"],
          output: {
            remove: { cc: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "portfolio-holder-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "Apple Mail: a forward of the enquiry to the portfolio holder",
      draft: {
        to: [p.khan],
        composeType: "forward",
        subject: "Fwd: Planning enforcement",
        body: appleMailReply(["Amir, for your awareness."], [doeEnquiry]),
      },
      findings: [
        {
          rule: "portfolio-holder-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Amir Khan"],
          citation: "Surrey Heath 7.1",
          message: ["This passes Cllr Jane Doe’s enquiry on to Cllr Amir Khan"],
          output: {
            remove: { to: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "portfolio-holder-copied" }],
            },
          },
        },
      ],
    },
  ],
});
