/**
 * Cambridgeshire County Council: Protocol on Member/Officer Relations (2019 revision, shown with
 * its tracked changes: ../../../../docs/protocols/cambridgeshire-county-council.md).
 * Members represent electoral divisions, and the protocol expects factual information given to
 * one member to be shared with the committee chair and lead members (7.3).
 */
import type { Preset } from "../types";
import {
  bccOptions,
  forwardedOptions,
  localMembersOptions,
  portfolioHolderOptions,
} from "../defaults";
import { citationsFor } from "./cite";

const cite = citationsFor("Cambridgeshire");

const BRIEFINGS_CONFIDENTIAL = cite(
  "7.1",
  "Briefings shall remain strictly confidential and are not to be shared with other members of the Council unless so permitted by the relevant member.",
);
const CHAIR_WILL_BE_ADVISED = cite(
  "7.3",
  "The relevant Committee Chairman/woman and the lead members will, unless it is of a minor nature, be advised that the information has been given",
);

export const cambridgeshireCountyCouncil: Preset = {
  id: "cambridgeshire-county-council",
  council: "Cambridgeshire County Council",
  short: "Cambridgeshire",
  document: "Protocol on Member/Officer Relations",
  whenConfigUnavailable: "allow",
  rules: {
    "bcc-to-members": {
      severity: "inform",
      options: bccOptions(),
      citations: [],
      note:
        "The protocol says nothing about blind copies or how correspondence is copied, and no " +
        "paragraph honestly bears on it, so there is nothing to cite and this only informs.",
    },
    "member-enquiry-forwarded": {
      severity: "inform",
      options: forwardedOptions(),
      citations: [
        BRIEFINGS_CONFIDENTIAL,
        cite(
          "7.5",
          "Confidential information relating, for instance, to casework should not normally be sought.",
        ),
        cite(
          "7.6",
          "any Council information provided to a member must only be used by the member for the purpose for which it was provided",
        ),
      ],
      note:
        "The protocol does not mention forwarding emails. Its one bar on sharing with other " +
        "members (7.1) covers confidential policy briefings, which the add-in cannot recognise, " +
        "while 7.2-7.3 expect factual information to be shared; so this only informs. Raise it to " +
        "warn if briefings are being forwarded.",
    },
    "portfolio-holder-copied": {
      severity: "inform",
      options: portfolioHolderOptions({ extraRoleKinds: ["committee-chair"] }),
      citations: [CHAIR_WILL_BE_ADVISED, BRIEFINGS_CONFIDENTIAL],
      note:
        "Turned down, not up: 7.3 says the relevant committee chair and lead members WILL be told " +
        "that factual information was given to a member, and be sent a copy on request. Only 7.1 " +
        "confidential briefings stay with the member, so this informs. Committee chairs count as " +
        "well as cabinet roles because the protocol speaks of chairs and lead members.",
    },
    "local-members-not-copied": {
      severity: "warn",
      options: localMembersOptions({ triggerWords: ["policy development"] }),
      citations: [
        cite(
          "10.1",
          "Members can expect to be fully informed as early as possible about matters affecting their division.",
        ),
        cite(
          "10.5",
          "all the members representing the electoral division(s) affected should as a matter of course be invited to attend the meeting",
        ),
        cite(
          "10.7",
          "the local member(s) should be notified immediately prior to the outset of the exercise",
        ),
        cite(
          "9.2",
          "keep Councillors informed of media interest in Council activities relevant to their responsibilities and the electoral divisions they represent",
        ),
        cite(
          "10.2",
          "Local members shall also be kept informed about matters affecting their divisions during the formative stages of policy development",
        ),
      ],
      note:
        "Section 10 ('Keeping the Local Members informed') and 9.2: members are told about " +
        "matters affecting their division as early as possible, so a warning. The protocol says " +
        "'division': the directory's wards are electoral divisions here. 10.7 is the consultation " +
        "paragraph (numbered 10.6 before the new 10.6 was inserted).",
    },
  },
};
