/**
 * Builds the add-in into dist/, ready for any static HTTPS host:
 *   launchevent.js    the OnMessageSend handler: one self-contained ES2016 file for classic
 *                     Outlook's JavaScript-only runtime (no chunks, no DOM)
 *   launchevent.html  the HTML runtime page web, new Outlook and Mac load for the same handler
 *   taskpane.html     the officer's task pane;  admin.html  the Monitoring Officer's page
 *   config/           policy.json, directory.json, postcode shards and the two JSON Schemas
 *   config/presets/   each protocol preset as JSON, written from src/core/policy/presets (the
 *                     on-send handler and task pane fetch the one policy.json names)
 *   assets/           icons;  manifest.xml and /.well-known/microsoft-officeaddins-allowed.json
 *   docs/rules/       each rule's documentation page, from docs/rules/<rule-id>.md
 *   playground/office-sim.js  a scripted Outlook to load instead of office.js (browser tests)
 *
 * `npm run build -- --env url=https://addins.council.example/member-mail-check/` rewrites every
 * URL in manifest.xml and the well-known file (and the handler's config URL) to the council's host.
 */
const path = require("node:path");
const vm = require("node:vm");
const esbuild = require("esbuild");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { Compilation, DefinePlugin, sources } = require("webpack");
const { bundleOnSendScript } = require("./scripts/onsend-bundle");
const { ruleDocsHtml } = require("./scripts/rule-docs-html");
const { contentSecurityPolicy, withPolicyMeta } = require("./scripts/csp");
const { EsbuildPlugin } = require("esbuild-loader");

/** The URL manifest.xml is written with; the build replaces it with the council's. */
const DEV_URL = "https://localhost:3000/";

/** The add-in's base URL from `--env url=…` (or ADDIN_URL), checked and ending in "/". */
function addinUrl(env) {
  const raw = env.url || process.env.ADDIN_URL || DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `--env url: "${raw}" is not a URL (expected e.g. https://addins.council.example/member-mail-check/)`,
    );
  }
  // Office loads add-ins over HTTPS only; anything else would install and then never run.
  if (url.protocol !== "https:") throw new Error(`--env url: "${raw}" must start with https://`);
  if (url.search || url.hash)
    throw new Error(`--env url: "${raw}" must not have a query or fragment`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Every occurrence of the development URL in a text file, pointed at the council's host. */
function rewriteUrls(content, url) {
  return Buffer.from(content.toString("utf8").split(DEV_URL).join(url), "utf8");
}

const PRESETS_MODULE = path.resolve(__dirname, "src/core/policy/presets/index.ts");

/**
 * Every preset as the JSON file the add-in serves (`config/presets/<id>.json`), made from
 * src/core/policy/presets — the only place a preset is written — by compiling that module for
 * Node and serialising its PRESETS. Also returns the source files it read, for watch mode.
 */
function presetJsonFiles() {
  const built = esbuild.buildSync({
    entryPoints: [PRESETS_MODULE],
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const module = { exports: {} };
  vm.runInThisContext(`(function (module, exports) {${built.outputFiles[0].text}\n})`, {
    filename: PRESETS_MODULE,
  })(module, module.exports);
  const files = Object.entries(module.exports.PRESETS).map(([id, preset]) => ({
    file: `config/presets/${id}.json`,
    json: JSON.stringify(preset),
  }));
  const inputs = Object.keys(built.metafile.inputs).map((input) => path.resolve(input));
  return { files, inputs };
}

/** Emits presetJsonFiles() into the build. */
class PresetJsonPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PresetJsonPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PresetJsonPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { files, inputs } = presetJsonFiles();
          for (const { file, json } of files) {
            compilation.emitAsset(file, new sources.RawSource(json));
          }
          compilation.fileDependencies.addAll(inputs);
        },
      );
    });
  }
}

/** Transpile TypeScript and the node_modules it imports (htmlparser2 ships ES2019+) to `target`. */
function scriptRule(target) {
  return {
    test: /\.[cm]?[jt]sx?$/,
    loader: "esbuild-loader",
    options: { target, jsx: "automatic" },
  };
}

const resolve = { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] };

/**
 * Emits launchevent.js, built from src/launchevent/index.ts by scripts/onsend-bundle.js (shared
 * with `npm run size`). Its sources are watched like any module's; an esbuild error fails the
 * build.
 */
class OnSendScriptPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("OnSendScriptPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "OnSendScriptPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const { code, metafile } = await bundleOnSendScript(this.options);
          // Already minified (and webpack's minimizer is off for this config).
          compilation.emitAsset("launchevent.js", new sources.RawSource(code), { minimized: true });
          compilation.fileDependencies.addAll(
            Object.keys(metafile.inputs)
              // Not the stand-in made in memory ("tokenizer-only:htmlparser2"): no file to watch.
              .filter((input) => !input.includes(":"))
              .map((input) => path.resolve(__dirname, input)),
          );
        },
      );
    });
  }
}

/**
 * The handler for classic Outlook on Windows (Chakra-era runtimes before build 2403 run ES2016),
 * and the preset files it fetches. No webpack entry: OnSendScriptPlugin bundles the script.
 */
function launchEventConfig(url, mode, outDir) {
  return {
    name: "launchevent",
    mode,
    entry: {},
    output: { path: outDir, clean: false },
    optimization: { minimize: false },
    plugins: [
      // Minified in production only; webpack's development builds stay readable.
      new OnSendScriptPlugin({ baseUrl: url, minify: mode === "production" }),
      // The presets are not in the script (src/office/config-loader.ts fetches the one needed).
      new PresetJsonPlugin(),
    ],
    performance: { hints: false },
  };
}

/** An HTML page for one entry; Office.js (when the page runs inside Outlook) comes from Microsoft's CDN. */
function page(name, title, officeJs) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: "./src/page.html",
    templateParameters: { title, officeJs, csp: contentSecurityPolicy(`${name}.html`) },
    chunks: [name],
    scriptLoading: "defer",
  });
}

/** Task pane, admin page and every static file. */
function appConfig(url, mode, outDir, sourceMaps = false) {
  return {
    name: "app",
    mode,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      admin: "./src/admin/index.tsx",
      // A scripted Outlook that stands in for office.js in browser tests and the compose
      // playground; a fixed name so a page or test can point at it. No page loads it.
      "office-sim": {
        import: "./src/playground/office-sim.ts",
        filename: "playground/office-sim.js",
      },
      // The compose playground (playground.html): a compose window on a scripted mailbox.
      playground: "./src/playground/app/index.tsx",
    },
    target: ["web", "es2020"],
    // A council's host serves whatever is in dist/: source maps (the whole source, comments and
    // all) only when asked for, with `npm run build -- --env sourcemaps`.
    devtool: mode !== "production" ? "eval-cheap-module-source-map" : sourceMaps && "source-map",
    output: { path: outDir, filename: "[name].[contenthash:8].js", clean: false },
    resolve,
    module: { rules: [scriptRule("es2020")] },
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2020", legalComments: "none" })] },
    plugins: [
      new DefinePlugin({ __ADDIN_BASE_URL__: JSON.stringify(url) }),
      page("taskpane", "Member Mail Check", true),
      page("admin", "Member Mail Check: policy and members", false),
      page("playground", "Member Mail Check: compose playground", false),
      // The real task pane bundle with office-sim.js where taskpane.html loads office.js, for the
      // playground's pane. Beside taskpane.html: the pane finds config/ next to its own page.
      new HtmlWebpackPlugin({
        filename: "playground-taskpane.html",
        template: "./src/page.html",
        templateParameters: {
          title: "Member Mail Check",
          officeJs: false,
          csp: contentSecurityPolicy("playground-taskpane.html"),
        },
        chunks: ["office-sim", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "src/launchevent/launchevent.html",
            to: "launchevent.html",
            transform: (content) => withPolicyMeta(content.toString("utf8"), "launchevent.html"),
          },
          {
            // The playground's on-send runtime: launchevent.html with only office.js's URL
            // swapped for the scripted mailbox (same folder, so the same launchevent.js).
            from: "src/launchevent/launchevent.html",
            to: "playground-launchevent.html",
            transform: (content) => {
              const officeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
              const html = content.toString("utf8");
              if (!html.includes(officeJs))
                throw new Error(`src/launchevent/launchevent.html no longer loads ${officeJs}`);
              const page = html.split(officeJs).join("playground/office-sim.js");
              return Buffer.from(withPolicyMeta(page, "playground-launchevent.html"), "utf8");
            },
          },
          {
            from: "src/support.html",
            to: "support.html",
            transform: (content) => withPolicyMeta(content.toString("utf8"), "support.html"),
          },
          // Each rule's page (docs/rules/<rule-id>.md), which findings and rule cards link to.
          {
            from: "docs/rules/*.md",
            to: "docs/rules/[name].html",
            transform: async (content, file) =>
              withPolicyMeta(await ruleDocsHtml(content.toString("utf8")), path.basename(file)),
          },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Sample .eml files and READMEs stay in the repository: the host serves only config.
          { from: "config/*.json", to: "config/[name][ext]" },
          { from: "config/postcodes/*.json", to: "config/postcodes/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteUrls(content, url),
          },
          {
            from: "src/launchevent/microsoft-officeaddins-allowed.json",
            to: ".well-known/microsoft-officeaddins-allowed.json",
            transform: (content) => rewriteUrls(content, url),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const url = addinUrl(env);
  // `--env out=…` builds elsewhere (tests build a council's copy beside the default one).
  const outDir = path.resolve(__dirname, env.out || "dist");
  return [
    launchEventConfig(url, mode, outDir),
    appConfig(url, mode, outDir, Boolean(env.sourcemaps)),
  ];
};
module.exports.DEV_URL = DEV_URL;
module.exports.addinUrl = addinUrl;
module.exports.presetJsonFiles = presetJsonFiles;
