/**
 * Surrey Heath Borough Council: Member and Officer Protocol, Constitution Part 5 Section B
 * (../../../../docs/protocols/surrey-heath-borough-council.md). Section 7 "Other local
 * conventions" is about correspondence and the ward councillors.
 */
import type { Preset } from "../types";
import {
  bccOptions,
  forwardedOptions,
  localMembersOptions,
  portfolioHolderOptions,
} from "../defaults";
import { citationsFor } from "./cite";

const cite = citationsFor("Surrey Heath");

const SINGLE_CONSTITUENT =
  "An officer should not normally copy correspondence between an individual Member and an officer on a matter relating to a single constituent to any other Member.";
const MADE_CLEAR =
  "Where, exceptionally, it is necessary to copy the correspondence to another Member, this must be made clear to the original Member.";

export const surreyHeathBoroughCouncil: Preset = {
  id: "surrey-heath-borough-council",
  council: "Surrey Heath Borough Council",
  short: "Surrey Heath",
  document: "Member and Officer Protocol (Constitution Part 5, Section B)",
  whenConfigUnavailable: "allow",
  rules: {
    "bcc-to-members": {
      severity: "block",
      options: bccOptions(),
      citations: [
        cite("7.1", "In other words, a system of “silent or blind copies” must not be used."),
        cite("7.1", MADE_CLEAR),
      ],
      note:
        "7.1 says blind copies 'must not be used'. It is about copying members into another " +
        "member's correspondence, so a Bcc to a non-member is not refused by default " +
        "(anyBccWhenMemberIsRecipient can add it).",
    },
    "member-enquiry-forwarded": {
      severity: "warn",
      options: forwardedOptions(),
      citations: [
        cite("7.1", SINGLE_CONSTITUENT),
        cite("7.1", MADE_CLEAR),
        cite("3.2", "They must not release any confidential information"),
      ],
      note:
        "7.1 covers passing a member's correspondence to another member ('should not normally'), " +
        "so a warning. The protocol says nothing about email chains as such; the chain check " +
        "keeps the default threshold on the strength of the officers' confidentiality duty (3.2).",
    },
    "portfolio-holder-copied": {
      severity: "warn",
      options: portfolioHolderOptions({ alsoOtherMembers: true }),
      citations: [cite("7.1", SINGLE_CONSTITUENT), cite("7.1", MADE_CLEAR)],
      note:
        "7.1 says single-constituent correspondence is not copied to ANY other member, not only " +
        "portfolio holders (alsoOtherMembers); 'should not normally' makes it a warning.",
    },
    "local-members-not-copied": {
      severity: "warn",
      options: localMembersOptions(),
      citations: [
        cite(
          "7.2",
          "Copies of correspondence will therefore normally be sent to all councillors for the ward (and adjacent area if appropriate)",
        ),
        cite(
          "7.4",
          "Whenever the Council undertakes any form of consultative exercise on a local issue, the Ward Members must be informed or involved, as appropriate, not later than at the outset of the exercise.",
        ),
        cite(
          "7.4",
          "all the Members representing the Ward or Wards affected must, as a matter of course, be invited to attend the meeting",
        ),
        cite("7.1", SINGLE_CONSTITUENT),
      ],
      note:
        "7.2 and 7.4: matters of general interest in a ward go to all its councillors; 7.1 keeps " +
        "single-constituent matters out (the casework words). 7.2 allows an exception only where, " +
        "for example, the author asked for the letter not to be copied; political sensitivity is " +
        "not one.",
    },
  },
};
