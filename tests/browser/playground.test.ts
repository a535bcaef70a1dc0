/**
 * The compose playground (dist/playground.html) in Debian Chromium: an officer composes, presses
 * Send, and the add-in's real on-send script (launchevent.js, loaded by the runtime page exactly
 * as Outlook on the web loads it, office-sim.js standing in for office.js) answers with its
 * Smart Alert; Review opens the real task pane in a frame, the fix is made there, and Send then
 * succeeds. Every request of every run is recorded by the harness: any that leaves
 * https://localhost:3000 fails the test, as does any console error. Needs a build (MMC_DIST
 * may point at a private one).
 */
import fs from "node:fs";
import path from "node:path";
import type { FrameLocator, Locator, Page } from "playwright-core";
import { CONSENT_HEADER } from "../../src/office/consents";
import { STAMP_HEADER } from "../../src/launchevent/stamp";
import {
  ROOT,
  hasHorizontalScroll,
  openPage,
  useBrowser,
  runAxe,
  saveScreenshot,
  type OpenedPage,
} from "./harness";

const DESKTOP = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 800 };
const PANE_TITLE = "Member Mail Check task pane";

/** Console errors a test expects go in session.expectedErrors (e.g. the 404 it arranged). */
const session = useBrowser(
  "playground.html",
  "playground-launchevent.html",
  "playground-taskpane.html",
  "launchevent.js",
  "playground/office-sim.js",
);

async function openPlayground(
  viewport = DESKTOP,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<OpenedPage> {
  const o = await openPage(session.browser, "/playground.html", viewport, { beforeLoad });
  session.opened.push(o);
  await o.page.getByRole("heading", { level: 1, name: /compose playground/ }).waitFor();
  return o;
}

async function loadScenario(page: Page, label: RegExp): Promise<void> {
  await page.getByRole("button", { name: "Scenarios" }).click();
  await page.getByRole("menuitem", { name: label }).click();
  await page.getByRole("status").filter({ hasText: "Loaded" }).waitFor();
}

const sendButton = (page: Page) => page.getByRole("button", { name: "Send", exact: true });
const smartAlert = (page: Page) => page.getByRole("alertdialog", { name: "Member Mail Check" });
const pane = (page: Page): FrameLocator => page.frameLocator(`iframe[title="${PANE_TITLE}"]`);
const sentItems = (page: Page) =>
  page.getByRole("region", { name: /Sent Items/ }).getByRole("article");

/** Send, then the Smart Alert; returns it. */
async function sendToAlert(page: Page, finding: string): Promise<Locator> {
  await sendButton(page).click();
  const alert = smartAlert(page);
  await alert.getByText(finding).first().waitFor();
  // The dialog fades in: let it finish before screenshots and contrast checks.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running"),
  );
  return alert;
}

/** Review in the alert: the pane opens beside the form, showing the finding. */
async function review(page: Page, alert: Locator, finding: RegExp): Promise<Locator> {
  await alert.getByRole("button", { name: "Review" }).click();
  await alert.waitFor({ state: "detached" });
  const article = pane(page).getByRole("article", { name: finding });
  await article.waitFor();
  return article;
}

/** Send succeeds: the message is the newest in Sent Items. */
async function sendAndFindSent(page: Page, subject: string): Promise<Locator> {
  const before = await sentItems(page).count();
  await sendButton(page).click();
  await page
    .getByRole("status")
    .filter({ hasText: `Sent “${subject}”` })
    .waitFor();
  await expect(sentItems(page).count()).resolves.toBe(before + 1);
  const item = sentItems(page).first();
  await expect(item.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(subject);
  return item;
}

/** The headers a sent message carried, from its "Headers added by add-ins" list. */
async function sentHeaders(item: Locator): Promise<Record<string, string>> {
  return item.evaluate((article) => {
    const heading = Array.from(article.querySelectorAll("h4")).find(
      (h) => h.textContent === "Headers added by add-ins",
    );
    const list = heading?.nextElementSibling;
    const headers: Record<string, string> = {};
    if (list?.tagName !== "DL") return headers;
    for (const dt of Array.from(list.querySelectorAll("dt"))) {
      headers[dt.textContent ?? ""] = dt.nextElementSibling?.textContent ?? "";
    }
    return headers;
  });
}

async function sentRow(item: Locator, term: string): Promise<string> {
  return item.evaluate((article, term) => {
    const dt = Array.from(article.querySelectorAll("dt")).find((d) => d.textContent === term);
    return dt?.nextElementSibling?.textContent ?? "";
  }, term);
}

async function expectAccessible(page: Page, name: string, include?: string): Promise<void> {
  await saveScreenshot(page, `playground-${name}`);
  expect({ name, violations: await runAxe(page, include) }).toEqual({ name, violations: [] });
  expect({ name, sideways: await hasHorizontalScroll(page) }).toEqual({ name, sideways: false });
}

describe("one rule at a time: compose → Send → alert → Review → fix in the pane → Send", () => {
  test("bcc-to-members: blocked with no Send Anyway; Move to Cc; sent without the stamp", async () => {
    const { page, served } = await openPlayground();
    await loadScenario(page, /Members in Bcc/);
    const alert = await sendToAlert(page, "Blind copies to members");
    await expect(alert.getByText(/cannot be sent as it is/).count()).resolves.toBe(1);
    // A block: the officer cannot send it anyway.
    await expect(alert.getByRole("button", { name: "Send Anyway" }).count()).resolves.toBe(0);
    await expectAccessible(page, "bcc-alert");
    // The runtime page loaded the real on-send script, with the scripted mailbox for office.js.
    expect(served.map((s) => s.url)).toEqual(
      expect.arrayContaining([
        "/playground-launchevent.html",
        "/playground/office-sim.js",
        "/launchevent.js",
      ]),
    );

    const finding = await review(page, alert, /Blind copies to members/);
    // Review handed the pane the alert's contextData, which it read from the shared mailbox.
    const handedOver = await page.evaluate(() => ({
      context: window.__mailbox?.state.contextData ?? "",
      reads: window.__mailbox?.callsTo("getInitializationContextAsync").length ?? 0,
    }));
    expect(JSON.parse(handedOver.context)).toMatchObject({
      source: "onMessageSend",
      outcome: "block",
      findings: [expect.objectContaining({ rule: "bcc-to-members" })],
    });
    expect(handedOver.reads).toBeGreaterThan(0);
    await finding.getByRole("button", { name: "Move to Cc" }).click();
    await pane(page)
      .getByText(/Moved .* to Cc\. Checked again: all clear\./)
      .waitFor();
    await expectAccessible(page, "bcc-fixed", "main > div > section");

    const item = await sendAndFindSent(
      page,
      "Member briefing: customer service centre opening hours from 4 January",
    );
    expect(await sentRow(item, "Cc")).toContain("jane.doe@surreyheath-council.example");
    expect(await sentRow(item, "Bcc")).toBe("");
    // The block's stamp was removed when the fixed message passed.
    expect(await sentHeaders(item)).toEqual({});
    // The pane closes with the sent message; the form is a new, empty message.
    await expect(page.locator(`iframe[title="${PANE_TITLE}"]`).count()).resolves.toBe(0);
    await expect(page.getByLabel("Subject").inputValue()).resolves.toBe("");
  });

  test("member-enquiry-forwarded: Remove quoted history", async () => {
    const { page } = await openPlayground();
    await loadScenario(page, /member’s email forwarded/);
    const alert = await sendToAlert(page, "Member’s email passed on");
    await expect(alert.getByRole("button", { name: "Send Anyway" }).count()).resolves.toBe(1);

    const finding = await review(page, alert, /Member’s email passed on/);
    await finding.getByRole("button", { name: "Remove quoted history" }).click();
    await finding.getByRole("button", { name: "Remove the quoted emails" }).click();
    // One fix, and nothing new revealed behind it: a forward without Cllr Doe's email, and
    // nothing ward-wide in it, asks for no other local members.
    await pane(page)
      .getByText(/Removed the quoted emails/)
      .waitFor();
    await pane(page)
      .getByText(/Checked again: all clear\./)
      .waitFor();
    await expect(
      pane(page)
        .getByRole("article", { name: /Local members not told/ })
        .count(),
    ).resolves.toBe(0);
    // The compose form shows the body the pane wrote.
    await expect(
      page.getByRole("textbox", { name: "Message" }).textContent(),
    ).resolves.not.toContain("A constituent has contacted me");

    const item = await sendAndFindSent(page, "FW: Caravans on land off Sturt Road");
    await item.getByText("Message text").click();
    const text = (await item.locator("details p").textContent()) ?? "";
    expect(text).toContain("Dear Cllr Okafor");
    expect(text).not.toContain("A constituent has contacted me");
    expect(await sentHeaders(item)).toEqual({});
  });

  test("portfolio-holder-copied: the member agreed; sent with the consent header", async () => {
    const { page } = await openPlayground();
    await loadScenario(page, /cabinet member copied/);
    const alert = await sendToAlert(page, "Cabinet member copied into a member’s enquiry");
    const finding = await review(page, alert, /Cabinet member copied/);
    await finding.getByRole("button", { name: "The member agreed" }).click();
    await finding.getByLabel(/Note/).fill("Agreed by phone on 23 November");
    await finding.getByRole("button", { name: "Record agreement" }).click();
    await pane(page)
      .getByText(/Recorded that Cllr .* agreed\./)
      .waitFor();

    const item = await sendAndFindSent(page, "RE: 14 Beech Road – neighbour’s objection");
    const headers = await sentHeaders(item);
    expect(Object.keys(headers)).toEqual([CONSENT_HEADER]);
    expect(headers[CONSENT_HEADER]).toContain("Agreed by phone on 23 November");
    expect(await sentRow(item, "Cc")).toContain("amir.khan@surreyheath-council.example");
  });

  test("local-members-not-copied: Add local members to Cc", async () => {
    const { page } = await openPlayground();
    await loadScenario(page, /Works in Frimley Green/);
    const alert = await sendToAlert(page, "Local members not told");
    const finding = await review(page, alert, /Local members not told/);
    await finding.getByRole("button", { name: "Add local members" }).click();
    await finding.getByRole("button", { name: "Add 2 members to Cc" }).click();
    await pane(page)
      .getByText(/Added Cllr .* to Cc\. Checked again: all clear\./)
      .waitFor();
    // The chips in the form follow the pane's change (RecipientsChanged, as in Outlook).
    await page
      .getByRole("toolbar", { name: "Cc recipients" })
      .getByText(/Helen Ashby/)
      .waitFor();

    const item = await sendAndFindSent(
      page,
      "Car park resurfacing and road closure, 11–15 January",
    );
    const cc = await sentRow(item, "Cc");
    expect(cc).toContain("jane.doe@surreyheath-council.example");
    expect(cc).toContain("helen.ashby@surreyheath-council.example");
    expect(await sentHeaders(item)).toEqual({});
  });
});

describe("the alert's other paths", () => {
  test("Send Anyway on a warning sends it with the X-Member-Mail-Check stamp", async () => {
    const { page } = await openPlayground();
    await loadScenario(page, /cabinet member copied/);
    const alert = await sendToAlert(page, "Cabinet member copied into a member’s enquiry");
    await alert.getByRole("button", { name: "Send Anyway" }).click();
    await page.getByRole("status").filter({ hasText: "Sent anyway" }).waitFor();
    const item = sentItems(page).first();
    await item.getByText("Sent anyway").waitFor();
    expect(await sentHeaders(item)).toEqual({
      [STAMP_HEADER]:
        "outcome=warn; rules=portfolio-holder-copied; policy=surrey-heath-borough-council/2026-11-sample-1",
    });
  });

  test("a clean email sends straight away; so does a reply typed from the starter", async () => {
    const { page } = await openPlayground();
    await loadScenario(page, /breaks no rule/);
    const item = await sendAndFindSent(
      page,
      "RE: Broken play equipment, Frimley Green recreation ground",
    );
    await expect(smartAlert(page).count()).resolves.toBe(0);
    expect(await sentHeaders(item)).toEqual({});

    // The officer's own typing: a reply to a member, her chip removed and put back by keyboard
    // (Backspace, then her name resolved against the directory), an officer copied by address.
    await page.getByRole("button", { name: "Reply to a member’s email" }).click();
    const body = page.getByRole("textbox", { name: "Message" });
    await body.click();
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("Thank you: the tree will be cleared on Wednesday. ");
    const to = page.getByLabel("To", { exact: true });
    await to.focus();
    await page.keyboard.press("Backspace");
    await expect(page.getByRole("toolbar", { name: "To recipients" }).count()).resolves.toBe(0);
    await to.fill("jane doe");
    await to.press("Enter");
    const cc = page.getByLabel("Cc", { exact: true });
    await cc.fill("streetscene@surreyheath.gov.example");
    await cc.press(";");
    await page
      .getByRole("toolbar", { name: "Cc recipients" })
      .getByText(/streetscene/)
      .waitFor();
    const reply = await sendAndFindSent(page, "RE: Fallen tree blocking the footpath by the canal");
    expect(await sentRow(reply, "To")).toBe("Cllr Jane Doe <jane.doe@surreyheath-council.example>");
    expect(await sentRow(reply, "Cc")).toBe("streetscene@surreyheath.gov.example");
    await reply.getByText("Message text").click();
    expect(await reply.locator("details p").textContent()).toContain(
      "the tree will be cleared on Wednesday",
    );
    await expectAccessible(page, "desktop-sent");
  });
});

describe("Outlook's limits on the add-in", () => {
  test("without Mailbox 1.14 a warning has no Send Anyway and no Review", async () => {
    const { page } = await openPlayground();
    await page.getByLabel("Simulated Outlook").selectOption("1.12");
    await loadScenario(page, /cabinet member copied/);
    const alert = await sendToAlert(page, "cannot offer Send Anyway");
    await expect(alert.getByRole("button").allTextContents()).resolves.toEqual(["Don't Send"]);
    await alert.getByRole("button", { name: "Don't Send" }).click();
    await page.getByRole("status").filter({ hasText: "Not sent." }).waitFor();
    await expect(page.locator(`iframe[title="${PANE_TITLE}"]`).count()).resolves.toBe(0);
  });

  test("a script that never associates: sent unchecked (SoftBlock); one that never completes: given up after 10 s", async () => {
    let script = "";
    const { page } = await openPlayground(DESKTOP, async (p) => {
      await p.route("**/launchevent.js", (route) =>
        route.fulfill({ status: 200, contentType: "application/javascript", body: script }),
      );
    });
    await loadScenario(page, /Members in Bcc/);
    await sendButton(page).click();
    await page
      .getByRole("status")
      .filter({ hasText: /could not run/ })
      .waitFor();
    await sentItems(page).first().getByText("Not checked").waitFor();

    script = 'Office.actions.associate("onMessageSendHandler", function (event) {});';
    await loadScenario(page, /Members in Bcc/);
    await sendButton(page).click();
    await page.getByRole("status").filter({ hasText: "taking longer than expected" }).waitFor();
    const alert = smartAlert(page);
    await alert.getByText(/did not answer within 10 seconds/).waitFor({ timeout: 8000 });
    await alert.getByRole("button", { name: "Don't Send" }).click();
    await page.getByRole("status").filter({ hasText: "Not sent." }).waitFor();
    await expect(sentItems(page).count()).resolves.toBe(1);
  }, 30000);
});

describe("when config/ is missing or damaged, the handler still completes", () => {
  const policy = (change: (p: Record<string, unknown>) => void) => {
    const json = JSON.parse(fs.readFileSync(path.join(ROOT, "config", "policy.json"), "utf8"));
    change(json);
    return JSON.stringify(json);
  };

  test("policy.json missing, then corrupt: no known policy, so whenConfigUnavailable is allow", async () => {
    let policyBody = "";
    session.expectedErrors = [/status of 404/];
    const { page } = await openPlayground(DESKTOP, async (p) => {
      await p.route("**/config/policy.json", (route) =>
        policyBody === ""
          ? route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" })
          : route.fulfill({ status: 200, contentType: "application/json", body: policyBody }),
      );
    });
    await loadScenario(page, /Members in Bcc/);
    const item = await sendAndFindSent(
      page,
      "Member briefing: customer service centre opening hours from 4 January",
    );
    expect(await sentRow(item, "Bcc")).toContain("jane.doe@surreyheath-council.example");
    // Sent without a check, and marked so: never "Checked".
    expect(await item.textContent()).toContain("Not checked");
    expect(await item.textContent()).not.toContain("Checked");
    await page
      .getByRole("status")
      .filter({ hasText: "could not check it (config/policy.json: HTTP 404)" })
      .waitFor();

    policyBody = "{ this is not JSON";
    await loadScenario(page, /Members in Bcc/);
    const second = await sendAndFindSent(
      page,
      "Member briefing: customer service centre opening hours from 4 January",
    );
    await expect(sentItems(page).count()).resolves.toBe(2);
    expect(await second.textContent()).toContain("Not checked");
  });

  test("directory.json corrupt under a policy that says block: held, no Send Anyway", async () => {
    const { page } = await openPlayground(DESKTOP, async (p) => {
      await p.route("**/config/policy.json", (route) =>
        route.fulfill({
          status: 200,
          contentType: "application/json",
          body: policy((p) => (p.whenConfigUnavailable = "block")),
        }),
      );
      await p.route("**/config/directory.json", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: "[1, 2" }),
      );
    });
    await loadScenario(page, /breaks no rule/);
    const alert = await sendToAlert(page, "could not check this email");
    await expect(alert.getByRole("button", { name: "Send Anyway" }).count()).resolves.toBe(0);
    await alert.getByRole("button", { name: "Review" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("status").filter({ hasText: "Not sent." }).waitFor();
    await page.getByRole("heading", { name: "Sent Items (0)" }).waitFor();
  });
});

describe("accessibility", () => {
  test("at 320 px: the form, the alert and the pane fit and pass axe", async () => {
    const { page } = await openPlayground(NARROW);
    await expectAccessible(page, "320-empty");
    await loadScenario(page, /Works in Frimley Green/);
    const alert = await sendToAlert(page, "Local members not told");
    await expectAccessible(page, "320-alert");
    await review(page, alert, /Local members not told/);
    await expectAccessible(page, "320-pane", "main > div > section");
  });
});

describe("the rules read as one policy: the two scenarios that show it", () => {
  test("residents in Bcc: blocked; sent their own email, still hidden; then a clean Send", async () => {
    const { page } = await openPlayground();
    await loadScenario(page, /Residents in Bcc/);
    const alert = await sendToAlert(page, "Others hidden in Bcc on an email to a member");
    await expect(
      alert.getByText(/3 people are hidden in Bcc on an email to Cllr Jane Doe/).count(),
    ).resolves.toBe(1);
    await expect(alert.getByRole("button", { name: "Send Anyway" }).count()).resolves.toBe(0);

    const finding = await review(page, alert, /Others hidden in Bcc/);
    // Residents are not moved into Cc, where they would see each other's addresses.
    await expect(finding.getByRole("button", { name: "Move to Cc" }).count()).resolves.toBe(0);
    await finding.getByRole("button", { name: "Send a separate email" }).click();
    await pane(page)
      .getByText(/Opened a new email to Tom Baker, Anita Sharma and Geoff Walsh in Bcc/)
      .waitFor();
    await pane(page)
      .getByText(/Checked again: all clear\./)
      .waitFor();
    // The new email, as Outlook would open it: the residents in Bcc, the same subject and text.
    const opened = page
      .getByRole("region", { name: /New emails opened by the add-in/ })
      .getByRole("article");
    await expect(opened.count()).resolves.toBe(1);
    await expect(opened.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
      "Your missed garden waste collections",
    );
    const bcc = await opened.evaluate((article) => {
      const dt = Array.from(article.querySelectorAll("dt")).find((d) => d.textContent === "Bcc");
      return dt?.nextElementSibling?.textContent ?? "";
    });
    for (const address of ["tom.baker", "anita.sharma", "geoff.walsh"])
      expect(bcc).toContain(`${address}@mail.example`);
    await expect(
      opened.evaluate((article) =>
        Array.from(article.querySelectorAll("dt")).map((d) => d.textContent),
      ),
    ).resolves.toEqual(["Bcc"]);

    const item = await sendAndFindSent(page, "Your missed garden waste collections");
    expect(await sentRow(item, "To")).toContain("jane.doe@surreyheath-council.example");
    expect(await sentRow(item, "Bcc")).toBe("");
    expect(await sentHeaders(item)).toEqual({});
  });

  test("a reply to Cllr Doe's own enquiry that names her ward sends straight away", async () => {
    const { page } = await openPlayground();
    await loadScenario(page, /names her ward/);
    await expect(page.getByRole("textbox", { name: "Message" }).textContent()).resolves.toContain(
      "The footpath in Frimley Green was cleared",
    );
    const item = await sendAndFindSent(page, "RE: Overgrown footpath behind the station");
    // She is the local link: no other Frimley Green member is asked for, nothing is stamped.
    expect(await sentRow(item, "To")).toContain("jane.doe@surreyheath-council.example");
    expect(await sentRow(item, "Cc")).toBe("");
    expect(await sentHeaders(item)).toEqual({});
    await expect(smartAlert(page).count()).resolves.toBe(0);
  });
});

describe("Content-Security-Policy", () => {
  test("the playground, its pane and its on-send page refuse an injected inline script", async () => {
    const { page } = await openPlayground();
    await loadScenario(page, /Members in Bcc/);
    await (
      await sendToAlert(page, "Blind copies to members")
    )
      .getByRole("button", { name: "Review" })
      .click();
    await pane(page).getByRole("article").first().waitFor();
    session.expectedErrors.push(/Executing inline script violates the following Content Security/);
    // Each frame: the page the officer sees, the pane in its frame, the on-send runtime page.
    const frames = page.frames().filter((f) => /\.html$/.test(new URL(f.url()).pathname));
    expect(frames.map((f) => new URL(f.url()).pathname).sort()).toEqual([
      "/playground-launchevent.html",
      "/playground-taskpane.html",
      "/playground.html",
    ]);
    for (const frame of frames) {
      const ran = await frame.evaluate(async () => {
        const refused = new Promise<string>((resolve) =>
          document.addEventListener(
            "securitypolicyviolation",
            (e) => resolve(e.violatedDirective),
            {
              once: true,
            },
          ),
        );
        const script = document.createElement("script");
        script.textContent = "window.__injectedRan = true;";
        document.head.append(script);
        return {
          ran: (window as unknown as { __injectedRan?: boolean }).__injectedRan === true,
          directive: await refused,
        };
      });
      expect({ frame: frame.url(), ...ran }).toEqual({
        frame: frame.url(),
        ran: false,
        directive: "script-src-elem",
      });
    }
  });
});
