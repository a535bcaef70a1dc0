#!/usr/bin/env node
"use strict";
// Compiled by `npm install` (the `prepare` script); see tsconfig.cli.json.
require("../lib/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
