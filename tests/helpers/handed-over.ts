/** What the Smart Alert's Review button hands the task pane: one bcc-to-members finding, no fixes. */
import { serializeContext } from "../../src/office/smart-alert-context";

export function handedOverContext(bccAddress: string): string {
  return serializeContext({
    v: 1,
    source: "onMessageSend",
    outcome: "block",
    findings: [
      {
        rule: "bcc-to-members",
        severity: "block",
        title: "Blind copies to members",
        message: "Cllr Jane Doe is in Bcc. Copy her openly.",
        citation: "Surrey Heath 7.1: “…”",
        citations: [{ council: "Surrey Heath", paragraph: "7.1", quote: "silent or blind copies" }],
        recipients: [bccAddress],
        people: [],
        fixes: [],
      },
    ],
    unchecked: [],
  });
}
