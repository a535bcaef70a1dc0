import { people as p, ruleTester, findingsFor } from "./rule-tester";
import {
  outlookDesktop,
  outlookWeb,
  gmailReply,
  type ChainMessage,
} from "../../helpers/mail-bodies";

const roadClosure = (ward: string) =>
  outlookDesktop(
    [
      "Dear Councillor,",
      `I wanted to let you know that Surrey County Council's contractor will carry out planned works on the footway in ${ward} from 7 to 11 December, with a road closure overnight.`,
      "Diversion signs will be in place.",
    ],
    [],
  );

/** Cllr Doe signs off with her seat, as councillors do. */
const doeSignsOff: ChainMessage = {
  from: p.doe,
  to: [p.priya],
  sent: "Friday, November 20, 2026 10:03 AM",
  subject: "Member training dates",
  text: [
    "Hi Priya, could you send me the dates for the code of conduct training?",
    "Cllr Jane Doe | Liberal Democrat Councillor for Frimley Green",
  ],
};

const doeAsks: ChainMessage = {
  from: p.doe,
  to: [p.priya],
  sent: "Friday, November 20, 2026 10:03 AM",
  subject: "Skate park lighting",
  text: ["Hi Priya, when will the lighting at the Frimley Green skate park be repaired? Jane"],
};

ruleTester("local-members-not-copied", {
  valid: [
    {
      // The enquirer is the local link: a reply to her own enquiry does not ask for the others.
      name: "a reply to a member's quoted enquiry about her ward, nothing ward-wide",
      draft: {
        to: [p.doe],
        composeType: "reply",
        subject: "RE: Skate park lighting",
        body: gmailReply(["Dear Jane, an electrician is booked for Tuesday."], [doeAsks]),
      },
    },
    {
      name: "all three Frimley Green councillors copied",
      draft: {
        to: [p.hughes],
        cc: [p.doe, p.ashby],
        subject: "Footway works, Frimley Green",
        body: roadClosure("Frimley Green"),
      },
    },
    {
      name: "one constituent's casework",
      draft: {
        to: [p.doe],
        subject: "Your constituent's housing application",
        body: outlookWeb(
          [
            "Dear Cllr Doe, regarding your constituent in Frimley Green, the housing application is being assessed.",
          ],
          [],
        ),
      },
    },
    {
      name: "a member email that names no ward",
      draft: {
        to: [p.doe],
        subject: "Member training",
        body: outlookWeb(["Dear Cllr Doe, the code of conduct training is on 3 December."], []),
      },
    },
    {
      name: "officer-to-officer mention of a ward with no ward-wide matter",
      draft: {
        to: [p.mark],
        subject: "Lunch",
        body: outlookWeb(["Shall we meet at the café in Frimley Green?"], []),
      },
    },
    {
      name: "“town” as an everyday word is not the Town ward",
      draft: {
        to: [p.doe],
        subject: "Town centre parking",
        body: outlookWeb(
          ["Dear Cllr Doe, the town centre car park consultation closes Friday."],
          [],
        ),
      },
    },
    {
      name: "All Members covers every ward",
      draft: {
        to: [p.allMembers],
        subject: "Public meeting",
        body: roadClosure("Frimley Green and Mytchett & Deepcut"),
      },
    },
    {
      name: "a council's own casework word (caseworkWords option)",
      draft: {
        to: [p.doe],
        subject: "Blue Badge renewal, Frimley Green",
        body: "Dear Cllr Doe, the Blue Badge renewal for the resident you asked about is approved.",
      },
      options: { caseworkWords: ["blue badge"] },
    },
    {
      name: "a trigger word the council has removed (triggerWords option)",
      draft: {
        to: [p.highways],
        subject: "Road closure, Frimley Green",
        body: "The road closure on Frimley Green Road is confirmed.",
      },
      options: { triggerWords: ["public meeting"] },
    },
    {
      name: "a councillor's sign-off naming her seat is not what the email is about",
      draft: {
        to: [p.doe],
        composeType: "reply",
        subject: "RE: Member training dates",
        body: outlookDesktop(
          ["Dear Cllr Doe, the training is on 3 and 10 December."],
          [doeSignsOff],
        ),
      },
    },
    {
      name: "“Frimley Green Ward Councillor” after a name is a seat too",
      draft: {
        to: [p.doe],
        subject: "Parking permit",
        body: "Dear Priya,\n\nPlease renew my parking permit.\n\nJane Doe\nFrimley Green Ward Councillor",
      },
    },
    {
      name: "part of a word is not a ward (“Lightwaterside”)",
      draft: {
        to: [p.doe],
        subject: "Lightwaterside Ltd invoice",
        body: "Dear Jane, the Lightwaterside invoice is paid.",
      },
    },
  ],
  invalid: [
    {
      name: "road closure in Frimley Green told to one of its three councillors",
      draft: {
        to: [p.hughes],
        subject: "Footway works, Frimley Green",
        body: roadClosure("Frimley Green"),
      },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Helen Ashby"],
          citation: "Surrey Heath 7.2",
          message: ["Frimley Green", "Cllr Jane Doe and Cllr Helen Ashby", "not copied in"],
          output: {
            "add-local-members": { cc: [p.doe.address, p.ashby.address] },
            "record-consent": {
              consents: [
                { memberId: "m-jane-doe", rule: "local-members-not-copied" },
                { memberId: "m-helen-ashby", rule: "local-members-not-copied" },
              ],
            },
          },
        },
      ],
    },
    {
      name: "a public consultation with no member involved (trigger word)",
      draft: {
        to: [p.highways],
        subject: "Consultation: Mytchett & Deepcut parking",
        body: outlookWeb(
          ["The public consultation on parking in Mytchett & Deepcut opens Monday."],
          [],
        ),
      },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr David Okafor", "Cllr Lucy Brennan"],
          citation: "Surrey Heath 7.2",
          message: ["“consultation”"],
          output: {
            "add-local-members": { cc: [p.okafor.address, p.brennan.address] },
            "record-consent": {
              consents: [
                { memberId: "m-david-okafor", rule: "local-members-not-copied" },
                { memberId: "m-lucy-brennan", rule: "local-members-not-copied" },
              ],
            },
          },
        },
      ],
    },
    {
      name: "a postcode in the ward",
      draft: {
        to: [p.doe],
        cc: [p.hughes, p.ashby],
        subject: "Street lighting",
        body: "Dear Councillors,\n\nThe lamp column outside GU16 6HN will be replaced on Tuesday.\n",
      },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr David Okafor", "Cllr Lucy Brennan"],
          citation: "Surrey Heath 7.2",
          message: ["Mytchett & Deepcut"],
          output: {
            "add-local-members": {
              cc: [p.hughes.address, p.ashby.address, p.okafor.address, p.brennan.address],
            },
            "record-consent": {
              consents: [
                { memberId: "m-david-okafor", rule: "local-members-not-copied" },
                { memberId: "m-lucy-brennan", rule: "local-members-not-copied" },
              ],
            },
          },
        },
      ],
    },
    {
      name: "a ward alias (“Deepcut”)",
      draft: {
        to: [p.okafor],
        subject: "Deepcut bridge",
        body: outlookWeb(
          ["Dear Cllr Okafor, the planned works on Deepcut bridge start Monday."],
          [],
        ),
      },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Lucy Brennan"],
          citation: "Surrey Heath 7.2",
          output: {
            "add-local-members": { cc: [p.brennan.address] },
            "record-consent": {
              consents: [{ memberId: "m-lucy-brennan", rule: "local-members-not-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "an apostrophe left out (“St Michaels”)",
      draft: {
        to: [p.resident],
        subject: "Public meeting in St Michaels",
        body: "Dear Mr Baker, the public meeting will be at the Community Centre.",
      },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Graham Tully"],
          citation: "Surrey Heath 7.2",
          output: {
            "add-local-members": { cc: ["graham.tully@surreyheath-council.example"] },
            "record-consent": {
              consents: [{ memberId: "m-graham-tully", rule: "local-members-not-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "an ambiguous ward name with “ward” after it",
      draft: {
        to: [p.mark],
        subject: "Consultation",
        body: "Mark, the consultation covers Town ward only.",
      },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Fiona Marsh"],
          citation: "Surrey Heath 7.2",
          output: {
            "add-local-members": { cc: ["fiona.marsh@surreyheath-council.example"] },
            "record-consent": {
              consents: [{ memberId: "m-fiona-marsh", rule: "local-members-not-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "a trigger word the council added (triggerWords option)",
      draft: {
        to: [p.highways],
        subject: "Traffic regulation order",
        body: "Highways, the traffic regulation order for Lightwater is ready to advertise.",
      },
      options: { triggerWords: ["traffic regulation order"] },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Sarah Whitfield"],
          citation: "Surrey Heath 7.2",
          message: ["“traffic regulation order”"],
          output: {
            "add-local-members": { cc: [p.whitfield.address] },
            "record-consent": {
              consents: [{ memberId: "m-sarah-whitfield", rule: "local-members-not-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "the fix adds to To when the council prefers",
      draft: { to: [p.hughes], subject: "Footway works", body: roadClosure("Frimley Green") },
      options: { addTo: "to" },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Helen Ashby"],
          citation: "Surrey Heath 7.2",
          message: ["Frimley Green"],
          output: {
            "add-local-members": { to: [p.hughes.address, p.doe.address, p.ashby.address] },
            "record-consent": {
              consents: [
                { memberId: "m-jane-doe", rule: "local-members-not-copied" },
                { memberId: "m-helen-ashby", rule: "local-members-not-copied" },
              ],
            },
          },
        },
      ],
    },
    {
      name: "“and” written for “&”",
      draft: { to: [p.okafor], subject: "Road closure", body: roadClosure("Mytchett and Deepcut") },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Lucy Brennan"],
          citation: "Surrey Heath 7.2",
          output: {
            "add-local-members": { cc: [p.brennan.address] },
            "record-consent": {
              consents: [{ memberId: "m-lucy-brennan", rule: "local-members-not-copied" }],
            },
          },
        },
      ],
    },
    {
      name: "two wards: a finding for each",
      draft: {
        to: [p.hughes],
        subject: "Road closure",
        body: roadClosure("Frimley Green and Deepcut"),
      },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Jane Doe", "Cllr Helen Ashby"],
          citation: "Surrey Heath 7.2",
          output: {
            "add-local-members": { cc: [p.doe.address, p.ashby.address] },
            "record-consent": {
              consents: [
                { memberId: "m-jane-doe", rule: "local-members-not-copied" },
                { memberId: "m-helen-ashby", rule: "local-members-not-copied" },
              ],
            },
          },
        },
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr David Okafor", "Cllr Lucy Brennan"],
          citation: "Surrey Heath 7.2",
          output: {
            "add-local-members": { cc: [p.okafor.address, p.brennan.address] },
            "record-consent": {
              consents: [
                { memberId: "m-david-okafor", rule: "local-members-not-copied" },
                { memberId: "m-lucy-brennan", rule: "local-members-not-copied" },
              ],
            },
          },
        },
      ],
    },
    {
      name: "a seat in the sign-off does not hide the matter in the text",
      draft: {
        to: [p.doe],
        composeType: "reply",
        subject: "RE: Member training dates",
        body: outlookDesktop(
          ["Dear Cllr Doe, separately: the Frimley Green Road closure starts Monday."],
          [doeSignsOff],
        ),
      },
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Robert Hughes", "Cllr Helen Ashby"],
          citation: "Surrey Heath 7.2",
          output: {
            "record-consent": {
              consents: [
                { memberId: "m-robert-hughes", rule: "local-members-not-copied" },
                { memberId: "m-helen-ashby", rule: "local-members-not-copied" },
              ],
            },
          },
        },
      ],
    },
    {
      name: "a reply to a member's quoted enquiry about a ward-wide matter in her ward",
      draft: {
        to: [p.doe],
        composeType: "reply",
        subject: "RE: Skate park lighting",
        body: gmailReply(
          ["Dear Jane, the road closure for the new lights starts on Tuesday."],
          [doeAsks],
        ),
      },
      // They would be passed Cllr Doe's own email: told apart, or an exception recorded.
      findings: [
        {
          rule: "local-members-not-copied",
          severity: "warn",
          people: ["Cllr Robert Hughes", "Cllr Helen Ashby"],
          citation: "Surrey Heath 7.2",
          message: ["carries another member’s email", "tell them separately"],
          output: {
            "record-consent": {
              consents: [
                { memberId: "m-robert-hughes", rule: "local-members-not-copied" },
                { memberId: "m-helen-ashby", rule: "local-members-not-copied" },
              ],
            },
          },
        },
      ],
    },
  ],
});

test("the add-local-members fix lists each missing councillor with ward and role, for Cc or To", () => {
  const [finding] = findingsFor("local-members-not-copied", {
    name: "",
    draft: {
      to: [p.highways],
      subject: "Consultation",
      body: "The consultation on Deepcut parking opens Monday.",
    },
    options: { addTo: "to" },
  });
  const fix = finding?.fixes[0];
  expect(fix?.kind).toBe("add-local-members");
  if (fix?.kind !== "add-local-members") return;
  expect(fix.field).toBe("to");
  expect(fix.candidates).toEqual([
    expect.objectContaining({
      name: "Cllr David Okafor",
      address: "david.okafor@surreyheath-council.example",
      ward: "Mytchett & Deepcut",
    }),
    expect.objectContaining({
      name: "Cllr Lucy Brennan",
      ward: "Mytchett & Deepcut",
      role: "Chair of the Planning Applications Committee",
    }),
  ]);
});

test("the council's own postcode in every officer's signature is not a ward matter (ignoredPostcodes)", () => {
  // outlookDesktop() signs with "Surrey Heath House, Knoll Road, Camberley, GU15 3HD", which the
  // fixture maps to Town ward but also lists in ignoredPostcodes.
  const findings = findingsFor("local-members-not-copied", {
    name: "",
    draft: {
      to: [p.doe],
      cc: [p.hughes, p.ashby],
      subject: "Frimley Green planned works",
      body: roadClosure("Frimley Green"),
    },
  });
  expect(findings).toEqual([]);
  const stillFound = findingsFor("local-members-not-copied", {
    name: "",
    draft: {
      to: [p.doe],
      cc: [p.hughes, p.ashby],
      subject: "Lamp column",
      body: "Dear all, the lamp column at GU15 3SY is being replaced.",
    },
  });
  expect(stillFound[0]?.message).toContain("Town");
});
