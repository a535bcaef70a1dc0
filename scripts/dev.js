// The developer loop: `npm run dev` builds the add-in in development mode into dist-dev/ for the
// port it serves on, serves it over HTTPS like `npm start`, and rebuilds whatever changes (a few
// seconds, against a minute or more for the production build). The production files in dist/
// are left alone, so the tests and `npm start` never see a development build.
//
//   node scripts/dev.js [--port 3000] [--dist dist-dev]        (PORT=3000 works too)
//
// Not for councils: dist-dev/ is unminified and carries eval source maps.
const path = require("node:path");
const webpack = require("webpack");
const serve = require("./serve");

const ROOT = path.resolve(__dirname, "..");
const DEV_DIST = "dist-dev";

/** The webpack configs for a development build served at `port`, written to `outDir`. */
function devConfigs(port, outDir = DEV_DIST) {
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const url = `https://localhost:${port}/`;
  return configure({ url, out: outDir }, { mode: "development" });
}

/** One line per error of a finished (multi-)compilation, or [] when it built. */
function compileErrors(stats) {
  if (!stats.hasErrors()) return [];
  return stats
    .toJson({ all: false, errors: true })
    .errors.map((error) => (typeof error === "string" ? error : error.message).split("\n")[0]);
}

async function main(argv = process.argv.slice(2)) {
  let options;
  try {
    options = serve.parseArgs(argv);
  } catch (error) {
    console.error(`dev: ${error.message}`);
    return 2;
  }
  if (options.help) {
    console.log("Usage: node scripts/dev.js [--port 3000] [--dist dist-dev]   (or PORT=3000)");
    return 0;
  }
  // Never the production dist/ unless asked for by name.
  const named = argv.some((arg) => arg === "--dist" || arg.startsWith("--dist="));
  const outDir = named ? options.dist : path.join(ROOT, DEV_DIST);
  const compiler = webpack(devConfigs(options.port, outDir));
  let serving = false;
  const watching = compiler.watch({ aggregateTimeout: 200 }, (error, stats) => {
    if (error) {
      console.error(`dev: the build failed: ${error.message}`);
      return;
    }
    const errors = compileErrors(stats);
    const when = new Date().toLocaleTimeString();
    if (errors.length > 0) {
      console.error(`[${when}] Build failed; the last good build is still served:`);
      for (const line of errors) console.error(`  ${line}`);
      return;
    }
    console.log(`[${when}] Built ${path.relative(process.cwd(), outDir) || "."}/.`);
    if (serving) return;
    serving = true;
    serve.main(["--port", String(options.port), "--dist", outDir]).then((code) => {
      if (code !== undefined) {
        watching.close(() => process.exit(code));
      }
    });
  });
  return undefined; // keep running: serve.main stops the process on Ctrl+C
}

module.exports = { devConfigs, compileErrors, DEV_DIST, main };

if (require.main === module) {
  main().then((code) => {
    if (code !== undefined) process.exitCode = code;
  });
}
