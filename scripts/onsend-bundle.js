/**
 * How `launchevent.js` is built: one place for the build (webpack.config.js emits it) and for
 * `npm run size` (scripts/size-onsend.js), so the size table is the shipped file's.
 *
 * esbuild bundles and lowers it to one self-contained ES2016 IIFE with no chunk loading, and
 * minifies it; it bundles directly rather than minifying webpack's output because in bundle mode
 * it sees the whole file (turning `const` into `let`, dropping unused top-level code: ~0.7 KB).
 * Terser then compresses what esbuild leaves (ES2016 output, ASCII only: ~1.3 KB less again).
 */
const path = require("node:path");
const esbuild = require("esbuild");
const { minify: terser } = require("terser");

const ROOT = path.resolve(__dirname, "..");
/**
 * htmlparser2 is pinned to one exact version in package.json (no ^): this build reaches past its
 * public API, importing the Tokenizer from its TypeScript source (src/Tokenizer.ts, a path the
 * package does not export) and renaming its private members by name (TOKENIZER_INTERNALS below).
 * A minor release may move that file or rename a member, which would break launchevent.js or
 * push it past 60 KB without any API change. Upgrade on purpose: bump the pin, then run
 * `npm run build`, `npm run size` and tests/build and tests/core/quoted (html-events' differential
 * test against htmlparser2's own Parser among them).
 */
const TOKENIZER_DIR = path.join(ROOT, "node_modules/htmlparser2/src");

/**
 * htmlparser2's Tokenizer keeps its state in long-named fields and methods (`sectionStart`,
 * `stateInAttributeValueNoQuotes`…) and calls back through long names (`onattribdata`…), which a
 * minifier leaves alone: ~3.9 KB of the ≤ 60 KB budget. These names are renamed consistently
 * across the file. None is an Office, DOM or config-file name (tests/build/dist.test.ts checks
 * the sources), and html-events.ts passes the callbacks and options as object literals, which
 * are renamed with them. (Not `cbs`: esbuild does not rename a TypeScript parameter property's
 * assignment, so renaming it breaks the Tokenizer; tests/scripts/bench-onsend.test.ts caught it.)
 */
const TOKENIZER_INTERNALS = new RegExp(
  "^(?:" +
    [
      "sectionStart",
      "sequenceIndex",
      "currentSequence",
      "baseState",
      "fastForwardTo",
      "entityStart",
      "entityDecoder",
      "startEntity",
      "emitCodePoint",
      "isSpecial",
      "startSpecial",
      "isTagStartChar",
      "handleInAttributeValue",
      "handleTrailingData",
      "shouldContinue",
      "cleanup",
      "finish",
      "running",
      "xmlMode",
      "decodeEntities",
      "state[A-Z][A-Za-z]*",
      "on(?:attribdata|attribentity|attribend|attribname|cdata|closetag|comment|declaration|end" +
        "|opentagend|opentagname|processinginstruction|selfclosingtag|text|textentity)",
    ].join("|") +
    ")$",
);

/**
 * The draft analysis's own long property names (src/core/analyse.ts, rules/helpers) and the
 * config loader's in-memory ones: made and read only by the script's code, never by Office, a
 * config file, stored data or the task pane's context, so they are renamed too (~0.6 KB).
 * tests/build/dist.test.ts checks no config schema or context field shares a name.
 */
const ANALYSIS_INTERNALS = [
  "earlierMessages",
  "correspondence",
  "partyMemberIds",
  "partyAddresses",
  "consentedMemberIds",
  "copiedByEnquirers",
  "localMemberIds",
  "newSearchText",
  "searchText",
  "hasCllrTitle",
  "composeKind",
  "enquirers",
  "wardIds",
  "casework",
  "triggers",
  "wasOnAny",
  "hasSeen",
  "authors",
  "chain",
  "newText",
  "enquiry",
  "lastPolicyFile",
  "lastPreset",
  "lastKnownWhenConfigUnavailable",
  "freshUntil",
  "wardByPostcode",
  // The quoted-history parser's line and block records (src/core/quoted) and the tokenizer's and
  // html-events' `state`.
  "state",
  "depth",
  "markers",
  "wordDocument",
  "headerLine",
  "firstLine",
  "prefixDepth",
  "dateLabel",
  "needsHeaders",
  "stackIndex",
  "splitOffset",
  "dashes",
  "explicit",
  "serial",
];

/** Every property the build renames. */
const RENAMED_PROPERTIES = new RegExp(
  `${TOKENIZER_INTERNALS.source}|^(?:${ANALYSIS_INTERNALS.join("|")})$`,
);

/** What the on-send script gets instead of what it must not carry. */
const onSendStandIns = {
  name: "on-send-stand-ins",
  setup(build) {
    // No ajv on send: files are fully validated where they are published (schemas.on-send.ts).
    build.onResolve({ filter: /[\\/]config[\\/]schemas$/ }, (args) => ({
      path: path.resolve(args.resolveDir, `${args.path}.on-send.ts`),
    }));
    // Only the on-send build says it is one: what findings offer as fixes is left out of it.
    build.onResolve({ filter: /[\\/]build-target$/ }, (args) => ({
      path: path.resolve(args.resolveDir, `${args.path}.on-send.ts`),
    }));
    // No entity tables (~40 KB): the tokenizer runs with decodeEntities off.
    build.onResolve({ filter: /^entities\/decode$/ }, () => ({
      path: path.join(ROOT, "src/core/quoted/entity-tables.on-send.ts"),
    }));
    // Only htmlparser2's Tokenizer, from its TypeScript source (its const enums inline).
    build.onResolve({ filter: /^htmlparser2$/ }, () => ({
      path: "htmlparser2",
      namespace: "tokenizer-only",
    }));
    build.onLoad({ filter: /.*/, namespace: "tokenizer-only" }, () => ({
      contents:
        'export { default as Tokenizer } from "./Tokenizer.ts"; export * from "./Tokenizer.ts";',
      resolveDir: TOKENIZER_DIR,
      loader: "ts",
    }));
  },
};

/** esbuild options for launchevent.js, with `baseUrl` (ending in "/") compiled in. */
function onSendBuildOptions({ baseUrl, minify = true }) {
  return {
    absWorkingDir: ROOT,
    entryPoints: ["src/launchevent/index.ts"],
    bundle: true,
    format: "iife",
    target: "es2016",
    platform: "browser",
    minify,
    mangleProps: RENAMED_PROPERTIES,
    legalComments: "none",
    define: { __ADDIN_BASE_URL__: JSON.stringify(baseUrl) },
    plugins: [onSendStandIns],
    metafile: true,
    write: false,
    logLevel: "silent",
  };
}

/**
 * launchevent.js's text, and esbuild's metafile (what each input contributes before Terser).
 * Unminified when `minify` is false (webpack's development mode).
 */
async function bundleOnSendScript({ baseUrl, minify = true }) {
  const built = await esbuild.build(onSendBuildOptions({ baseUrl, minify }));
  const bundled = built.outputFiles[0].text;
  if (!minify) return { code: bundled, metafile: built.metafile };
  const compressed = await terser(bundled, {
    ecma: 2016,
    compress: {
      passes: 3,
      // Function declarations first in their scope: what hoisting does anyway.
      hoist_funs: true,
      // `function (x) {…}` expressions that use no `this`/`arguments` become arrows. "Unsafe"
      // only for a function called with `new` or whose `prototype` is read: this script does
      // neither (its constructors are ES2015 classes).
      unsafe_arrows: true,
      // Reading a property has no side effect: no getter in this script's reach (its own objects,
      // Office's, htmlparser2's) does anything but return a value, so unread reads and what
      // only they kept alive can go (~0.2 KB; the built script's tests run the result).
      pure_getters: true,
      // Rewrites that assume the standard built-ins are not replaced (`String(x)` to `"" + x`,
      // `new Error(m)` to `Error(m)`, `Array.from([…])` to `[…]`): none is replaced in this
      // script's runtime, and it never converts a Symbol to a string (~0.14 KB).
      unsafe: true,
    },
    // Non-ASCII as \u escapes: the file reads the same whatever encoding a host declares.
    format: { ascii_only: true },
  });
  return { code: compressed.code, metafile: built.metafile };
}

module.exports = {
  bundleOnSendScript,
  onSendBuildOptions,
  TOKENIZER_INTERNALS,
  ANALYSIS_INTERNALS,
};
