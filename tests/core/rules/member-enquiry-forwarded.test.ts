import { MAX_ATTACHED_DEPTH, type AttachedMessage } from "../../../src/core/draft";
import { people as p, ruleTester } from "./rule-tester";
import {
  appleMailForward,
  gmailForward,
  gmailReply,
  outlookDesktop,
  outlookText,
  outlookWeb,
  thunderbirdReply,
  type ChainMessage,
} from "../../helpers/mail-bodies";

const doeEnquiry: ChainMessage = {
  from: p.doe,
  to: [p.priya],
  cc: [p.hughes],
  sent: "Monday, November 16, 2026 9:12 AM",
  subject: "Flooding on Frimley Green Road",
  text: [
    "Dear Priya,",
    "A local resident has contacted me about water pooling outside the parade of shops on Frimley Green Road after every heavy shower.",
    "Could you let me know whether the gully is on the cleansing schedule?",
    "Best wishes, Jane",
  ],
};
const priyaToMark: ChainMessage = {
  from: p.priya,
  to: [p.mark],
  sent: "Monday, November 16, 2026 11:40 AM",
  subject: "FW: Flooding on Frimley Green Road",
  text: ["Mark, can you check the gully schedule for this one?"],
};
const markToPriya: ChainMessage = {
  from: p.mark,
  to: [p.priya],
  sent: "Tuesday, November 17, 2026 8:05 AM",
  subject: "RE: FW: Flooding on Frimley Green Road",
  text: ["It was last cleared in March; I have booked it for next week."],
};
const officerChain = [markToPriya, priyaToMark, doeEnquiry];
const forwardNote = ["Hi David,", "See below from Cllr Doe: the same problem may affect Mytchett."];

ruleTester("member-enquiry-forwarded", {
  valid: [
    {
      name: "forwarding a member's enquiry to an officer colleague to answer it",
      draft: {
        to: [p.mark],
        subject: "FW: Flooding on Frimley Green Road",
        composeType: "forward",
        body: outlookDesktop(["Mark, can you pick this up?"], [doeEnquiry]),
      },
    },
    {
      name: "replying to the member with her own email quoted",
      draft: {
        to: [p.doe],
        subject: "RE: Flooding on Frimley Green Road",
        composeType: "reply",
        body: gmailReply(["Dear Jane, the gully is booked for next week."], [doeEnquiry]),
      },
    },
    {
      name: "a member the enquirer had copied in herself (her circulation list)",
      draft: {
        to: [p.doe],
        cc: [p.hughes],
        composeType: "reply",
        body: outlookWeb(["Dear Cllr Doe, dear Cllr Hughes, …"], [doeEnquiry]),
      },
    },
    {
      name: "a two-message chain to someone new, below the threshold of 3",
      draft: {
        to: [p.highways],
        composeType: "forward",
        body: outlookDesktop(["Highways: for info."], [priyaToMark, doeEnquiry]),
      },
      options: { chainThreshold: 3 },
    },
    {
      name: "a long chain with no member's email in it",
      draft: {
        to: [p.resident],
        composeType: "forward",
        body: outlookText(
          ["Mr Baker, see the exchange below."],
          [
            markToPriya,
            { ...priyaToMark, from: p.priya, to: [p.mark] },
            { ...markToPriya, sent: "Monday" },
          ],
        ),
      },
    },
    {
      name: "reply-all on a chain where everyone was already on it",
      draft: {
        to: [p.priya],
        cc: [p.mark],
        composeType: "reply",
        body: outlookDesktop(["Thanks both."], officerChain),
      },
    },
    {
      name: "the member agreed (consent recorded)",
      draft: {
        to: [p.okafor],
        composeType: "forward",
        body: outlookDesktop(forwardNote, [doeEnquiry]),
        records: {
          consents: [
            {
              memberId: "m-jane-doe",
              rule: "member-enquiry-forwarded",
              recordedAt: "2026-11-17T10:00:00Z",
              note: "Agreed by phone",
            },
          ],
        },
      },
    },
    {
      name: "a member who has already seen it in a nearer message of the chain",
      draft: {
        to: [p.okafor],
        composeType: "reply",
        body: outlookDesktop(
          ["David, thank you."],
          [
            {
              from: p.okafor,
              to: [p.priya],
              sent: "Wed",
              subject: "RE: FW: Flooding",
              text: ["Thanks, useful."],
            },
            {
              from: p.priya,
              to: [p.okafor],
              sent: "Tue",
              subject: "FW: Flooding",
              text: ["Cllr Doe has agreed I can share this."],
            },
            doeEnquiry,
          ],
        ),
      },
    },
  ],
  invalid: [
    {
      name: "Outlook desktop: forwarding the member's email to another member",
      draft: {
        to: [p.okafor],
        subject: "FW: Flooding on Frimley Green Road",
        composeType: "forward",
        body: outlookDesktop(forwardNote, [doeEnquiry]),
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr David Okafor"],
          citation: "Surrey Heath 7.1",
          message: ["Cllr Jane Doe’s email to Cllr David Okafor", "agreement"],
          output: {
            "remove-quoted-history": {
              body: {
                has: ["See below from Cllr Doe"],
                lacks: ["the gully is on the cleansing schedule"],
              },
            },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
    {
      name: "Gmail: forwarding it to All Members",
      draft: {
        to: [p.allMembers],
        composeType: "forward",
        subject: "Fwd: Flooding",
        body: gmailForward(["All, for information."], doeEnquiry),
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          // Cllr Doe once, though she is also one of All Members.
          people: [
            "Cllr Jane Doe",
            "Cllr Robert Hughes",
            "Cllr Helen Ashby",
            "Cllr Amir Khan",
            "Cllr Sarah Whitfield",
            "Cllr David Okafor",
            "Cllr Lucy Brennan",
            "Cllr Graham Tully",
            "Cllr Fiona Marsh",
            "Cllr Owen Price",
          ],
          citation: "Surrey Heath 7.1",
          message: ["All Members"],
          output: {
            "remove-quoted-history": {
              body: {
                has: ["All, for information."],
                lacks: ["the gully is on the cleansing schedule"],
              },
            },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
    {
      name: "Apple Mail: forwarding it to the portfolio holder",
      draft: {
        to: [p.khan],
        composeType: "forward",
        subject: "Fwd: Flooding",
        body: appleMailForward(["Amir, FYI."], doeEnquiry),
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Amir Khan"],
          citation: "Surrey Heath 7.1",
          output: {
            "remove-quoted-history": {
              body: { has: ["Amir, FYI."], lacks: ["the gully is on the cleansing schedule"] },
            },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
    {
      name: "Thunderbird: a reply that adds another member (quoted by name only)",
      draft: {
        to: [p.doe],
        cc: [p.okafor],
        composeType: "reply",
        subject: "Re: Flooding on Frimley Green Road",
        body: thunderbirdReply(
          ["Jane, I have copied in Cllr Okafor as Mytchett has the same problem."],
          [{ ...doeEnquiry, from: { name: "Jane Doe" } }],
        ),
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr David Okafor"],
          citation: "Surrey Heath 7.1",
          output: {
            "remove-quoted-history": {
              body: {
                has: ["I have copied in Cllr Okafor"],
                lacks: ["the gully is on the cleansing schedule"],
              },
            },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
    {
      name: "Outlook plain text: a chain of 3 with the member's email, to someone on none of them",
      draft: {
        to: [p.highways],
        composeType: "forward",
        subject: "FW: RE: FW: Flooding",
        body: outlookText(["Highways team, over to you."], officerChain),
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe"],
          citation: "Surrey Heath 7.1",
          message: ["chain of 3 earlier emails", "Cllr Jane Doe"],
          output: {
            "remove-quoted-history": {
              body: {
                has: ["Highways team, over to you."],
                lacks: ["the gully is on the cleansing schedule", "last cleared in March"],
              },
            },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
    {
      name: "a lower chain threshold",
      draft: {
        to: [p.highways],
        composeType: "forward",
        body: outlookDesktop(["Highways: for info."], [priyaToMark, doeEnquiry]),
      },
      options: { chainThreshold: 2 },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe"],
          citation: "Surrey Heath 7.1",
          output: {
            "remove-quoted-history": {
              body: {
                has: ["Highways: for info."],
                lacks: ["the gully is on the cleansing schedule", "check the gully schedule"],
              },
            },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
    {
      name: "the member's email attached as an item",
      draft: {
        to: [p.okafor],
        composeType: "forward",
        subject: "FW: Flooding on Frimley Green Road",
        body: outlookWeb(["David, see the attached from Cllr Doe."], []),
        attachedMessages: [
          {
            ...doeEnquiry,
            from: [p.doe],
            to: doeEnquiry.to,
            cc: doeEnquiry.cc ?? [],
            name: "Flooding on Frimley Green Road.msg",
          },
        ],
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr David Okafor"],
          citation: "Surrey Heath 7.1",
          output: {
            "remove-attached-emails": { attached: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
    {
      name: "the member's email attached inside an attached email (a forward of a forward)",
      draft: {
        to: [p.okafor],
        composeType: "forward",
        subject: "FW: FW: Flooding on Frimley Green Road",
        body: outlookWeb(["David, the history is attached."], []),
        attachedMessages: [
          {
            from: [p.resident],
            to: [p.doe],
            cc: [],
            subject: "FW: Flooding on Frimley Green Road",
            name: "FW Flooding on Frimley Green Road.msg",
            attachedMessages: [
              { ...doeEnquiry, from: [p.doe], to: doeEnquiry.to, cc: doeEnquiry.cc ?? [] },
            ],
          },
        ],
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr David Okafor"],
          citation: "Surrey Heath 7.1",
          output: {
            "remove-attached-emails": { attached: [] },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
    {
      name: `a member's email more than MAX_ATTACHED_DEPTH (${MAX_ATTACHED_DEPTH}) attachments deep is not followed`,
      draft: {
        to: [p.okafor],
        composeType: "forward",
        subject: "FW: Flooding on Frimley Green Road",
        body: outlookWeb(["David, the history is attached."], []),
        attachedMessages: [
          Array.from({ length: MAX_ATTACHED_DEPTH }).reduce<AttachedMessage>(
            (inner) => ({
              from: [p.resident],
              to: [p.okafor],
              cc: [],
              name: "FW.msg",
              attachedMessages: [inner],
            }),
            { ...doeEnquiry, from: [p.doe], to: doeEnquiry.to, cc: doeEnquiry.cc ?? [] },
          ),
        ],
      },
      findings: [],
    },
    {
      name: "Outlook on the web: a chain of 3 to a resident",
      draft: {
        to: [p.resident],
        composeType: "forward",
        body: outlookWeb(["Dear Mr Baker, please see below."], officerChain),
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe"],
          citation: "Surrey Heath 7.1",
          message: ["Tom Baker"],
          output: {
            "remove-quoted-history": {
              body: {
                has: ["please see below."],
                lacks: ["the gully is on the cleansing schedule", "last cleared in March"],
              },
            },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
    {
      name: "consent recorded for another rule does not cover this one",
      draft: {
        to: [p.okafor],
        composeType: "forward",
        body: outlookDesktop(forwardNote, [doeEnquiry]),
        records: {
          consents: [
            {
              memberId: "m-jane-doe",
              rule: "portfolio-holder-copied",
              recordedAt: "2026-11-17T10:00:00Z",
            },
          ],
        },
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr David Okafor"],
          citation: "Surrey Heath 7.1",
          output: {
            "remove-quoted-history": {
              body: {
                has: ["See below from Cllr Doe"],
                lacks: ["the gully is on the cleansing schedule"],
              },
            },
            "record-consent": {
              consents: [
                { memberId: "m-jane-doe", rule: "portfolio-holder-copied" },
                { memberId: "m-jane-doe", rule: "member-enquiry-forwarded" },
              ],
            },
          },
        },
      ],
    },
    {
      name: "consent from a different member does not cover it",
      draft: {
        to: [p.okafor],
        composeType: "forward",
        body: outlookDesktop(forwardNote, [doeEnquiry]),
        records: { consents: [{ memberId: "m-david-okafor", recordedAt: "2026-11-17T10:00:00Z" }] },
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr David Okafor"],
          citation: "Surrey Heath 7.1",
          output: {
            "remove-quoted-history": {
              body: {
                has: ["See below from Cllr Doe"],
                lacks: ["the gully is on the cleansing schedule"],
              },
            },
            "record-consent": {
              consents: [
                { memberId: "m-david-okafor" },
                { memberId: "m-jane-doe", rule: "member-enquiry-forwarded" },
              ],
            },
          },
        },
      ],
    },
    {
      name: "two members' emails to a new member: one finding per author",
      draft: {
        to: [p.okafor],
        composeType: "forward",
        body: outlookDesktop(forwardNote, [
          { ...markToPriya, from: p.hughes, to: [p.priya] },
          doeEnquiry,
        ]),
      },
      findings: [
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Robert Hughes", "Cllr David Okafor"],
          citation: "Surrey Heath 7.1",
          output: {
            "remove-quoted-history": {
              body: {
                has: ["See below from Cllr Doe"],
                lacks: ["the gully is on the cleansing schedule", "last cleared in March"],
              },
            },
            // Cllr Doe's finding stays, as it should: it is hers, not this one.
            "record-consent": {
              consents: [{ memberId: "m-robert-hughes", rule: "member-enquiry-forwarded" }],
            },
          },
        },
        {
          rule: "member-enquiry-forwarded",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr David Okafor"],
          citation: "Surrey Heath 7.1",
          output: {
            "remove-quoted-history": {
              body: {
                has: ["See below from Cllr Doe"],
                lacks: ["the gully is on the cleansing schedule", "last cleared in March"],
              },
            },
            "record-consent": {
              consents: [{ memberId: "m-jane-doe", rule: "member-enquiry-forwarded" }],
            },
          },
        },
      ],
    },
  ],
});
