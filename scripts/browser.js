// The browser the browser tests drive (tests/browser, through playwright-core): found, or on a
// Debian or Ubuntu machine run as root, installed. `npm test` runs the rest of the tests through
// this script, so a fresh machine needs nothing beyond Node:
//
//   node scripts/browser.js                 prints the browser it would use, or why there is none
//   node scripts/browser.js <command...>    the same, then runs <command> with CHROMIUM_PATH set
//
// Where it looks, in order:
//   1. CHROMIUM_PATH, a Chromium-based browser's executable;
//   2. PLAYWRIGHT_BROWSERS_PATH, Playwright's own variable: the Chromium `npx playwright-core
//      install chromium` put there (Playwright's default download folder is not searched unless
//      that variable names it: the tests are meant to run on the system's Chromium);
//   3. the usual places: chromium, chromium-browser, google-chrome(-stable), microsoft-edge(-stable)
//      on PATH and under /snap/bin and /opt; on a Mac the Chromium, Chrome and Edge apps in
//      /Applications and ~/Applications; on Windows Chrome's and Edge's install folders under
//      Program Files and the user's AppData.
// When none is there: as root on Debian or Ubuntu, `apt-get update` and `apt-get install -y
// chromium` (what .ci/run used to do itself), then Debian's /usr/bin/chromium; anywhere else, one
// line saying what to install, and exit status 1 before anything else runs.
//
// Plain Node, no build step. The lookup takes its environment as an argument so that
// tests/scripts/browser.test.ts can check it against fake machines.
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

/** Debian's chromium package installs its launcher here. */
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

const LINUX_NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome-stable",
  "google-chrome",
  "microsoft-edge-stable",
  "microsoft-edge",
];
const LINUX_PLACES = [
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/opt/microsoft/msedge/msedge",
];
const MAC_APPS = [
  "Chromium.app/Contents/MacOS/Chromium",
  "Google Chrome.app/Contents/MacOS/Google Chrome",
  "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
];
const WINDOWS_APPS = [
  ["Google", "Chrome", "Application", "chrome.exe"],
  ["Microsoft", "Edge", "Application", "msedge.exe"],
  ["Chromium", "Application", "chrome.exe"],
];

/** A regular file (after symlinks) at `file`. */
function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium Playwright installed under PLAYWRIGHT_BROWSERS_PATH (read by playwright-core). */
function playwrightChromium() {
  try {
    return require("playwright-core").chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Every place to look, in order, as `{ path, from }`. */
function candidates(machine) {
  const { env, platform } = machine;
  const list = [];
  if (env.CHROMIUM_PATH) list.push({ path: env.CHROMIUM_PATH, from: "CHROMIUM_PATH" });
  if (env.PLAYWRIGHT_BROWSERS_PATH) {
    const file = machine.playwrightChromium();
    if (file) list.push({ path: file, from: "PLAYWRIGHT_BROWSERS_PATH" });
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(Boolean);
    for (const app of WINDOWS_APPS) {
      for (const root of roots) list.push({ path: path.win32.join(root, ...app), from: "usual" });
    }
    return list;
  }
  if (platform === "darwin") {
    const folders = ["/Applications", env.HOME && path.posix.join(env.HOME, "Applications")];
    for (const app of MAC_APPS) {
      for (const folder of folders.filter(Boolean)) {
        list.push({ path: path.posix.join(folder, app), from: "usual" });
      }
    }
  }
  const dirs = (env.PATH ?? "").split(path.posix.delimiter).filter((dir) => dir !== "");
  for (const name of LINUX_NAMES) {
    for (const dir of dirs) list.push({ path: path.posix.join(dir, name), from: "PATH" });
  }
  if (platform !== "darwin") {
    for (const place of LINUX_PLACES) list.push({ path: place, from: "usual" });
  }
  return list;
}

/**
 * The browser to use, or undefined. `machine`: `{ env, platform, isFile, playwrightChromium }`
 * (the real one by default). A CHROMIUM_PATH that names nothing is an error, not a reason to look
 * elsewhere: the developer asked for that browser.
 */
function findBrowser(machine = realMachine()) {
  if (machine.env.CHROMIUM_PATH && !machine.isFile(machine.env.CHROMIUM_PATH)) {
    throw new Error(
      `CHROMIUM_PATH is ${machine.env.CHROMIUM_PATH}, which is not a file: point it at a Chromium, Chrome or Edge executable, or unset it.`,
    );
  }
  return candidates(machine).find((candidate) => machine.isFile(candidate.path));
}

/** Debian, Ubuntu or a derivative, from /etc/os-release's text. */
function isDebianLike(osRelease) {
  const ids = (osRelease ?? "")
    .split("\n")
    .filter((line) => line.startsWith("ID=") || line.startsWith("ID_LIKE="))
    .flatMap((line) =>
      line
        .slice(line.indexOf("=") + 1)
        .replace(/["']/g, "")
        .split(" "),
    );
  return ids.includes("debian") || ids.includes("ubuntu");
}

/**
 * What to do when no browser was found: `{ install: true }` (root on Debian or Ubuntu) or
 * `{ install: false, message }`, the one line to print.
 */
function whenMissing({ platform, isRoot, osRelease }) {
  const set = "or set CHROMIUM_PATH to a Chromium, Chrome or Edge executable";
  if (platform === "win32" || platform === "darwin") {
    return {
      install: false,
      message: `No browser for the browser tests: install Google Chrome or Microsoft Edge, ${set}.`,
    };
  }
  if (platform === "linux" && isDebianLike(osRelease)) {
    if (isRoot) return { install: true };
    return {
      install: false,
      message: `No browser for the browser tests: run sudo apt-get install chromium, ${set}.`,
    };
  }
  return {
    install: false,
    message: `No browser for the browser tests: install Chromium with your system's package manager, ${set}.`,
  };
}

/** apt-get update, then apt-get install chromium; `run(command, args)` returns an exit status. */
function installDebianChromium(run, log) {
  log("No browser for the browser tests: installing Debian's chromium (apt-get install chromium).");
  const steps = [
    ["apt-get", ["update", "-qq"]],
    ["apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"]],
  ];
  for (const [command, args] of steps) {
    const status = run(command, args);
    if (status !== 0) return `${command} ${args.join(" ")} failed (exit status ${status})`;
  }
  return undefined;
}

function realMachine() {
  return { env: process.env, platform: process.platform, isFile, playwrightChromium };
}

function readOsRelease() {
  try {
    return fs.readFileSync("/etc/os-release", "utf8");
  } catch {
    return "";
  }
}

/** apt and dpkg need the system folders on PATH even when the caller's PATH leaves them out. */
function runAsSystem(command, args) {
  const PATH = [process.env.PATH, "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
    .filter(Boolean)
    .join(":");
  const result = spawnSync(command, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PATH, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.error ? 127 : (result.status ?? 1);
}

/** Finds or installs the browser; the exit status (the command's, when one is given). */
function main(argv = process.argv.slice(2)) {
  let found;
  try {
    found = findBrowser();
  } catch (error) {
    console.error(error.message);
    return 1;
  }
  if (!found) {
    const plan = whenMissing({
      platform: process.platform,
      isRoot: typeof process.getuid === "function" && process.getuid() === 0,
      osRelease: readOsRelease(),
    });
    if (!plan.install) {
      console.error(plan.message);
      return 1;
    }
    const failure = installDebianChromium(runAsSystem, (line) => console.log(line));
    if (failure || !isFile(DEBIAN_CHROMIUM)) {
      console.error(
        `Could not install Debian's chromium for the browser tests: ${failure ?? `${DEBIAN_CHROMIUM} is still missing`}.`,
      );
      return 1;
    }
    found = { path: DEBIAN_CHROMIUM, from: "installed" };
  }
  console.log(`Browser for the browser tests: ${found.path} (${found.from}).`);
  if (argv.length === 0) return 0;
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, CHROMIUM_PATH: found.path },
  });
  if (result.error) {
    console.error(`Could not run ${argv[0]}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

module.exports = {
  DEBIAN_CHROMIUM,
  findBrowser,
  candidates,
  isDebianLike,
  whenMissing,
  installDebianChromium,
  main,
};

if (require.main === module) process.exitCode = main();
