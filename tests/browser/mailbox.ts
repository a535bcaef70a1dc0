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
import type { MailboxState, UserActions } from "../../src/playground/scripted-mailbox";
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

/**
 * The officer edits the draft, through one of the scripted mailbox's `user` actions (recipient
 * edits raise RecipientsChanged, as in Outlook), e.g. `userDoes(page, "setRecipients", "bcc", list)`.
 */
export function userDoes<A extends keyof UserActions>(
  page: Page,
  action: A,
  ...args: Parameters<UserActions[A]>
): Promise<void> {
  return page.evaluate(
    ({ action, args, noSim }) => {
      const user = window.__mailbox?.user;
      if (!user) throw new Error(noSim);
      (user[action] as (...values: unknown[]) => void)(...args);
    },
    { action, args: args as unknown[], noSim: NO_SIM },
  );
}
