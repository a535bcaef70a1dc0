import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const PACKAGE_NAME = "member-mail-check";

export interface PackageInfo {
  root: string;
  version: string;
}

/**
 * The installed package's root folder and version. The CLI runs from lib/src/cli (built) or
 * src/cli (ts-jest), so rather than count "../" we walk up to our own package.json.
 */
export function findPackage(startDir: string = __dirname): PackageInfo {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, "utf8")) as {
        name?: unknown;
        version?: unknown;
      };
      if (json.name === PACKAGE_NAME) {
        return { root: dir, version: typeof json.version === "string" ? json.version : "0.0.0" };
      }
    }
    if (dirname(dir) === dir) {
      throw new Error(`cannot find the ${PACKAGE_NAME} package.json above ${startDir}`);
    }
  }
}
