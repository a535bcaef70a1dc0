/** Members recognised at Send as in core and the CLI (issue 11, reproduction 8). */
import type { MockRecipient } from "../office/outlook-mock";
import { completedWith, setupSend } from "./send";

const officer = {
  emailAddress: "claire.whitmore@surreyheath.gov.example",
  displayName: "Claire Whitmore",
};

/** Sends a member briefing with `bcc` in Bcc, as Office reports it; the completed options. */
async function sendBriefingTo(bcc: MockRecipient) {
  const { send } = await setupSend({
    state: {
      from: officer,
      to: [officer],
      bcc: [bcc],
      subject: "Member briefing: customer service centre opening hours",
      bodyHtml:
        "<html><body><p>Dear Councillors, the centre will open at 9am. Claire</p></body></html>",
      composeType: "newMail",
    },
  });
  return completedWith(await send());
}

test.each([
  ["Smith, John (Cllr)", "john.smith@residents.example"],
  ["Smith, John (Councillor)", "john.smith@residents.example"],
  ["Smith, Cllr John", "john.smith@residents.example"],
  [
    "jane.doe+casework@surreyheath-council.example",
    "jane.doe+casework@surreyheath-council.example",
  ],
  ['"jane.doe"@surreyheath-council.example', '"jane.doe"@surreyheath-council.example'],
  ["Kevin O’Brien", "kob@home.example"],
])("Bcc %j <%s> is blocked as a member", async (displayName, emailAddress) => {
  const options = await sendBriefingTo({ displayName, emailAddress, recipientType: "user" });
  expect(options.allowEvent).toBe(false);
  expect(options.errorMessage).toContain("Blind copies to members");
});

test("a team whose bracket only mentions councillors is sent", async () => {
  const team = {
    displayName: "Member Services (Councillor Support)",
    emailAddress: "member.services@surreyheath.gov.example",
  };
  expect(await sendBriefingTo(team)).toEqual({ allowEvent: true });
});
