/**
 * Shared harness for browser tests: Debian's Chromium driven by playwright-core, with the built
 * add-in (dist/) served from https://localhost:3000 through request routing (no server, no
 * certificates), Office.js from node_modules, and every other request refused AND recorded, so a
 * test can assert that nothing left the machine.
 *
 * Needs a Chromium-based browser (scripts/browser.js finds it, and `npm test` installs Debian's
 * chromium when it is missing on a Debian machine run as root) and a build in dist/
 * (`npm run build`), or wherever MMC_DIST points (a private build, e.g. `npx webpack --mode
 * production --env out=/tmp/mmc-dist`, while dist/ is being rebuilt). Either missing is a test
 * failure with a clear message, never a silent skip. `openPage`'s `beforeLoad` can swap Office.js
 * for the scripted Outlook (tests/browser/mailbox.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { findBrowser } from "../../scripts/browser";
import { contentType } from "../../scripts/serve";

export const ORIGIN = "https://localhost:3000";
export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = process.env.MMC_DIST
  ? path.resolve(process.env.MMC_DIST)
  : path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
/** Where openPage serves axe-core for runAxe (no file of the build has this name). */
const AXE_PATH = "/__test__/axe.min.js";

/** The same content types `npm start` serves (scripts/serve.js). */
export { contentType };

/** Fails (does not skip) when the build is missing. */
export function requireBuild(...files: string[]): void {
  for (const file of files.length > 0 ? files : ["admin.html"]) {
    if (!fs.existsSync(path.join(DIST, file))) {
      throw new Error(
        `${path.join(DIST, file)} is missing: run npm run build first (the browser tests test the built add-in).`,
      );
    }
  }
}

/**
 * The browser scripts/browser.js finds (under `npm test`, the one it found or installed, passed
 * as CHROMIUM_PATH), headless, with nothing that phones home.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = findBrowser();
  if (!browser) {
    throw new Error(
      "No browser for the browser tests: run them with npm test, which finds or installs one (node scripts/browser.js says where it looks).",
    );
  }
  return chromium.launch({
    executablePath: browser.path,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** A file under `dir` for a URL path, or undefined (also for anything escaping `dir`). */
function fileUnder(dir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.resolve(dir, `.${decoded.endsWith("/") ? `${decoded}index.html` : decoded}`);
  if (file !== dir && !file.startsWith(dir + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Requests refused because they were not for the local origin or Office.js: should stay empty. */
  blocked: string[];
  /** Local requests answered (path and status), for debugging and for asserting what was fetched. */
  served: { url: string; status: number }[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

export interface OpenPageOptions {
  /** Runs on the new page before it loads (routes of its own, init scripts). */
  beforeLoad?: (page: Page) => Promise<void>;
}

/**
 * A new context and page at `ORIGIN + pathname`, with dist/ served at https://localhost:3000 and
 * Office.js from node_modules; everything else is aborted and recorded in `blocked`.
 */
export async function openPage(
  browser: Browser,
  pathname: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    serviceWorkers: "block",
  });
  const blocked: string[] = [];
  const served: { url: string; status: number }[] = [];
  const errors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN) {
      const file = url.pathname === AXE_PATH ? AXE : fileUnder(DIST, url.pathname);
      served.push({ url: url.pathname, status: file ? 200 : 404 });
      if (!file)
        return route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" });
      return route.fulfill({
        status: 200,
        contentType: contentType(file),
        body: fs.readFileSync(file),
      });
    }
    if (url.href.startsWith(OFFICE_CDN)) {
      // office.js loads its companions (strings, host scripts) beside itself: serve those that exist.
      const file = fileUnder(OFFICE_JS_DIR, `/${path.basename(url.pathname)}`);
      if (file)
        return route.fulfill({
          status: 200,
          contentType: contentType(file),
          body: fs.readFileSync(file),
        });
    }
    blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  await options.beforeLoad?.(page);
  await page.goto(`${ORIGIN}${pathname}`);
  return { page, context, blocked, served, errors };
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core over the page (or one part of it): only serious and critical violations.
 *
 * One documented false positive is left out: Fluent UI v9's focus manager (tabster) puts
 * `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` guards around arrow-key groups (tab
 * lists, tag groups, dialogs); they only pass focus on and are hidden from screen readers on
 * purpose, so `aria-hidden-focus` flags them (microsoft/fluentui#25133, #27517 "by design";
 * Accessibility Insights suppresses them too: accessibility-insights-web#7605). Only nodes
 * carrying `data-tabster-dummy` are dropped; any other aria-hidden-focus node still fails.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== "undefined",
  );
  // From the page's own origin (openPage serves it): the pages' Content-Security-Policy refuses
  // inline scripts, and the tests run under that policy.
  if (!loaded) await page.addScriptTag({ url: `${ORIGIN}${AXE_PATH}` });
  const violations = await page.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: any[] }> };
      }
    ).axe;
    const result = await axe.run(context ?? document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: String(v.id),
      impact: String(v.impact),
      help: String(v.help),
      targets: (v.nodes as { target: unknown[]; html: string }[])
        .filter((n) => !(v.id === "aria-hidden-focus" && /data-tabster-dummy/.test(n.html)))
        // The selector and the start of the element's HTML, so a failure says what it is.
        .map((n) => `${n.target.map(String).join(" ")} ${n.html.slice(0, 160)}`),
    }));
  }, include ?? null);
  return violations.filter(
    (v) => (v.impact === "serious" || v.impact === "critical") && v.targets.length > 0,
  );
}

/** A full-page PNG in test-artifacts/ (gitignored); returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name.replace(/[^A-Za-z0-9_.-]+/g, "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Whether the page scrolls sideways (its content is wider than the viewport). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

export interface BrowserSession {
  /** Chromium, launched once for the test file. */
  browser: Browser;
  /** Pages the test opened: checked and closed after it. */
  opened: OpenedPage[];
  /** Console errors the current test arranged (e.g. a 404 it routed), allowed once. */
  expectedErrors: RegExp[];
}

/**
 * The lifecycle every browser test file shares: the build is checked and Chromium launched once,
 * and after each test every page it opened must have sent no request off the local origin (no
 * email content leaves the machine) and logged no unexpected error, then it is closed.
 */
export function useBrowser(...requiredFiles: string[]): BrowserSession {
  const session: BrowserSession = {
    browser: undefined as unknown as Browser,
    opened: [],
    expectedErrors: [],
  };
  beforeAll(async () => {
    requireBuild(...requiredFiles);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  afterEach(async () => {
    const expected = session.expectedErrors;
    session.expectedErrors = [];
    for (const o of session.opened.splice(0)) {
      expect(o.blocked).toEqual([]);
      expect(o.errors.filter((e) => !expected.some((re) => re.test(e)))).toEqual([]);
      await o.context.close();
    }
  });
  return session;
}
