/** copyState: the playground's React copy of the mailbox, which later changes must not reach. */
import { copyState, emptyState, type MailboxState } from "../../src/playground/mailbox-state";

function filled(): MailboxState {
  return {
    ...emptyState(),
    to: [{ emailAddress: "jane.doe@surreyheath-council.example", displayName: "Cllr Jane Doe" }],
    from: { emailAddress: "laura.bennett@surreyheath.gov.example", displayName: "Laura Bennett" },
    attachments: [
      {
        id: "a1",
        name: "Enquiry.eml",
        attachmentType: "item",
        content: { format: "eml", content: "From: x" },
      },
    ],
    sessionData: { consent: "1" },
    internetHeaders: { "X-Member-Mail-Check": "warn" },
  };
}

test("the copy equals the state and shares nothing that can change", () => {
  const state = filled();
  const copied = copyState(state);
  expect(copied).toEqual(state);
  state.to[0]!.displayName = "changed";
  state.to.push({ emailAddress: "x@example.example", displayName: "X" });
  state.from!.displayName = "changed";
  state.attachments[0]!.content!.content = "changed";
  state.sessionData.consent = "changed";
  state.internetHeaders["X-Member-Mail-Check"] = "changed";
  state.bodyHtml = "<p>changed</p>";
  expect(copied).toEqual(filled());
});

test("a state with no sender copies without one", () => {
  expect("from" in copyState(emptyState())).toBe(false);
});
