/**
 * The built task pane (dist/taskpane.html) in Debian Chromium at 320 × 700, on the scripted
 * Outlook (dist/playground/office-sim.js) holding the sample council's messages: one finding of
 * each rule is walked through its fix the way an officer would, with screenshots in
 * test-artifacts/ and axe-core finding nothing serious or critical, in light, dark and high
 * contrast. Needs `npm run build` first (`npm test` runs it).
 */
import type { Page } from "playwright-core";
import { CONSENT_HEADER, CONSENT_SESSION_KEY } from "../../src/office/consents";
import type { MailboxState } from "../../src/playground/scripted-mailbox";
import { handedOverContext } from "../helpers/handed-over";
import { sampleDraft, stateFromDraft } from "../office/outlook-mock";
import { hasHorizontalScroll, useBrowser, runAxe, saveScreenshot } from "./harness";
import { mailboxState, openWithScriptedOffice, userDoes } from "./mailbox";

const PANE = { width: 320, height: 700 };

const session = useBrowser("taskpane.html", "playground/office-sim.js");

/** The pane beside a compose window holding one of the sample council's messages. */
async function openPane(sample: string, extra: Partial<MailboxState> = {}): Promise<Page> {
  const state = { ...stateFromDraft(await sampleDraft(sample)), ...extra } as MailboxState;
  const o = await openWithScriptedOffice(
    session.browser,
    "/taskpane.html",
    {
      state,
      latencyMs: 5,
      // Our manifest uses event-based activation, so Outlook gives the pane no officeTheme.
      eventBasedActivation: true,
    },
    PANE,
  );
  session.opened.push(o);
  await o.page.getByRole("heading", { level: 1, name: "Member Mail Check" }).waitFor();
  return o.page;
}

/** The state the pane settles in: a finished check (status no longer "Checking…"). */
async function settled(page: Page): Promise<void> {
  await page
    .getByRole("status")
    .filter({ hasText: /to look at before sending|All clear|not checked/ })
    .first()
    .waitFor();
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, `taskpane-${name}`);
  expect({ name, violations: await runAxe(page) }).toEqual({ name, violations: [] });
  expect({ name, sideways: await hasHorizontalScroll(page) }).toEqual({ name, sideways: false });
}

const addresses = (list: { emailAddress: string }[]) => list.map((r) => r.emailAddress);

describe("the task pane at 320 × 700, one finding of each rule through its fix", () => {
  test("bcc-to-members: Move to Cc, then Undo", async () => {
    const page = await openPane("bcc-to-members.eml");
    const finding = page.getByRole("article", { name: /Blind copies to members/ });
    await finding.waitFor();
    await expectAccessible(page, "bcc-to-members-found");
    const before = await mailboxState(page);

    await finding.getByRole("button", { name: "Move to Cc" }).click();
    await page.getByText(/Moved Cllr Jane Doe.*to Cc\. Checked again: all clear\./).waitFor();
    const after = await mailboxState(page);
    expect(after.bcc).toEqual([]);
    expect(addresses(after.cc)).toEqual([...addresses(before.cc), ...addresses(before.bcc)]);
    await expectAccessible(page, "bcc-to-members-fixed");

    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Put back as it was before the fix.").waitFor();
    expect(addresses((await mailboxState(page)).bcc)).toEqual(addresses(before.bcc));
  });

  test("member-enquiry-forwarded: Remove quoted history, after seeing what stays", async () => {
    const page = await openPane("member-enquiry-forwarded.eml");
    const finding = page.getByRole("article", { name: /Member’s email passed on/ });
    await finding.getByRole("button", { name: "Remove quoted history" }).click();
    const kept = finding.getByLabel("What the email will say");
    await kept.waitFor();
    expect(await kept.textContent()).not.toContain("From:");
    await expectAccessible(page, "member-enquiry-forwarded-preview");

    await finding.getByRole("button", { name: "Remove the quoted emails" }).click();
    await page.getByText(/Removed the quoted emails; your own text is kept\./).waitFor();
    const body = (await mailboxState(page)).bodyHtml;
    expect(body).not.toMatch(/From:/);
    await expect(
      page.getByRole("article", { name: /Member’s email passed on/ }).count(),
    ).resolves.toBe(0);
    await expectAccessible(page, "member-enquiry-forwarded-fixed");
  });

  test("portfolio-holder-copied: the member agreed, with a note", async () => {
    const page = await openPane("portfolio-holder-copied.eml");
    const finding = page.getByRole("article", { name: /Cabinet member copied/ });
    await finding.getByRole("button", { name: "The member agreed" }).click();
    await finding.getByLabel(/Note/).fill("Agreed by phone on 23 November");
    await expectAccessible(page, "portfolio-holder-copied-consent");

    await finding.getByRole("button", { name: "Record agreement" }).click();
    await page.getByText(/Recorded that Cllr .* agreed\./).waitFor();
    const state = await mailboxState(page);
    expect(JSON.parse(state.sessionData[CONSENT_SESSION_KEY] ?? "[]")).toEqual([
      expect.objectContaining({
        rule: "portfolio-holder-copied",
        note: "Agreed by phone on 23 November",
      }),
    ]);
    expect(state.internetHeaders[CONSENT_HEADER]).toBeDefined();
    await settled(page);
    await expect(
      page.getByRole("article", { name: /Cabinet member copied/ }).count(),
    ).resolves.toBe(0);
  });

  test("local-members-not-copied: Add local members to Cc", async () => {
    const page = await openPane("local-members-not-copied.eml");
    const finding = page.getByRole("article", { name: /Local members not told/ });
    await finding.getByRole("button", { name: "Add local members" }).click();
    await expect(finding.getByRole("checkbox", { checked: true }).count()).resolves.toBe(2);
    await expectAccessible(page, "local-members-not-copied-choose");

    await finding.getByRole("button", { name: "Add 2 members to Cc" }).click();
    await page.getByText(/Added Cllr .* to Cc\. Checked again: all clear\./).waitFor();
    const cc = addresses((await mailboxState(page)).cc);
    expect(cc).toEqual(
      expect.arrayContaining([
        "jane.doe@surreyheath-council.example",
        "helen.ashby@surreyheath-council.example",
      ]),
    );
    await expectAccessible(page, "local-members-not-copied-fixed");
  });
});

describe("the pane follows the officer", () => {
  test("opened from Review, it shows what Send found before its own check", async () => {
    const draft = await sampleDraft("bcc-to-members.eml");
    const contextData = handedOverContext(draft.bcc[0]!.address);
    const page = await openPane("bcc-to-members.eml", { contextData });
    await page.getByRole("article", { name: /Blind copies to members/ }).waitFor();
    await settled(page);
    // Its own check replaces the handed-over findings, with fixes.
    await page.getByRole("button", { name: "Move to Cc" }).waitFor();
  });

  test("re-checks when the officer changes the recipients", async () => {
    const page = await openPane("clean.eml");
    await page.getByText(/All clear/).waitFor();
    const members = (await sampleDraft("bcc-to-members.eml")).bcc;
    await userDoes(
      page,
      "setRecipients",
      "bcc",
      members.map((r) => ({ emailAddress: r.address, displayName: r.name ?? r.address })),
    );
    await page.getByRole("article", { name: /Blind copies to members/ }).waitFor();
  });

  test("dark mode and Windows high contrast", async () => {
    for (const [name, media] of [
      ["dark", { colorScheme: "dark" }],
      ["high-contrast", { forcedColors: "active" }],
    ] as const) {
      const page = await openPane("local-members-not-copied.eml");
      await page.emulateMedia(media);
      await page.locator(`[data-theme="${name}"]`).waitFor();
      await page.getByRole("article", { name: /Local members not told/ }).waitFor();
      await expectAccessible(page, `theme-${name}`);
    }
  });

  test("every fix is reachable by keyboard", async () => {
    const page = await openPane("bcc-to-members.eml");
    await page.getByRole("button", { name: "Move to Cc" }).waitFor();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const name = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (name === "Move to Cc") break;
    }
    await page.keyboard.press("Enter");
    await page.getByText(/Checked again: all clear\./).waitFor();
    expect((await mailboxState(page)).bcc).toEqual([]);
  });
});
