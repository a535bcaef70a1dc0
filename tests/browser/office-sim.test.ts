/**
 * The task pane (dist/taskpane.html) in Debian Chromium on the scripted Outlook
 * (dist/playground/office-sim.js) instead of Office.js: it renders and reads the draft through
 * the simulated Office calls. Needs a build (`npm test` builds first; MMC_DIST may point at one).
 */
import { useBrowser } from "./harness";
import { mailboxCalls, mailboxState, openWithScriptedOffice } from "./mailbox";

const session = useBrowser("taskpane.html", "playground/office-sim.js");

test("the task pane runs on the scripted Outlook and reads the draft through it", async () => {
  const o = await openWithScriptedOffice(session.browser, "/taskpane.html", {
    mailboxVersion: "1.15",
    state: {
      to: [{ emailAddress: "resident@example.org", displayName: "A Resident" }],
      subject: "Bins in Frimley Green",
      bodyHtml: "<html><body><p>Hello</p></body></html>",
    },
  });
  session.opened.push(o);
  await o.page.getByRole("heading", { level: 1 }).first().waitFor();
  await o.page.waitForFunction(() => (window.__mailbox?.callsTo("to.getAsync").length ?? 0) > 0);
  expect((await mailboxCalls(o.page, "to.getAsync")).length).toBeGreaterThan(0);
  expect((await mailboxState(o.page)).subject).toBe("Bins in Frimley Green");
  // Nothing left the machine: Office.js's URL was answered by the simulation.
  expect(o.blocked).toEqual([]);
  expect(o.errors).toEqual([]);
});
