/**
 * Ready-made drafts, one for each rule and one that breaks none: the sample council's messages
 * in config/samples/*.eml (same people, subjects, text and compose type), written as Outlook on
 * the web would hold them, since the playground plays Outlook on the web. The browser can't read
 * the .eml files, so they are typed data here; tests/playground/scenarios.test.ts runs each
 * through the real handler to check it still finds what its sample finds. Two more show the
 * rules read as one policy (docs/rules/README.md): residents hidden in Bcc beside a member, and a
 * reply to a member's own enquiry that names her ward.
 */
import type { RuleId } from "../../core/policy/types";
import type { Person, PlaygroundDraft } from "./draft";
import { owaBody } from "./owa-body";

export interface Scenario {
  /** The rule a sample shows (config/samples/<id>.eml), or a case of how the rules read together. */
  id: RuleId | "clean" | "residents-in-bcc" | "reply-with-ward";
  /** Shown in the Scenarios menu. */
  label: string;
  /** What Send should do with the sample policy, in a few words. */
  expect: string;
  draft: PlaygroundDraft;
}

const cllr = (first: string, last: string): Person => ({
  name: `Cllr ${first} ${last}`,
  address: `${first.toLowerCase()}.${last.toLowerCase()}@surreyheath-council.example`,
});
const officer = (first: string, last: string): Person => ({
  name: `${first} ${last}`,
  address: `${first.toLowerCase()}.${last.toLowerCase()}@surreyheath.gov.example`,
});

const JANE = cllr("Jane", "Doe");
const ROBERT = cllr("Robert", "Hughes");
const HELEN = cllr("Helen", "Ashby");
const AMIR = cllr("Amir", "Khan");
const SARAH = cllr("Sarah", "Whitfield");
const DAVID = cllr("David", "Okafor");

const DISCLAIMER =
  "This email and any files sent with it are confidential and intended solely for the person or organisation to whom they are addressed. If you have received it in error, please tell the sender and delete it. Surrey Heath Borough Council may monitor email traffic data and content for security and staff training. Any views expressed are those of the sender and not necessarily those of the Council.";

/** The sign-off, signature block and disclaimer every sample ends with. */
function signature(first: string, who: Person, title: string, service: string, tel: string) {
  return [
    `Kind regards,\n${first}`,
    `${who.name}\n${title}\n${service} | Surrey Heath Borough Council\nSurrey Heath House, Knoll Road, Camberley, Surrey GU15 3HD\nTel: 01632 960 ${tel} | www.surreyheath.gov.example`,
    DISCLAIMER,
  ];
}

const CLAIRE = officer("Claire", "Whitmore");
const MARK = officer("Mark", "Stevens");
const PRIYA_NAIR = officer("Priya", "Nair");
const TOM = officer("Tom", "Ridley");
const LAURA = officer("Laura", "Bennett");
const LAURA_SIGNATURE = signature(
  "Laura",
  LAURA,
  "Parks and Open Spaces Officer",
  "Environment and Community",
  "529",
);
const resident = (name: string, address: string): Person => ({ name, address });
const RESIDENTS = [
  resident("Tom Baker", "tom.baker@mail.example"),
  resident("Anita Sharma", "anita.sharma@mail.example"),
  resident("Geoff Walsh", "geoff.walsh@mail.example"),
];

export const SCENARIOS: readonly Scenario[] = [
  {
    id: "bcc-to-members",
    label: "Members in Bcc (a briefing)",
    expect: "Blocked: blind copies to members.",
    draft: {
      from: CLAIRE,
      to: [CLAIRE],
      cc: [],
      bcc: [JANE, AMIR, SARAH, DAVID],
      subject: "Member briefing: customer service centre opening hours from 4 January",
      composeType: "newMail",
      bodyHtml: owaBody([
        "Dear Councillors,",
        "I am writing to let you know that, from Monday 4 January 2027, the customer service centre at Surrey Heath House will be open from 9am to 4pm, Monday to Friday. Our telephone lines will stay open from 8.30am to 5pm, and the website and the online forms are not affected.",
        "The change follows the review of how residents contact us that was reported to the Performance and Finance Scrutiny Committee in September: more than 80% of contacts now come to us online or by phone, and fewer than ten people a day visit after 4pm.",
        "Anyone who cannot get to us during the new hours can book an appointment outside them by calling 01632 960 100. A short question-and-answer note for members will be in the next Members’ Bulletin, and the new hours will be on the website from 1 December.",
        "If residents raise any concerns about the change with you, please let me know.",
        ...signature(
          "Claire",
          CLAIRE,
          "Customer Services Manager",
          "Customer and Digital Services",
          "214",
        ),
      ]),
    },
  },
  {
    id: "member-enquiry-forwarded",
    label: "A member’s email forwarded to another member",
    expect: "Warning: member’s email passed on.",
    draft: {
      from: MARK,
      to: [DAVID],
      cc: [],
      bcc: [],
      subject: "FW: Caravans on land off Sturt Road",
      composeType: "forward",
      bodyHtml: owaBody(
        [
          "Dear Cllr Okafor,",
          "Please see Cllr Doe’s email below about the caravans on the land off Sturt Road. The site is on the ward boundary and I understand people in Deepcut have been in touch about it too, so I thought you would want to see it.",
          "We visited the site on 19 November. I am taking advice from Legal Services on whether a temporary stop notice is appropriate and will update you both next week.",
          ...signature("Mark", MARK, "Planning Enforcement Officer", "Planning Services", "387"),
        ],
        {
          from: JANE,
          to: [MARK],
          sent: "18 November 2026 16:42",
          subject: "Caravans on land off Sturt Road",
          paragraphs: [
            "Dear Mark,",
            "A constituent has contacted me about three caravans and a generator that appeared on the field off Sturt Road last weekend. She tells me there is no planning permission for the site and that the field gate has been chained shut. She has asked that her name is not passed on, so please treat her as a local resident.",
            "Could you let me know whether the Council is aware of this and what action is being taken?",
            "Many thanks,\nJane",
            "Cllr Jane Doe\nBorough Councillor for Frimley Green\nSurrey Heath Borough Council",
          ],
        },
      ),
    },
  },
  {
    id: "portfolio-holder-copied",
    label: "A cabinet member copied into a member’s enquiry",
    expect: "Warning: cabinet member copied.",
    draft: {
      from: PRIYA_NAIR,
      to: [JANE],
      cc: [AMIR],
      bcc: [],
      subject: "RE: 14 Beech Road – neighbour’s objection",
      composeType: "reply",
      bodyHtml: owaBody([
        "Dear Cllr Doe,",
        "Thank you for your enquiry of 16 November on behalf of your constituent about the extension proposed at the neighbouring property, 14 Beech Road (application 26/0871/FFU).",
        "The application is still being assessed. The case officer visited on 17 November and has asked the applicant for amended plans that move the first-floor window facing your constituent’s garden. When the amended plans arrive we will notify the neighbours again, and they will have a further 14 days to comment. I expect a decision before the end of January.",
        "I have copied in Cllr Khan as Portfolio Holder for Planning, as he has asked to be kept informed of householder cases where plans are being amended after neighbours object.",
        ...signature(
          "Priya",
          PRIYA_NAIR,
          "Development Management Team Leader",
          "Planning Services",
          "352",
        ),
      ]),
    },
  },
  {
    id: "local-members-not-copied",
    label: "Works in Frimley Green without all its members",
    expect: "Warning: local members not told.",
    draft: {
      from: TOM,
      to: [ROBERT],
      cc: [],
      bcc: [],
      subject: "Car park resurfacing and road closure, 11–15 January",
      composeType: "newMail",
      bodyHtml: owaBody([
        "Dear Cllr Hughes,",
        "As promised at Tuesday’s meeting, here are the details of the planned works to resurface the car park by the green in Frimley Green.",
        "Dates: Monday 11 to Friday 15 January 2027, 8am to 5pm\nLocation: the car park and its access road off Guildford Road, Frimley Green, GU16 6HJ\nRoad closure: the access road will be closed to all vehicles for the whole week; the footpath across the green stays open\nParking: spaces at the community centre on Sturt Road, by arrangement with the centre",
        "Letters will go to the households and businesses nearest the site on 21 December, and notices will be put up on site from 4 January.",
        "If you have any questions, please let me know.",
        ...signature("Tom", TOM, "Assets and Property Surveyor", "Property Services", "471"),
      ]),
    },
  },
  {
    id: "residents-in-bcc",
    label: "Residents in Bcc on an email to a member",
    expect: "Blocked: people hidden in Bcc on an email to a member.",
    draft: {
      from: LAURA,
      to: [JANE],
      cc: [],
      bcc: RESIDENTS,
      subject: "Your missed garden waste collections",
      composeType: "newMail",
      bodyHtml: owaBody([
        "Dear Cllr Doe, and dear residents,",
        "I am sorry that your garden waste bins were missed on the last two collection days. The crew’s round sheet had not been updated when the rounds changed in October; it has been corrected, and the bins will be emptied this Saturday morning.",
        "Cllr Doe asked me to write to you all together so that you know the same thing has been done for each of you. Your garden waste subscriptions will each be extended by two weeks.",
        ...LAURA_SIGNATURE,
      ]),
    },
  },
  {
    id: "reply-with-ward",
    label: "A reply to a member’s enquiry that names her ward",
    expect: "Sent straight away.",
    draft: {
      from: TOM,
      to: [JANE],
      cc: [],
      bcc: [],
      subject: "RE: Overgrown footpath behind the station",
      composeType: "reply",
      bodyHtml: owaBody(
        [
          "Dear Cllr Doe,",
          "Thank you for your email. The footpath in Frimley Green was cleared on Monday: the brambles along the fence have been cut back and the path has been swept. It is on the list for a cut every six weeks from now on.",
          ...signature("Tom", TOM, "Assets and Property Surveyor", "Property Services", "471"),
        ],
        {
          from: JANE,
          to: [TOM],
          sent: "23 November 2026 08:05",
          subject: "Overgrown footpath behind the station",
          paragraphs: [
            "Dear Tom,",
            "A resident has told me that the footpath behind the station is so overgrown that she can no longer get past with her pushchair. Could someone cut it back?",
            "Many thanks,\nJane",
            "Cllr Jane Doe\nBorough Councillor for Frimley Green\nSurrey Heath Borough Council",
          ],
        },
      ),
    },
  },
  {
    id: "clean",
    label: "A reply to all on a member’s email (breaks no rule)",
    expect: "Sent straight away.",
    draft: {
      from: LAURA,
      to: [JANE],
      cc: [ROBERT, HELEN],
      bcc: [],
      subject: "RE: Broken play equipment, Frimley Green recreation ground",
      composeType: "reply",
      bodyHtml: owaBody(
        [
          "Dear Cllr Doe,",
          "Thank you for letting us know. Our play inspector visited the recreation ground this morning: the broken swing seat and the loose panel on the climbing frame have been taped off and will be replaced by Friday 27 November. The rest of the play area is safe to use.",
          "I will let you all know when the repairs are done.",
          ...LAURA_SIGNATURE,
        ],
        {
          from: JANE,
          to: [LAURA],
          cc: [ROBERT, HELEN],
          sent: "19 November 2026 09:12",
          subject: "Broken play equipment, Frimley Green recreation ground",
          paragraphs: [
            "Dear Laura,",
            "Several people have told me that one of the swings at the Frimley Green recreation ground is broken and that a panel on the climbing frame is coming loose. I have copied in my ward colleagues.",
            "Could someone take a look as soon as possible?",
            "Thanks,\nJane",
            "Cllr Jane Doe\nBorough Councillor for Frimley Green\nSurrey Heath Borough Council",
          ],
        },
      ),
    },
  },
];
