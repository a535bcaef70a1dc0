/**
 * Surrey County Council: "Members and Officers of Surrey County Council – A Protocol for Working
 * Collaboratively" (../../../../docs/protocols/surrey-county-council.md). The strictest of
 * the five on email: para 34 names Bcc, forwarding and portfolio holders outright.
 */
import type { Preset } from "../types";
import {
  bccOptions,
  forwardedOptions,
  localMembersOptions,
  portfolioHolderOptions,
} from "../defaults";
import { citationsFor } from "./cite";

const cite = citationsFor("Surrey CC");

export const surreyCountyCouncil: Preset = {
  id: "surrey-county-council",
  council: "Surrey County Council",
  short: "Surrey CC",
  document:
    "Members and Officers of Surrey County Council – A Protocol for Working Collaboratively",
  whenConfigUnavailable: "allow",
  rules: {
    "bcc-to-members": {
      severity: "block",
      options: bccOptions({ anyBccWhenMemberIsRecipient: true }),
      citations: [cite("34", "Blind copies (Bcc) to any recipient are not permitted.")],
      note:
        "Para 34 forbids Bcc to any recipient in communication between Members and Officers, " +
        "not only to members: so any Bcc is refused while a member is in To or Cc.",
    },
    "member-enquiry-forwarded": {
      severity: "warn",
      options: forwardedOptions(),
      citations: [
        cite(
          "34",
          "Officers will seek agreement from parties before forwarding emails to other Members",
        ),
        cite(
          "38",
          "It is not for distribution with other Members without the consent of the Member making the request",
        ),
        cite(
          "41",
          "When information is distributed, best practice is to avoid forwarding an email chain as this may contain additional personal data that is not for disclosure.",
        ),
      ],
      note:
        "Para 34 asks for agreement before forwarding, which the officer can record, and para 41 " +
        "calls avoiding chains best practice: a warning the officer may act on, not a block.",
    },
    "portfolio-holder-copied": {
      severity: "warn",
      options: portfolioHolderOptions({ alsoOtherMembers: true }),
      citations: [
        cite(
          "34",
          "Responses to individual Member enquiries should not automatically be forwarded to cabinet portfolio holders.",
        ),
        cite(
          "38",
          "It is not for distribution with other Members without the consent of the Member making the request",
        ),
      ],
      note:
        "Para 34 says 'should not automatically', so a warning. Para 38 extends the consent " +
        "requirement to any other Member, so other members are covered too (alsoOtherMembers).",
    },
    "local-members-not-copied": {
      severity: "warn",
      options: localMembersOptions({ triggerWords: ["policy development"] }),
      citations: [
        cite("10", "Officers are expected to be equipped to keep local Members informed"),
        cite(
          "11",
          "Where an issue is to be discussed at a public meeting that affects a particular division or area, all local county councillors will be invited and offered the opportunity to speak.",
        ),
        cite(
          "The media test",
          "Is it reasonably foreseeable that this topic could be reported in the local media?",
        ),
        cite("9", "it is critical that they are updated about matters affecting their division"),
      ],
      note:
        "Paras 10-11 list what local members must hear about (service disruption, consultations, " +
        "policy development, media issues, public meetings); the trigger words follow that list " +
        "and the media test. Surrey CC members represent divisions: the directory's wards are " +
        "divisions here.",
    },
  },
};
