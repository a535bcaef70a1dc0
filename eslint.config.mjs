import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  {
    // tests/fixtures/lint: files that must fail lint, linted by tests/lint as if they sat in src/.
    ignores: [
      "node_modules/",
      "lib/",
      "dist/",
      "dist-dev/",
      "coverage/",
      "test-artifacts/",
      "tests/fixtures/lint/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  {
    // Linear time on any input: a regular expression that can backtrack super-linearly lets one
    // long subject or name stall Send past Outlook's 5 s.
    files: ["src/**/*.ts", "src/**/*.tsx", "scripts/**/*.js", "scripts/**/*.ts"],
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    // src/core runs unchanged in Node, the browser and classic Outlook's JavaScript-only runtime.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "localStorage",
          "navigator",
          "fetch",
          "Office",
          "OfficeRuntime",
        ].map((name) => ({ name, message: "src/core is pure: no DOM, no Office, no network." })),
      ],
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "@fluentui/*", "fs", "node:*", "path"] },
      ],
    },
  },
  {
    // Core, the Office adapter and the on-send handler make up the on-send script, which classic
    // Outlook before build 2403 runs on an ES2016 engine: esbuild lowers later syntax, but a
    // later built-in is simply missing there. src/core/builtins.ts has the stand-ins.
    files: ["src/core/**/*.ts", "src/office/**/*.ts", "src/launchevent/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["entries", "values", "fromEntries", "getOwnPropertyDescriptors", "hasOwn"].map(
          (property) => ({
            object: "Object",
            property,
            message: "Not in ES2016 (classic Outlook's on-send runtime): see src/core/builtins.ts.",
          }),
        ),
        ...[
          "flatMap",
          "flat",
          "trimEnd",
          "trimStart",
          "padStart",
          "padEnd",
          "matchAll",
          "replaceAll",
          "findLast",
          "findLastIndex",
          "finally",
        ].map((property) => ({
          property,
          message: "Not in ES2016 (classic Outlook's on-send runtime): see src/core/builtins.ts.",
        })),
      ],
    },
  },
  {
    // Only src/office calls Office.js. Type references (Office.MessageCompose) are fine anywhere:
    // they compile away. The launch-event entry is the one exception: it is the composition root
    // of classic Outlook's JavaScript-only runtime, where Office and OfficeRuntime exist only as
    // globals, and it hands them to the handler, which takes them as arguments. The playground
    // needs no exception: its scripted Office is an object it builds (installed as window.Office
    // for the add-in's code to find), never the global it calls.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/office/**", "src/core/**", "src/launchevent/index.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "OfficeRuntime"].map((name) => ({
          name,
          message: "Only src/office calls Office.js: add what you need to the Office adapter.",
        })),
      ],
    },
  },
  {
    // The Office adapter sits below the on-send entry: the entry may use it, never the reverse.
    files: ["src/office/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(?:^|/)launchevent(?:/|$)",
              message:
                "src/office must not import src/launchevent: move what both need into src/office or src/core.",
            },
          ],
        },
      ],
    },
  },
  {
    // The rules' helpers are the rules' own; what the pages need lives in core/text and the like.
    files: [
      "src/taskpane/**/*.ts",
      "src/taskpane/**/*.tsx",
      "src/admin/**/*.ts",
      "src/admin/**/*.tsx",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(?:^|/)core/rules/helpers(?:/|$)",
              message:
                "core/rules/helpers is internal to the rules: move the helper to src/core/text (or another core module).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["tests/**/*.ts", "tests/**/*.tsx"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        URL: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
