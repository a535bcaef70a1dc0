/** The sample council's files (config/), as the admin page loads them. */
import fs from "node:fs";
import path from "node:path";
import type { DirectoryFile, PolicyFile } from "../../src/core";

const CONFIG = path.resolve(__dirname, "..", "..", "config");

export function samplePolicy(): PolicyFile {
  return JSON.parse(fs.readFileSync(path.join(CONFIG, "policy.json"), "utf8")) as PolicyFile;
}

export function sampleDirectory(): DirectoryFile {
  return JSON.parse(fs.readFileSync(path.join(CONFIG, "directory.json"), "utf8")) as DirectoryFile;
}

export function sampleShard(outward: string): Record<string, string> {
  return JSON.parse(
    fs.readFileSync(path.join(CONFIG, "postcodes", `${outward}.json`), "utf8"),
  ) as Record<string, string>;
}
