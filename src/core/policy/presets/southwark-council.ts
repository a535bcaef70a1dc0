/**
 * Southwark Council: Member and Officer Protocol
 * (../../../../docs/protocols/southwark-council.md). In this copy the "Correspondence",
 * "Emails" and "Involvement of ward councillors" paragraphs are struck through and marked "MOVED
 * TO COMMUNICATIONS PROTOCOL", a document we do not have. They are still the council's clearest
 * words on these rules, so they are cited as moved, and every rule only informs until the
 * Monitoring Officer confirms what the Communications Protocol now says.
 */
import type { Preset } from "../types";
import {
  bccOptions,
  forwardedOptions,
  localMembersOptions,
  portfolioHolderOptions,
} from "../defaults";
import { citationsFor } from "./cite";

const cite = citationsFor("Southwark");

const MOVED = "(moved to the Communications Protocol)";
const CORRESPONDENCE = `Correspondence ${MOVED}`;
const EMAILS = `Emails ${MOVED}`;
const WARD_COUNCILLORS = `Involvement of ward councillors ${MOVED}`;

const NOT_COPIED_WITHOUT_CONSENT = cite(
  CORRESPONDENCE,
  "In general correspondence from one member should not be copied to, or discussed with, another member without the member's consent",
);
const MOVED_NOTE =
  "The paragraph is struck through in this protocol and marked 'MOVED TO COMMUNICATIONS " +
  "PROTOCOL'; until the Monitoring Officer confirms the Communications Protocol keeps it, the " +
  "rule only informs. Raise it in policy.json once confirmed.";

export const southwarkCouncil: Preset = {
  id: "southwark-council",
  council: "Southwark Council",
  short: "Southwark",
  document: "Member and Officer Protocol",
  whenConfigUnavailable: "allow",
  rules: {
    "bcc-to-members": {
      severity: "inform",
      options: bccOptions(),
      citations: [NOT_COPIED_WITHOUT_CONSENT],
      note:
        "Southwark says nothing about blind copies, even in the moved paragraphs, so this only " +
        "informs. The nearest words are the moved Correspondence paragraph: one member's " +
        "correspondence is not copied to another member without consent, and a blind copy is a " +
        "copy the member cannot see.",
    },
    "member-enquiry-forwarded": {
      severity: "inform",
      options: forwardedOptions(),
      citations: [
        NOT_COPIED_WITHOUT_CONSENT,
        cite(EMAILS, "Chain emails should not be forwarded on."),
        cite(
          CORRESPONDENCE,
          "This does not prevent officers copying letters to each other about casework across ward or interest boundaries in order to respond to a member inquiry.",
        ),
        cite(
          "55",
          "such information should not be disclosed without the consent of a person authorised to give it",
        ),
      ],
      note:
        `${MOVED_NOTE} The Emails line on 'chain emails' sits among rules on offensive mail and ` +
        "probably means chain letters rather than long reply chains; it is cited as the nearest " +
        "words. The moved Correspondence paragraph lets officers copy a member's letter to each " +
        "other to answer it, which the rule already allows.",
    },
    "portfolio-holder-copied": {
      severity: "inform",
      options: portfolioHolderOptions({ alsoOtherMembers: true }),
      citations: [
        NOT_COPIED_WITHOUT_CONSENT,
        cite(
          CORRESPONDENCE,
          "it can be assumed that the officer's response can be circulated to those people on the circulation list for the original letter, even if that list includes other members",
        ),
        cite(
          CORRESPONDENCE,
          "A chief officer is also able to advise a relevant executive member in general terms of an issue raised with the chief officer in correspondence, or otherwise, by another member.",
        ),
      ],
      note:
        `${MOVED_NOTE} The moved paragraph bars copying to any other member without consent ` +
        "(alsoOtherMembers), except people on the member's own circulation list; a chief officer " +
        "may still brief the executive member in general terms, which is not copying the email.",
    },
    "local-members-not-copied": {
      severity: "inform",
      options: localMembersOptions({
        triggerWords: ["licensing application", "premises licence"],
      }),
      citations: [
        cite(
          WARD_COUNCILLORS,
          "Ward councillors should be kept informed and consulted on relevant matters affecting their ward",
        ),
        cite(
          WARD_COUNCILLORS,
          "In the case of public meetings in a particular locality, all ward councillors will normally be invited to attend",
        ),
        cite(
          "Appendix A (Officers)",
          "Officers have a duty to keep members of all political groups fully informed about developments of significance in relation to council activities.",
        ),
      ],
      note:
        `${MOVED_NOTE} The moved paragraph names planning and licensing (hence the licensing ` +
        "trigger words) and excepts matters the ward councillor will decide at their community " +
        "council. Appendix A's duty to keep members informed is still in force.",
    },
  },
};
