#!/usr/bin/env node
/**
 * What each source file costs the on-send script: builds launchevent.js exactly as the build
 * does (scripts/onsend-bundle.js), lists the bytes each input contributes after esbuild's
 * minification (largest first; Terser then takes about 2% off the whole), then the file's size.
 *
 *   npm run size            the table
 *   npm run size -- --json  { total, inputs: { path: bytes } }
 */
const { bundleOnSendScript } = require("./onsend-bundle");
const { DEV_URL } = require("../webpack.config");

async function main() {
  const { code, metafile } = await bundleOnSendScript({ baseUrl: DEV_URL });
  const total = Buffer.byteLength(code);
  const output = Object.values(metafile.outputs)[0];
  const inputs = Object.entries(output.inputs)
    .map(([file, info]) => [file, info.bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ total, inputs: Object.fromEntries(inputs) }));
    return;
  }
  for (const [file, bytes] of inputs) console.log(`${String(bytes).padStart(7)}  ${file}`);
  console.log(`${String(output.bytes).padStart(7)}  after esbuild`);
  console.log(`${String(total).padStart(7)}  launchevent.js, after Terser (goal: at most 60 KB)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
