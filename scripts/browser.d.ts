// Types for scripts/browser.js (plain Node, run without a build step), for the browser harness and
// tests/scripts/browser.test.ts.

export interface FoundBrowser {
  path: string;
  /** Where it was found: an environment variable, PATH, a usual install folder, or installed. */
  from: "CHROMIUM_PATH" | "PLAYWRIGHT_BROWSERS_PATH" | "PATH" | "usual" | "installed";
}

export interface Machine {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  isFile(file: string): boolean;
  /** The Chromium playwright-core would launch from PLAYWRIGHT_BROWSERS_PATH. */
  playwrightChromium(): string | undefined;
}

export const DEBIAN_CHROMIUM: string;
export function candidates(machine: Machine): FoundBrowser[];
export function findBrowser(machine?: Machine): FoundBrowser | undefined;
export function isDebianLike(osRelease: string | undefined): boolean;
export function whenMissing(machine: {
  platform: NodeJS.Platform;
  isRoot: boolean;
  osRelease: string | undefined;
}): { install: true; message?: undefined } | { install: false; message: string };
export function installDebianChromium(
  run: (command: string, args: string[]) => number,
  log: (line: string) => void,
): string | undefined;
export function main(argv?: string[]): number;
