/**
 * What `npm run build` puts in dist/ (npm test builds first): the on-send script's size and
 * language level, and a build for a council's own host with every URL rewritten.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import { build } from "esbuild";
import { PRESETS } from "../../src/core/policy/presets";
import { PRESET_IDS, RULE_IDS } from "../../src/core/policy/types";
import { RULES } from "../../src/core/rules";
import { contentSecurityPolicy } from "../../scripts/csp";
import { RULE_DOCS } from "../../src/core/rules/docs";
import { ruleDocsPage } from "../../src/core/rules/docs-page";
const {
  onSendBuildOptions,
  TOKENIZER_INTERNALS,
  ANALYSIS_INTERNALS,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
} = require("../../scripts/onsend-bundle");

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");

function built(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`dist/${file} is missing: run npm run build first`);
  return readFileSync(path, "utf8");
}

/**
 * The budget: ≤ 60 KB minified. `npm run size` lists what each source file costs, and
 * README ("On-send script size") says where the bytes went.
 */
const LAUNCHEVENT_BUDGET_BYTES = 60 * 1024;

/** The longest stretch of `text` with no non-ASCII character (the build escapes those). */
function asciiRun(text: string): string {
  return text.split(/[^\x20-\x7e]/).reduce((a, b) => (b.length > a.length ? b : a), "");
}

describe("dist/launchevent.js", () => {
  const script = built("launchevent.js");

  test("parses as ES2016 (classic Outlook before build 2403 runs nothing newer)", () => {
    expect(() => parse(script, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  // localStorage is read off the global object, guarded (src/office/storage.ts): the last good
  // copy on browser runtimes.
  test("is one self-contained file: no chunk loading, no DOM, no eval", () => {
    for (const forbidden of [
      "importScripts",
      "document.",
      "window.",
      "eval(",
      "__webpack_require__.e",
    ]) {
      expect({ forbidden, found: script.includes(forbidden) }).toEqual({ forbidden, found: false });
    }
  });

  test(`is at most ${LAUNCHEVENT_BUDGET_BYTES / 1024} KB minified, all ASCII`, () => {
    expect(Buffer.byteLength(script)).toBeLessThanOrEqual(LAUNCHEVENT_BUDGET_BYTES);
    // Non-ASCII is escaped, so no host's declared encoding can garble the dialog's quotes.
    expect(script).not.toMatch(/[^\t\n\r -~]/);
  });

  test("renames only htmlparser2's Tokenizer internals: no other source uses those names", async () => {
    // The build renames these properties across the whole file (scripts/onsend-bundle.js); were
    // any also an Office, config or context property, renaming it would break the handler.
    // The script's sources, from esbuild's step alone (Terser adds nothing to the list).
    const { metafile } = await build(onSendBuildOptions({ baseUrl: "https://localhost:3000/" }));
    const sources = Object.keys(metafile?.inputs ?? {}).filter(
      (input) => input.startsWith("src/") && !input.endsWith("src/core/quoted/html-events.ts"),
    );
    expect(sources.length).toBeGreaterThan(30);
    const used: string[] = [];
    for (const source of sources) {
      const code = readFileSync(join(ROOT, source), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      // As a property (`.name`), a key (`name:`) or a method (`name(`).
      for (const match of code.matchAll(/\.\s*([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)\s*[:(]/g)) {
        const name = match[1] ?? match[2] ?? "";
        if (TOKENIZER_INTERNALS.test(name)) used.push(`${source}: ${name}`);
      }
    }
    expect(used).toEqual([]);
  });

  test("renames the analysis's own names only: no config file or context field has one", () => {
    // Config files are parsed JSON and the context goes to the task pane: their keys must stay.
    const files = [
      "config/policy.schema.json",
      "config/directory.schema.json",
      "src/office/smart-alert-context.ts",
      "src/core/findings.ts",
      "src/core/draft.ts",
      "src/office/consents.ts",
    ];
    const clashes = files.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), "utf8");
      return (ANALYSIS_INTERNALS as string[])
        .filter((name) => new RegExp(`["\\s.]${name}["?:]`).test(text))
        .map((name) => `${file}: ${name}`);
    });
    expect(clashes).toEqual([]);
  });

  test("leaves out the presets (fetched as config/presets/<id>.json) and the rules' admin text", () => {
    const absent = [
      ...PRESET_IDS.map((id) => PRESETS[id].document),
      ...PRESET_IDS.map((id) => asciiRun(PRESETS[id].rules["bcc-to-members"].note ?? "")),
      ...RULE_IDS.map((id) => asciiRun(RULE_DOCS[id].description)),
    ];
    for (const text of absent) {
      expect(text.length).toBeGreaterThan(20);
      expect({ text, found: script.includes(text) }).toEqual({ text, found: false });
    }
  });
});

describe("a build for the council's host", () => {
  const COUNCIL_URL = "https://addins.council.example/member-mail-check/";
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "mmc-build-"));
    execFileSync(
      process.execPath,
      [
        join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
        "--mode",
        "production",
        "--env",
        `url=${COUNCIL_URL}`,
        "--env",
        `out=${out}`,
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("points every URL in manifest.xml at the council's host", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${COUNCIL_URL}taskpane.html"/>`);
    expect(manifest).toContain(`DefaultValue="${COUNCIL_URL}launchevent.js"`);
    expect(manifest).toContain(`DefaultValue="${COUNCIL_URL}launchevent.html"`);
  });

  test("lists the council's launchevent.js in the well-known file", () => {
    const allowed = JSON.parse(
      readFileSync(join(out, ".well-known", "microsoft-officeaddins-allowed.json"), "utf8"),
    ) as { allowed: string[] };
    expect(allowed).toEqual({ allowed: [`${COUNCIL_URL}launchevent.js`] });
  });

  test("makes the handler fetch config from the council's host", () => {
    const script = readFileSync(join(out, "launchevent.js"), "utf8");
    expect(script).toContain(COUNCIL_URL);
    expect(script).not.toContain("https://localhost:3000/");
  });

  test("ships no source maps: the host serves the build, not the source", () => {
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith(".js")))
      expect({
        file,
        mapped: readFileSync(join(out, file), "utf8").includes("sourceMappingURL"),
      }).toEqual({ file, mapped: false });
  });

  test("ships the config, icons, pages and the manifest Microsoft's parser reads", () => {
    for (const file of [
      "config/policy.json",
      "config/directory.json",
      "config/policy.schema.json",
      "config/directory.schema.json",
      "config/postcodes/GU16.json",
      ...PRESET_IDS.map((id) => `config/presets/${id}.json`),
      "assets/icon-16.png",
      "assets/icon-80.png",
      "taskpane.html",
      "launchevent.html",
      "admin.html",
      "support.html",
    ]) {
      expect({ file, exists: existsSync(join(out, file)) }).toEqual({ file, exists: true });
    }
    // office-addin-manifest's reader, in its own process (its ESM dependencies trip Jest).
    const info = JSON.parse(
      execFileSync(
        process.execPath,
        [
          "-e",
          `require("office-addin-manifest/lib/manifestOperations").OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => console.log(JSON.stringify(i)))`,
          join(out, "manifest.xml"),
        ],
        { cwd: ROOT, encoding: "utf8" },
      ),
    ) as { id: string; permissions: string; supportUrl: string; officeAppType: string };
    expect(info).toEqual(
      expect.objectContaining({
        officeAppType: "MailApp",
        permissions: "ReadWriteItem",
        supportUrl: `${COUNCIL_URL}support.html`,
      }),
    );
  });

  test("writes each preset as the JSON the config loader fetches, equal to the TS preset", () => {
    for (const id of PRESET_IDS) {
      const json = JSON.parse(readFileSync(join(out, "config", "presets", `${id}.json`), "utf8"));
      expect(json).toEqual(PRESETS[id]);
    }
  });

  test("renders each rule's documentation page where findings and rule cards link", () => {
    for (const id of RULE_IDS) {
      const html = readFileSync(join(out, ruleDocsPage(id)), "utf8");
      expect(html).toContain(`<h1>${RULES[id].meta.title} (<code>${id}</code>)</h1>`);
      expect(html).toContain("<h2>What it catches</h2>");
    }
  });

  test("refuses a URL Outlook would not load", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
    const { addinUrl } = require(join(ROOT, "webpack.config.js")) as {
      addinUrl(env: { url?: string }): string;
    };
    expect(addinUrl({ url: "https://addins.council.example/mmc" })).toBe(
      "https://addins.council.example/mmc/",
    );
    expect(() => addinUrl({ url: "http://addins.council.example/" })).toThrow(/https/);
    expect(() => addinUrl({ url: "not a url" })).toThrow(/not a URL/);
  });
});

describe("every page's Content-Security-Policy (scripts/csp.js)", () => {
  const pages = readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".html"));
  const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" ?\/>/;

  test("the build has the add-in's pages, the playground's and a page per rule", () => {
    for (const page of ["taskpane.html", "admin.html", "launchevent.html", "support.html"])
      expect(pages).toContain(page);
    expect(pages.filter((page) => page.startsWith(join("docs", "rules")))).toHaveLength(
      RULE_IDS.length,
    );
  });

  test.each(pages)("%s carries it in a meta tag before anything it loads", (page) => {
    const html = built(page);
    const meta = META.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy(page));
    const at = meta?.index ?? Infinity;
    for (const tag of ["<script", "<link", "<style"]) {
      const first = html.indexOf(tag);
      if (first >= 0) expect(first).toBeGreaterThan(at);
    }
    // An inline script would be refused by the policy: every script is a file.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  test("only the pages that check JSON Schemas may evaluate code, and no page runs plugins", () => {
    const evaluating = pages.filter((page) =>
      contentSecurityPolicy(page).includes("'unsafe-eval'"),
    );
    expect(evaluating.sort()).toEqual([
      "admin.html",
      "playground-taskpane.html",
      "playground.html",
      "taskpane.html",
    ]);
    for (const page of pages) {
      const policy = contentSecurityPolicy(page);
      expect(policy).toContain("object-src 'none'");
      expect(policy).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
      expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain(
        "'unsafe-inline'",
      );
    }
  });
});
