import type { Finding, Fix } from "../../../src/core/findings";
import { fixButtonText, fixDoneText, recheckText } from "../../../src/taskpane/model/fix-text";

const finding: Finding = {
  rule: "portfolio-holder-copied",
  severity: "warn",
  title: "Cabinet member copied into a member’s enquiry",
  message: "This answers Cllr Jane Doe’s enquiry and also goes to Cllr Amir Khan.",
  citation: "Surrey Heath 7.1: “…”",
  citations: [],
  recipients: ["amir.khan@surreyheath-council.example"],
  people: [
    { name: "Cllr Jane Doe", memberId: "jane-doe" },
    { name: "Cllr Amir Khan", memberId: "amir-khan" },
  ],
  fixes: [],
};

const remove: Fix = {
  kind: "remove",
  label: "Remove Cllr Amir Khan",
  recipients: [
    { field: "cc", address: "amir.khan@surreyheath-council.example", name: "Cllr Amir Khan" },
    { field: "bcc", address: "sarah.whitfield@surreyheath-council.example" },
  ],
};

test("button texts are short; the card names the people", () => {
  expect(fixButtonText(remove)).toBe("Remove them all");
  // Not "Remove them": that was also the quoted-history panel's button, two acts with one name.
  expect(fixButtonText({ ...remove, recipients: remove.recipients.slice(0, 1) })).toBe(
    "Remove this person",
  );
  expect(
    fixButtonText({ kind: "record-consent", label: "x", memberIds: ["jane-doe"], rule: "r" }),
  ).toBe("The member agreed");
  expect(
    fixButtonText({
      kind: "remove-attached-emails",
      label: "x",
      attachments: [{ name: "a.eml" }, { name: "b.eml" }],
    }),
  ).toBe("Remove attached emails");
});

test("what a fix did, naming people and fields", () => {
  expect(fixDoneText(finding, remove, {}, true)).toBe(
    "Removed Cllr Amir Khan and sarah.whitfield@surreyheath-council.example from Cc and Bcc.",
  );
  const consent: Fix = {
    kind: "record-consent",
    label: "x",
    memberIds: ["jane-doe", "amir-khan"],
    rule: "r",
  };
  expect(fixDoneText(finding, consent, { memberIds: ["jane-doe"] }, true)).toMatch(
    /^Recorded that Cllr Jane Doe agreed\./,
  );
  expect(fixDoneText(finding, remove, {}, false)).toBe(
    "The email already looked like that, so nothing was changed.",
  );
});

test("what the check found afterwards", () => {
  expect(recheckText(finding, [])).toBe("Checked again: all clear.");
  expect(recheckText(finding, [finding])).toBe(
    "Checked again: “Cabinet member copied into a member’s enquiry” still applies; 1 thing left to look at.",
  );
  expect(
    recheckText(finding, [
      { ...finding, rule: "bcc-to-members" },
      { ...finding, rule: "x" },
    ]),
  ).toBe("Checked again: 2 things left to look at.");
});
