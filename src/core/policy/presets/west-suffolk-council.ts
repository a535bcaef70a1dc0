/**
 * West Suffolk Council: Member/Officer Protocol
 * (../../../../docs/protocols/west-suffolk-council.md). Its paragraphs are unnumbered, so
 * citations give the heading. It is detailed on keeping local members informed and silent on
 * blind copies, forwarding and copying cabinet members.
 */
import type { Preset } from "../types";
import {
  bccOptions,
  forwardedOptions,
  localMembersOptions,
  portfolioHolderOptions,
} from "../defaults";
import { citationsFor } from "./cite";

const cite = citationsFor("West Suffolk");

const LOCAL = "Local Member Protocol";
const DATA_PROTECTION = cite(
  LOCAL,
  "Any sharing of personal data should only be undertaken in line with the Data Protection Act",
);

export const westSuffolkCouncil: Preset = {
  id: "west-suffolk-council",
  council: "West Suffolk Council",
  short: "West Suffolk",
  document: "Member/Officer Protocol",
  whenConfigUnavailable: "allow",
  rules: {
    "bcc-to-members": {
      severity: "inform",
      options: bccOptions(),
      citations: [DATA_PROTECTION],
      note:
        "The protocol is silent on blind copies, so this only informs. The nearest paragraph is " +
        "the data-protection rule on sharing personal data with councillors: a blind copy shares " +
        "whatever the email holds without the other recipients knowing.",
    },
    "member-enquiry-forwarded": {
      severity: "inform",
      options: forwardedOptions(),
      citations: [
        cite(
          "Members Access to Information",
          "if it is not clear that the individual has consented to their data being shared with the Councillor",
        ),
        DATA_PROTECTION,
      ],
      note:
        "The protocol is silent on forwarding emails or chains, so this only informs. A forwarded " +
        "chain may carry residents' personal data, which the protocol says is shared only in line " +
        "with the Data Protection Act and, where consent is unclear, may need the person's consent.",
    },
    "portfolio-holder-copied": {
      severity: "inform",
      options: portfolioHolderOptions(),
      citations: [
        cite(
          LOCAL,
          "it must be fair to share the information and where possible anonymised as far as possible",
        ),
        DATA_PROTECTION,
      ],
      note:
        "The protocol is silent on copying cabinet members into another member's enquiry, and " +
        "under 'Support to Executive Members and Committee Chairs' expects portfolio holders to " +
        "keep 'a close watching brief' on their areas: so this only informs, pointing to the " +
        "data-protection test for any resident's details in the reply.",
    },
    "local-members-not-copied": {
      severity: "warn",
      options: localMembersOptions({
        triggerWords: ["community event", "community group", "new development"],
        caseworkWords: [
          "applicant for housing",
          "applicants for housing",
          "new applicant",
          "personal application",
          "entitlement",
          "food business monitoring",
          "monitoring of food business",
          "food hygiene inspection",
          "food hygiene rating",
        ],
      }),
      citations: [
        cite(
          LOCAL,
          "Each member of staff, when dealing with a local issue, has the responsibility to keep the councillor informed on a timely basis, and ensure their views are taken into account when a decision is made.",
        ),
        cite(
          LOCAL,
          "Members should be informed about matters that affect their wards for example community events, activities with community groups, new developments.",
        ),
        cite(
          LOCAL,
          "When a public meeting is being arranged by the Council to consider a local issue, all Members representing that area should be invited to the meeting.",
        ),
        cite(LOCAL, "Similarly, all local consultations should allow local Members to contribute."),
        cite(
          LOCAL,
          "Members would not normally be informed regarding personal applications and entitlements of individuals that are considered to be in the normal course of business.",
        ),
      ],
      note:
        "The Local Member Protocol gives every officer dealing with a local issue the duty to " +
        "keep the councillor informed, so a warning. Its own examples set the trigger words " +
        "(community events, community groups, new developments) and the casework words (new " +
        "housing applicants, council tax support, day-to-day food business monitoring).",
    },
  },
};
