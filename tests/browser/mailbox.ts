/**
 * The scripted Outlook (dist/playground/office-sim.js) in browser tests: a page loads it in place
 * of Office.js with the test's scenario, and the test plays the officer and reads the mailbox
 * through `window.__mailbox` (src/playground/scripted-mailbox.ts). Each helper is one
 * page.evaluate, so its function body runs in the page and may only use its argument.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { SCENARIO_KEY, type SimScenario } from "../../src/playground/scenario";
import type {
  MailboxState,
  RecipientField,
  RecipientInput,
  ThemeName,
} from "../../src/playground/scripted-mailbox";
import { DIST, OFFICE_CDN, openPage, type OpenedPage } from "./harness";

export const OFFICE_SIM = path.join(DIST, "playground", "office-sim.js");

const NO_SIM = "window.__mailbox is missing: the page did not load playground/office-sim.js";

/**
 * Before `page` loads anything: answer Office.js's URL with the scripted Outlook and store
 * `scenario` where it reads it (sessionStorage, set by an init script before any page script).
 * Page routes win over the harness's context routes, so this overrides Office.js from node_modules.
 */
export async function useScriptedOffice(page: Page, scenario: SimScenario = {}): Promise<void> {
  if (!fs.existsSync(OFFICE_SIM)) {
    throw new Error(`${OFFICE_SIM} is missing: run npm run build first.`);
  }
  await page.route(`${OFFICE_CDN}**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/javascript; charset=utf-8",
      body: fs.readFileSync(OFFICE_SIM),
    }),
  );
  await page.addInitScript(
    ({ key, value }) => {
      try {
        window.sessionStorage.setItem(key, value);
      } catch {
        // about:blank and other opaque origins have no storage; the real page does.
      }
    },
    { key: SCENARIO_KEY, value: JSON.stringify(scenario) },
  );
}

/** The harness's openPage, with the scripted Outlook standing in for Office.js. */
export function openWithScriptedOffice(
  browser: Browser,
  pathname: string,
  scenario: SimScenario = {},
  viewport?: { width: number; height: number },
): Promise<OpenedPage> {
  return openPage(browser, pathname, viewport, {
    beforeLoad: (page) => useScriptedOffice(page, scenario),
  });
}

/** A copy of the mailbox's state (recipients, body, sessionData, headers…). */
export function mailboxState(page: Page): Promise<MailboxState> {
  return page.evaluate((noSim) => {
    if (!window.__mailbox) throw new Error(noSim);
    return JSON.parse(JSON.stringify(window.__mailbox.state)) as MailboxState;
  }, NO_SIM);
}

/** The Office calls the page made (all, or those named `name`), with their data arguments. */
export function mailboxCalls(
  page: Page,
  name?: string,
): Promise<{ name: string; args: unknown[] }[]> {
  return page.evaluate(
    ({ name, noSim }) => {
      const mailbox = window.__mailbox;
      if (!mailbox) throw new Error(noSim);
      const calls = name === undefined ? mailbox.calls : mailbox.callsTo(name);
      // Callbacks become null: only data crosses back to the test.
      return JSON.parse(JSON.stringify(calls)) as { name: string; args: unknown[] }[];
    },
    { name, noSim: NO_SIM },
  );
}

/** The officer replaces a field's recipients (RecipientsChanged fires). */
export function userSetsRecipients(
  page: Page,
  field: RecipientField,
  list: RecipientInput[],
): Promise<void> {
  return page.evaluate(
    ({ field, list, noSim }) => {
      if (!window.__mailbox) throw new Error(noSim);
      window.__mailbox.user.setRecipients(field, list);
    },
    { field, list, noSim: NO_SIM },
  );
}

/** The officer adds recipients to a field (RecipientsChanged fires). */
export function userAddsRecipients(
  page: Page,
  field: RecipientField,
  list: RecipientInput[],
): Promise<void> {
  return page.evaluate(
    ({ field, list, noSim }) => {
      if (!window.__mailbox) throw new Error(noSim);
      window.__mailbox.user.addRecipients(field, list);
    },
    { field, list, noSim: NO_SIM },
  );
}

/** The officer removes an address from a field (RecipientsChanged fires). */
export function userRemovesRecipient(
  page: Page,
  field: RecipientField,
  emailAddress: string,
): Promise<void> {
  return page.evaluate(
    ({ field, emailAddress, noSim }) => {
      if (!window.__mailbox) throw new Error(noSim);
      window.__mailbox.user.removeRecipient(field, emailAddress);
    },
    { field, emailAddress, noSim: NO_SIM },
  );
}

/** The officer rewrites the body. */
export function userTypesBody(page: Page, html: string): Promise<void> {
  return page.evaluate(
    ({ html, noSim }) => {
      if (!window.__mailbox) throw new Error(noSim);
      window.__mailbox.user.typeBody(html);
    },
    { html, noSim: NO_SIM },
  );
}

/** Makes an Office call fail with `message` (or, with `hang`, never answer). */
export function breakMailboxCall(
  page: Page,
  call: string,
  how: { message: string } | "hang",
): Promise<void> {
  return page.evaluate(
    ({ call, how, noSim }) => {
      if (!window.__mailbox) throw new Error(noSim);
      if (how === "hang") window.__mailbox.faults.hang.add(call);
      else window.__mailbox.faults.fail.set(call, how.message);
    },
    { call, how, noSim: NO_SIM },
  );
}

/** Every call answers normally again. */
export function repairMailbox(page: Page): Promise<void> {
  return page.evaluate((noSim) => {
    const faults = window.__mailbox?.faults;
    if (!faults) throw new Error(noSim);
    faults.fail.clear();
    faults.hang.clear();
    faults.failNth.clear();
  }, NO_SIM);
}

/** Office.context.officeTheme's colours (light, dark or black high contrast). */
export function setOfficeTheme(page: Page, theme: ThemeName): Promise<void> {
  return page.evaluate(
    ({ theme, noSim }) => {
      if (!window.__mailbox) throw new Error(noSim);
      window.__mailbox.setTheme(theme);
    },
    { theme, noSim: NO_SIM },
  );
}
