// `npm start`: builds the add-in (production mode, as councils get it) for the port it serves
// on, into dist/, then serves it over HTTPS. Built for that port, so the playground's checks,
// the task pane and a sideloaded manifest all fetch config from this server, not port 3000.
//
//   node scripts/start.js [--port 3000] [--dist dist]        (PORT=3000 works too)
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const serve = require("./serve");
const { compileErrors } = require("./dev");

const ROOT = path.resolve(__dirname, "..");

/** The webpack configs for a production build served at `port`, written to `outDir`. */
function startConfigs(port, outDir) {
  const configure = require(path.join(ROOT, "webpack.config.js"));
  return configure({ url: `https://localhost:${port}/`, out: outDir }, { mode: "production" });
}

function build(configs) {
  return new Promise((resolve, reject) => {
    webpack(configs).run((error, stats) => {
      if (error) return reject(error);
      const errors = compileErrors(stats);
      if (errors.length > 0) return reject(new Error(errors.join("\n")));
      resolve();
    });
  });
}

async function main(argv = process.argv.slice(2)) {
  let options;
  try {
    options = serve.parseArgs(argv);
  } catch (error) {
    console.error(`start: ${error.message}`);
    return 2;
  }
  if (options.help) {
    console.log("Usage: node scripts/start.js [--port 3000] [--dist dist]   (or PORT=3000)");
    return 0;
  }
  console.log(`Building for https://localhost:${options.port}/ …`);
  fs.rmSync(options.dist, { recursive: true, force: true });
  try {
    await build(startConfigs(options.port, options.dist));
  } catch (error) {
    console.error(`start: the build failed:\n${error.message}`);
    return 1;
  }
  return serve.main(["--port", String(options.port), "--dist", options.dist]);
}

module.exports = { startConfigs, main };

if (require.main === module) {
  main().then((code) => {
    if (code !== undefined) process.exitCode = code;
  });
}
