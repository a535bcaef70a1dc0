/**
 * scripts/browser.js, the browser lookup `npm test` runs before the tests: checked against fake
 * machines (their environment, platform and files), never by installing anything.
 */
import {
  candidates,
  findBrowser,
  installDebianChromium,
  isDebianLike,
  whenMissing,
  type Machine,
} from "../../scripts/browser";

function machine(
  platform: NodeJS.Platform,
  env: Record<string, string>,
  files: string[],
  playwright?: string,
): Machine {
  const present = new Set(files);
  return {
    env,
    platform,
    isFile: (file) => present.has(file),
    playwrightChromium: () => playwright,
  };
}

const DEBIAN_PATH = "/usr/local/bin:/usr/bin:/bin";
const DEBIAN_OS_RELEASE =
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';
const UBUNTU_OS_RELEASE = 'NAME="Ubuntu"\nVERSION="24.04 LTS"\nID=ubuntu\nID_LIKE=debian\n';
const MINT_OS_RELEASE = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA_OS_RELEASE = 'NAME="Fedora Linux"\nID=fedora\n';

describe("finding the browser", () => {
  it("takes CHROMIUM_PATH first, over anything on PATH", () => {
    const fake = machine("linux", { CHROMIUM_PATH: "/home/dev/chrome/chrome", PATH: DEBIAN_PATH }, [
      "/home/dev/chrome/chrome",
      "/usr/bin/chromium",
    ]);
    expect(findBrowser(fake)).toEqual({ path: "/home/dev/chrome/chrome", from: "CHROMIUM_PATH" });
  });

  it("refuses a CHROMIUM_PATH that names no file rather than quietly using another browser", () => {
    const fake = machine("linux", { CHROMIUM_PATH: "/opt/typo/chrome", PATH: DEBIAN_PATH }, [
      "/usr/bin/chromium",
    ]);
    expect(() => findBrowser(fake)).toThrow(
      "CHROMIUM_PATH is /opt/typo/chrome, which is not a file",
    );
  });

  it("uses Playwright's Chromium when PLAYWRIGHT_BROWSERS_PATH is set", () => {
    const chrome = "/srv/pw/chromium-1255/chrome-linux64/chrome";
    const fake = machine(
      "linux",
      { PLAYWRIGHT_BROWSERS_PATH: "/srv/pw", PATH: DEBIAN_PATH },
      [chrome, "/usr/bin/chromium"],
      chrome,
    );
    expect(findBrowser(fake)).toEqual({ path: chrome, from: "PLAYWRIGHT_BROWSERS_PATH" });
  });

  it("ignores Playwright's download folder unless PLAYWRIGHT_BROWSERS_PATH names it", () => {
    const chrome = "/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome";
    const fake = machine("linux", { PATH: DEBIAN_PATH }, [chrome, "/usr/bin/chromium"], chrome);
    expect(findBrowser(fake)).toEqual({ path: "/usr/bin/chromium", from: "PATH" });
  });

  it("finds Debian's chromium, Ubuntu's chromium-browser or Chrome on PATH, in that order", () => {
    expect(findBrowser(machine("linux", { PATH: DEBIAN_PATH }, ["/usr/bin/chromium"]))).toEqual({
      path: "/usr/bin/chromium",
      from: "PATH",
    });
    expect(
      findBrowser(
        machine("linux", { PATH: DEBIAN_PATH }, [
          "/usr/bin/google-chrome-stable",
          "/usr/bin/chromium-browser",
        ]),
      ),
    ).toEqual({ path: "/usr/bin/chromium-browser", from: "PATH" });
  });

  it("finds the snap and /opt installs that are not on PATH", () => {
    expect(findBrowser(machine("linux", { PATH: "/usr/bin" }, ["/snap/bin/chromium"]))).toEqual({
      path: "/snap/bin/chromium",
      from: "usual",
    });
    expect(
      findBrowser(machine("linux", { PATH: "/usr/bin" }, ["/opt/google/chrome/chrome"])),
    ).toEqual({ path: "/opt/google/chrome/chrome", from: "usual" });
  });

  it("does not find a browser that is only outside PATH's folders", () => {
    // The fresh-machine check hides /usr/bin/chromium this way.
    expect(findBrowser(machine("linux", { PATH: "/tmp/bin" }, ["/usr/bin/chromium"]))).toBe(
      undefined,
    );
  });

  it("finds Chrome, then Edge, in the Windows install folders", () => {
    const env = {
      PROGRAMFILES: "C:\\Program Files",
      "PROGRAMFILES(X86)": "C:\\Program Files (x86)",
      LOCALAPPDATA: "C:\\Users\\jo\\AppData\\Local",
    };
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    const userChrome = "C:\\Users\\jo\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe";
    expect(findBrowser(machine("win32", env, [edge]))).toEqual({ path: edge, from: "usual" });
    expect(findBrowser(machine("win32", env, [edge, userChrome]))).toEqual({
      path: userChrome,
      from: "usual",
    });
  });

  it("finds Chrome or Edge apps on a Mac, in /Applications or the user's own", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const edge = "/Users/jo/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
    const env = { HOME: "/Users/jo", PATH: "/usr/bin:/bin" };
    expect(findBrowser(machine("darwin", env, [edge]))).toEqual({ path: edge, from: "usual" });
    expect(findBrowser(machine("darwin", env, [edge, chrome]))).toEqual({
      path: chrome,
      from: "usual",
    });
  });

  it("looks nowhere on Windows beyond the variables and the install folders", () => {
    const fake = machine("win32", { PROGRAMFILES: "C:\\Program Files" }, []);
    expect(candidates(fake).map((c) => c.path)).toEqual([
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
      "C:\\Program Files\\Chromium\\Application\\chrome.exe",
    ]);
  });
});

describe("when no browser is found", () => {
  it("recognises Debian, Ubuntu and their derivatives from /etc/os-release", () => {
    expect(isDebianLike(DEBIAN_OS_RELEASE)).toBe(true);
    expect(isDebianLike(UBUNTU_OS_RELEASE)).toBe(true);
    expect(isDebianLike(MINT_OS_RELEASE)).toBe(true);
    expect(isDebianLike(FEDORA_OS_RELEASE)).toBe(false);
    expect(isDebianLike(undefined)).toBe(false);
  });

  it("installs Debian's chromium as root on Debian or Ubuntu", () => {
    expect(whenMissing({ platform: "linux", isRoot: true, osRelease: DEBIAN_OS_RELEASE })).toEqual({
      install: true,
    });
    expect(whenMissing({ platform: "linux", isRoot: true, osRelease: UBUNTU_OS_RELEASE })).toEqual({
      install: true,
    });
  });

  it.each([
    ["Debian, not root", "linux", false, DEBIAN_OS_RELEASE, "run sudo apt-get install chromium"],
    ["Fedora as root", "linux", true, FEDORA_OS_RELEASE, "install Chromium with your system's"],
    ["a Mac", "darwin", false, undefined, "install Google Chrome or Microsoft Edge"],
    ["Windows", "win32", false, undefined, "install Google Chrome or Microsoft Edge"],
  ] as const)("on %s, says in one line what to install", (_, platform, isRoot, osRelease, says) => {
    const plan = whenMissing({ platform, isRoot, osRelease });
    expect(plan.install).toBe(false);
    expect(plan.message).toContain(says);
    expect(plan.message).toContain("or set CHROMIUM_PATH");
    expect(plan.message).not.toContain("\n");
  });

  it("runs apt-get update, then apt-get install chromium, and stops at the first failure", () => {
    const ran: string[] = [];
    const log: string[] = [];
    const ok = installDebianChromium(
      (command, args) => {
        ran.push([command, ...args].join(" "));
        return 0;
      },
      (line) => log.push(line),
    );
    expect(ok).toBe(undefined);
    expect(ran).toEqual([
      "apt-get update -qq",
      "apt-get install -y -qq --no-install-recommends chromium",
    ]);
    expect(log).toEqual([expect.stringContaining("installing Debian's chromium")]);

    const tried: string[] = [];
    const failure = installDebianChromium(
      (command, args) => {
        tried.push(args[0] ?? "");
        return 100;
      },
      () => undefined,
    );
    expect(tried).toEqual(["update"]);
    expect(failure).toBe("apt-get update -qq failed (exit status 100)");
  });
});
