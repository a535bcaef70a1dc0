import { people as p, ruleTester } from "./rule-tester";
import {
  outlookDesktop,
  outlookWeb,
  gmailReply,
  type ChainMessage,
} from "../../helpers/mail-bodies";

const briefing = outlookDesktop(
  [
    "Dear Councillors,",
    "Please find attached the briefing note on the Frimley Green recreation ground drainage works, starting on Monday 7 December.",
    "Kind regards,",
  ],
  [],
);

const enquiry: ChainMessage = {
  from: p.doe,
  to: [p.priya],
  sent: "Monday, November 16, 2026 9:12 AM",
  subject: "Pothole outside the Frimley Green library",
  text: [
    "Hi Priya,",
    "A resident has asked me about the pothole on Guildford Road. Can you let me know when it will be repaired?",
    "Jane",
  ],
};

const residentAt = (local: string) => ({
  name: local.replace(".", " "),
  address: `${local}@mail.example`,
});

ruleTester("bcc-to-members", {
  valid: [
    {
      name: "members openly in To and Cc",
      draft: { to: [p.doe], cc: [p.hughes, p.ashby], body: briefing },
    },
    {
      name: "officer colleague in Bcc on an officer-only email",
      draft: { to: [p.mark], bcc: [p.priya], body: briefing },
      options: { anyBccWhenMemberIsRecipient: true },
    },
    {
      name: "resident in Bcc beside a member in To, when the option is off",
      draft: { to: [p.doe], bcc: [p.resident], body: briefing },
      options: { anyBccWhenMemberIsRecipient: false },
    },
    {
      name: "a “Cllr” display name at an unknown address, when the option is off",
      draft: {
        to: [p.priya],
        bcc: [{ name: "Cllr Pat Newman", address: "pat.newman@runnymede.example" }],
      },
      options: { matchCllrDisplayNames: false },
    },
    {
      name: "non-member distribution list in Bcc with no member recipients",
      draft: {
        to: [p.priya],
        bcc: [{ ...p.highways, type: "distributionList" }],
        body: outlookWeb(["FYI"], []),
      },
      options: { anyBccWhenMemberIsRecipient: true },
    },
    {
      name: "the officer blind-copying their own mailbox, with the option on",
      draft: {
        from: p.priya,
        to: [p.doe],
        bcc: [{ ...p.priya, address: "Priya.Patel@surreyheath.gov.example" }],
        body: briefing,
      },
      options: { anyBccWhenMemberIsRecipient: true },
    },
    {
      name: "a reply to a member with nobody in Bcc",
      draft: {
        to: [p.doe],
        composeType: "reply",
        subject: "RE: Pothole",
        body: gmailReply(["Thanks, Jane: booked for Thursday."], [enquiry]),
      },
    },
  ],
  invalid: [
    {
      name: "a member in Bcc",
      draft: { to: [p.priya], bcc: [p.doe], body: briefing },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Cllr Jane Doe"],
          citation: "Surrey Heath 7.1",
          message: ["Cllr Jane Doe is in Bcc", "Cc"],
          output: {
            "move-to-cc": { cc: [p.doe.address], bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "a member's personal address, in another case",
      draft: { to: [p.priya], bcc: [p.doeHome] },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Cllr Jane Doe"],
          citation: "Surrey Heath 7.1",
          message: ["Cllr Jane Doe"],
          output: {
            "move-to-cc": { cc: [p.doeHome.address], bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "the All Members group in Bcc",
      draft: { to: [p.priya], bcc: [p.allMembers], body: briefing },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["All Members"],
          citation: "Surrey Heath 7.1",
          message: ["All Members is in Bcc"],
          output: {
            "move-to-cc": { cc: [p.allMembers.address], bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "the Executive group in Bcc",
      draft: { to: [p.mark], bcc: [p.executive] },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Executive"],
          citation: "Surrey Heath 7.1",
          output: {
            "move-to-cc": { cc: [p.executive.address], bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "several members in Bcc, one finding naming them all",
      draft: { to: [p.priya], bcc: [p.doe, p.hughes, p.ashby], body: briefing },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Cllr Jane Doe", "Cllr Robert Hughes", "Cllr Helen Ashby"],
          citation: "Surrey Heath 7.1",
          message: ["Cllr Jane Doe, Cllr Robert Hughes and Cllr Helen Ashby are in Bcc"],
          output: {
            "move-to-cc": { cc: [p.doe.address, p.hughes.address, p.ashby.address], bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "a “Cllr” display name at an address the directory lacks",
      draft: {
        to: [p.priya],
        bcc: [{ name: "Cllr Pat Newman", address: "pat.newman@runnymede.example" }],
      },
      options: { matchCllrDisplayNames: true },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Cllr Pat Newman"],
          citation: "Surrey Heath 7.1",
          output: {
            "send-separately": { bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "“Councillor” spelt out, surname first",
      draft: {
        to: [p.priya],
        bcc: [{ name: "Newman, Councillor Pat", address: "pnewman@mail.example" }],
      },
      options: { matchCllrDisplayNames: true },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Newman, Councillor Pat"],
          citation: "Surrey Heath 7.1",
          output: {
            "send-separately": { bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "anyone in Bcc while a member is in Cc (anyBccWhenMemberIsRecipient)",
      draft: {
        to: [p.resident],
        cc: [p.doe],
        bcc: [p.mark],
        body: outlookWeb(["Dear Mr Baker, …"], []),
      },
      options: { anyBccWhenMemberIsRecipient: true },
      // Without a sender the council's domain is unknown: Mark is not moved into the open.
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Mark Ellison"],
          citation: "Surrey Heath 7.1",
          message: [
            "Mark Ellison is hidden in Bcc on an email to Cllr Jane Doe",
            "who would not know that they also received it",
          ],
          output: {
            "send-separately": { bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "three residents in Bcc on an email to a member: kept hidden, never moved to Cc",
      draft: {
        from: p.priya,
        to: [p.doe],
        bcc: [p.resident, residentAt("ann.lee"), residentAt("raj.shah")],
        body: outlookWeb(["Dear Cllr Doe, …"], []),
      },
      options: { anyBccWhenMemberIsRecipient: true },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Tom Baker", "ann lee", "raj shah"],
          citation: "Surrey Heath 7.1",
          message: ["3 people are hidden in Bcc on an email to Cllr Jane Doe"],
          output: {
            "send-separately": { bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "a colleague at the sender's own domain in Bcc beside a member may be copied openly",
      draft: { from: p.priya, to: [p.doe], bcc: [p.mark] },
      options: { anyBccWhenMemberIsRecipient: true },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Mark Ellison"],
          citation: "Surrey Heath 7.1",
          output: {
            "move-to-cc": { cc: [p.mark.address], bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
    {
      name: "member and officer in Bcc with the option on: the member, then the officer",
      draft: { to: [p.hughes], bcc: [p.doe, p.priya] },
      options: { anyBccWhenMemberIsRecipient: true },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Cllr Jane Doe"],
          citation: "Surrey Heath 7.1",
          output: {
            "move-to-cc": { cc: [p.doe.address], bcc: [p.priya.address] },
            remove: { bcc: [p.priya.address] },
          },
        },
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Priya Patel"],
          citation: "Surrey Heath 7.1",
          output: {
            "send-separately": { bcc: [p.doe.address] },
            remove: { bcc: [p.doe.address] },
          },
        },
      ],
    },
    {
      name: "a member in Bcc of a reply in Outlook on the web",
      draft: {
        to: [p.doe],
        bcc: [p.khan],
        composeType: "reply",
        subject: "RE: Pothole outside the Frimley Green library",
        body: outlookWeb(["Dear Cllr Doe,", "The repair is booked for Thursday."], [enquiry]),
      },
      options: { anyBccWhenMemberIsRecipient: false },
      findings: [
        {
          rule: "bcc-to-members",
          severity: "block",
          people: ["Cllr Amir Khan"],
          citation: "Surrey Heath 7.1",
          output: {
            "move-to-cc": { cc: [p.khan.address], bcc: [] },
            remove: { bcc: [] },
          },
        },
      ],
    },
  ],
});
