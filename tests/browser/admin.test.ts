/**
 * The Monitoring Officer's page (dist/admin.html) in Debian Chromium, on the sample council:
 * the live config loads, a severity change shows in the preview, a ModernGov export imports, the
 * zip export holds files core accepts, axe finds nothing serious, and it all works by keyboard
 * and at 320 px. Needs `npm run build` first (`npm test` runs it).
 */
import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { loadDirectory, loadPolicy } from "../../src/core";
import { loadPostcodeShard } from "../../src/core/directory/load";
import {
  hasHorizontalScroll,
  openPage,
  useBrowser,
  runAxe,
  saveScreenshot,
  type OpenedPage,
} from "./harness";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURE = path.join(ROOT, "tests", "fixtures", "admin", "GetCouncillorsByWard.xml");
const POSTCODES = path.join(ROOT, "tests", "fixtures", "admin", "postcodes.csv");
const DESKTOP = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 720 };
const TABS = ["Policy", "Members", "Wards & groups", "Postcodes", "Preview", "Export"];

const session = useBrowser("admin.html");

async function openAdmin(viewport = DESKTOP): Promise<OpenedPage> {
  const o = await openPage(session.browser, "/admin.html", viewport);
  session.opened.push(o);
  await o.page.getByRole("heading", { level: 1, name: /policy and members/ }).waitFor();
  return o;
}

async function goToTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name: new RegExp(`^${name.replace(/[&]/g, "\\$&")}`) }).click();
}

/** The Severity radio group of one rule, by the rule's title. */
function severity(page: Page, ruleTitle: string) {
  return page.getByRole("radiogroup", { name: `Severity: ${ruleTitle}` });
}

function findings(page: Page) {
  return page.getByTestId("preview-findings");
}

describe("admin page", () => {
  test("loads the live config and a severity change shows in the preview", async () => {
    const { page, served } = await openAdmin();
    // The live files came from the host.
    expect(served).toEqual(
      expect.arrayContaining([
        { url: "/config/policy.json", status: 200 },
        { url: "/config/directory.json", status: 200 },
      ]),
    );
    await page
      .getByText(/^Surrey Heath Borough Council \(sample\)\. Policy from the live file/)
      .waitFor();
    const bcc = severity(page, "Blind copies to members");
    expect(await bcc.getByRole("radio", { name: /^Block/ }).isChecked()).toBe(true);

    // The ready-made Bcc example is refused at "block".
    await goToTab(page, "Preview");
    await page.getByRole("button", { name: "Members in Bcc" }).click();
    const bccFinding = findings(page).locator('[data-rule="bcc-to-members"]');
    await bccFinding.getByText("Blocks sending").waitFor();
    await saveScreenshot(page, "admin-preview-block");

    // Turn the rule down to inform: the same example now only informs.
    await goToTab(page, "Policy");
    await severity(page, "Blind copies to members")
      .getByRole("radio", { name: /^Inform/ })
      .check();
    await page.getByText("Changed from live file").first().waitFor();
    await goToTab(page, "Preview");
    await bccFinding.getByText("For information only").waitFor();
    expect(await bccFinding.getByText("Blocks sending").count()).toBe(0);
    await saveScreenshot(page, "admin-preview-inform");
  });
});

describe("admin page: keyboard", () => {
  test("the severity and the preview work from the keyboard alone", async () => {
    const { page } = await openAdmin();
    const bcc = severity(page, "Blind copies to members");
    // Tab from the top of the page to the rule's severity: Tab lands on the checked radio.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await bcc.evaluate((group) => group.contains(document.activeElement));
    }
    expect(reached).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      "block",
    );
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await bcc.getByRole("radio", { name: /^Inform/ }).isChecked()).toBe(true);
    await page
      .getByText("What officers will see: Shown in the Member Mail Check pane only")
      .waitFor();
    await saveScreenshot(page, "admin-keyboard-severity");

    // To the Preview tab by keyboard: focus the tab list, arrow to Preview, Enter.
    await page.getByRole("tab", { name: /^Policy/ }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Preview/);
    await page.keyboard.press("Enter");
    const example = page.getByRole("button", { name: "Members in Bcc" });
    await example.waitFor();
    let onExample = false;
    for (let i = 0; i < 20 && !onExample; i++) {
      await page.keyboard.press("Tab");
      onExample = await example.evaluate((button) => button === document.activeElement);
    }
    expect(onExample).toBe(true);
    await page.keyboard.press("Enter");
    await findings(page)
      .locator('[data-rule="bcc-to-members"]')
      .getByText("For information only")
      .waitFor();
  });
});

describe("admin page: import and export", () => {
  test("imports a ModernGov export and postcodes, then exports files core accepts", async () => {
    const { page } = await openAdmin();
    // A policy change to carry into the export.
    await severity(page, "Blind copies to members").getByRole("radio", { name: /^Warn/ }).check();

    await goToTab(page, "Members");
    await page.getByRole("heading", { name: "Members (35)" }).waitFor();
    await page.getByTestId("import-moderngov").setInputFiles(FIXTURE);
    await page
      .getByText(
        /^Imported GetCouncillorsByWard\.xml: the directory now lists 8 members in 14 wards/,
      )
      .waitFor();
    await page.getByRole("heading", { name: "Members (8)" }).waitFor();
    const members = page.getByRole("list", { name: "Members" });
    await members.getByRole("heading", { name: "Priya Raman" }).waitFor();
    expect(await members.getByRole("heading", { name: "Jonathan Pryce" }).count()).toBe(0);
    await saveScreenshot(page, "admin-imported-moderngov");
    expect(await runAxe(page)).toEqual([]);

    // Search narrows the list.
    await page.getByRole("searchbox", { name: "Search members" }).fill("labour");
    await page.getByText("2 of 8 members match “labour”.").waitFor();

    await goToTab(page, "Postcodes");
    await page.getByTestId("import-postcodes").setInputFiles(POSTCODES);
    await page.getByRole("combobox", { name: "Postcode column" }).waitFor();
    expect(await page.getByRole("combobox", { name: "Postcode column" }).inputValue()).toBe("pcds");
    expect(await page.getByRole("combobox", { name: "Ward code column" }).inputValue()).toBe(
      "osward",
    );
    await page
      .getByRole("combobox", { name: "Ward for code SAMPLE-WARD-A" })
      .selectOption({ label: "Frimley Green" });
    await page
      .getByRole("combobox", { name: "Ward for code SAMPLE-WARD-B" })
      .selectOption({ label: "Frimley" });
    await page
      .getByRole("combobox", { name: "Ward for code SAMPLE-WARD-C" })
      .selectOption({ label: "Mytchett & Deepcut" });
    await page.getByRole("button", { name: "Build postcode files" }).click();
    await page.getByText(/^Built 4 postcodes in 1 file/).waitFor();
    await page.getByText("GU16.json: 4 postcodes").waitFor();
    await saveScreenshot(page, "admin-postcodes");

    await goToTab(page, "Export");
    await page.getByText("Both files are valid and ready to publish.").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the settings (zip)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^member-mail-check-config-\d{4}-\d{2}-\d{2}\.zip$/,
    );
    const zipPath = await download.path();
    const files = unzipSync(new Uint8Array(fs.readFileSync(zipPath)));
    expect(Object.keys(files).sort()).toEqual([
      "PUBLISH-CHECKLIST.txt",
      "directory.json",
      "policy.json",
      "postcodes/GU16.json",
    ]);
    const text = (name: string) => strFromU8(files[name] as Uint8Array);
    const policy = JSON.parse(text("policy.json"));
    const directoryData = JSON.parse(text("directory.json"));

    // The schemas themselves, with a fresh Ajv, and core's loaders (schema + semantic checks).
    const ajv = new Ajv({ allErrors: true, strict: false });
    const policySchema = JSON.parse(
      fs.readFileSync(path.join(ROOT, "config", "policy.schema.json"), "utf8"),
    );
    const directorySchema = JSON.parse(
      fs.readFileSync(path.join(ROOT, "config", "directory.schema.json"), "utf8"),
    );
    const validPolicy = ajv.compile(policySchema);
    const validDirectory = ajv.compile(directorySchema);
    expect(validPolicy(policy) ? [] : validPolicy.errors).toEqual([]);
    expect(validDirectory(directoryData) ? [] : validDirectory.errors).toEqual([]);
    const resolved = loadPolicy(policy, "policy.json");
    expect(resolved.rules["bcc-to-members"].severity).toBe("warn");
    const directory = loadDirectory(directoryData, "directory.json");
    expect(directory.members.map((m) => m.name)).toContain("Priya Raman");
    expect(directory.members).toHaveLength(8);
    expect(directoryData.postcodes).toBe("postcodes/");
    const shard = loadPostcodeShard(
      JSON.parse(text("postcodes/GU16.json")),
      "postcodes/GU16.json",
      directory,
    );
    expect(shard).toEqual({
      "GU16 6AA": "frimley-green",
      "GU16 6DE": "mytchett-and-deepcut",
      "GU16 6HJ": "frimley-green",
      "GU16 7HS": "frimley",
    });
    // The export's home addresses and phone numbers stayed out of the directory.
    expect(text("directory.json")).not.toMatch(/01632 960 90|Invented|priya\.home/);
    expect(text("PUBLISH-CHECKLIST.txt")).toMatch(/Keep a copy/);
    await saveScreenshot(page, "admin-export");
  });

  test("export is refused, with the reason, while a file is invalid", async () => {
    const { page } = await openAdmin();
    await page.getByRole("textbox", { name: "Date updated" }).fill("1 Nov 2026");
    const summary = page.getByText(/problem to fix before the files can be exported/);
    await summary.waitFor();
    await page
      .getByText(/Policy › date updated: is not in the expected format/)
      .first()
      .waitFor();
    await goToTab(page, "Export");
    const button = page.getByRole("button", { name: "Download the settings (zip)" });
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    await page.getByText("Export is not available until these problems are fixed:").waitFor();
    // "Go to" takes the user to the field.
    await page.getByRole("button", { name: /^Go to Policy › date updated/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-policy-updated");
  });
});

describe("admin page: accessibility and narrow screens", () => {
  test("axe finds no serious or critical problems on any tab, at desktop size and 320 px", async () => {
    for (const viewport of [DESKTOP, NARROW]) {
      const { page } = await openAdmin(viewport);
      const label = viewport.width === 320 ? "320" : "desktop";
      for (const tab of TABS) {
        await goToTab(page, tab);
        await page.getByRole("heading", { level: 2 }).first().waitFor();
        expect({ tab, viewport: label, violations: await runAxe(page) }).toEqual({
          tab,
          viewport: label,
          violations: [],
        });
      }
    }
  });

  test("at 320 px the page never scrolls sideways and the key controls are there", async () => {
    const { page } = await openAdmin(NARROW);
    for (const tab of TABS) {
      await goToTab(page, tab);
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      expect({ tab, sideways: await hasHorizontalScroll(page) }).toEqual({ tab, sideways: false });
      await saveScreenshot(page, `admin-320-${tab.replace(/[^a-z]+/gi, "-").toLowerCase()}`);
    }
    await goToTab(page, "Policy");
    const bcc = severity(page, "Blind copies to members");
    await bcc.scrollIntoViewIfNeeded();
    await bcc.getByRole("radio", { name: /^Off/ }).check();
    expect(await bcc.getByRole("radio", { name: /^Off/ }).isChecked()).toBe(true);
    const box = await bcc.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    await goToTab(page, "Members");
    await page.getByRole("button", { name: "Import a ModernGov export (XML)" }).waitFor();
    expect(
      await page.getByRole("button", { name: "Import a ModernGov export (XML)" }).count(),
    ).toBe(1);
    await page.getByRole("button", { name: "Add a member" }).click();
    await page.getByRole("dialog", { name: "Add a member" }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, "admin-320-add-member");
    await page.getByRole("button", { name: "Cancel" }).click();
    await goToTab(page, "Export");
    await page.getByRole("button", { name: "Download the settings (zip)" }).waitFor();
  });
});
