/**
 * Reading the files the CLI is given: policy.json, directory.json (and its postcode shards) and
 * the messages. Every failure becomes a ConfigError or InputError naming the file, so main()
 * can print one line and exit 2.
 */
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parseJson } from "../core/config/json";
import type { Directory } from "../core/directory/directory";
import { loadDirectory, loadPostcodeShard } from "../core/directory/load";
import type { DirectoryFile } from "../core/directory/types";
import type { PolicyFile, ResolvedPolicy } from "../core/policy/types";
import { loadPolicy } from "../core/policy/load";
import { checkQuotesInProtocol } from "../core/policy/protocol-quotes";
import { InputError } from "./errors";

/** A file as the user named it (for messages) and where it is. */
export interface FileRef {
  shown: string;
  absolute: string;
}

/** A path from the command line, relative to the working directory. */
export function fileFromArgument(cwd: string, path: string): FileRef {
  return { shown: path, absolute: resolve(cwd, path) };
}

/** A default file of the package, shown relative to the working directory when it is below it. */
export function packageFile(cwd: string, absolute: string): FileRef {
  const rel = relative(cwd, absolute);
  const inside = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  return { shown: inside ? rel : absolute, absolute };
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === "string" ? code : (error as Error).message;
}

/** The file's bytes, or undefined when it does not exist. */
async function readIfExists(file: FileRef): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file.absolute);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw new InputError(file.shown, `cannot be read (${errorCode(error)})`);
  }
}

export async function readBytes(file: FileRef): Promise<Uint8Array> {
  const bytes = await readIfExists(file);
  if (!bytes) throw new InputError(file.shown, "cannot be read (ENOENT)");
  return bytes;
}

function decodeJson(bytes: Uint8Array, file: FileRef): unknown {
  return parseJson(new TextDecoder().decode(bytes), file.shown);
}

async function readJson(file: FileRef): Promise<unknown> {
  return decodeJson(await readBytes(file), file);
}

export async function readPolicy(file: FileRef): Promise<ResolvedPolicy> {
  const json = await readJson(file);
  const policy = loadPolicy(json, file.shown);
  // The protocol's text beside policy.json: every quotation must be in it word for word.
  const text = policy.protocol?.text;
  if (text !== undefined) {
    const bytes = await readBytes({
      shown: join(dirname(file.shown), text),
      absolute: join(dirname(file.absolute), text),
    });
    checkQuotesInProtocol(json as PolicyFile, new TextDecoder().decode(bytes), file.shown);
  }
  return policy;
}

/** A loaded directory and the file it came from (its postcode shards are found beside it). */
export interface DirectorySource {
  directory: Directory;
  file: FileRef;
  /** Outward codes with no shard file, so a batch of messages looks for each only once. */
  absentShards: Set<string>;
}

/** A directory.json's data, validated as the add-in validates it (to merge an import into). */
export async function readDirectoryFile(file: FileRef): Promise<DirectoryFile> {
  const json = await readJson(file);
  loadDirectory(json, file.shown);
  return json as DirectoryFile;
}

export async function readDirectory(file: FileRef): Promise<DirectorySource> {
  const directory = loadDirectory(await readJson(file), file.shown);
  return { directory, file, absentShards: new Set() };
}

/**
 * Loads the postcode shards for the postcodes mentioned in `text` that are not loaded yet. A
 * missing shard is not an error: it means the directory knows no postcodes in that area.
 */
export async function loadShardsFor(source: DirectorySource, text: string): Promise<void> {
  const { directory, absentShards } = source;
  for (const outward of directory.missingPostcodeShards(directory.findPostcodes(text))) {
    const relativePath = directory.postcodeShardFile(outward);
    if (relativePath === undefined || absentShards.has(outward)) continue;
    const shard: FileRef = {
      shown: join(dirname(source.file.shown), relativePath),
      absolute: join(dirname(source.file.absolute), relativePath),
    };
    const bytes = await readIfExists(shard);
    if (!bytes) {
      absentShards.add(outward);
      continue;
    }
    directory.addPostcodeShard(
      outward,
      loadPostcodeShard(decodeJson(bytes, shard), shard.shown, directory),
    );
  }
}

/**
 * The policy and directory a command was given (`--policy`, `--directory`), or this package's
 * sample council in config/ when not.
 */
export async function readCouncilConfig(
  cwd: string,
  packageRoot: string,
  given: { policy?: string; directory?: string },
): Promise<{ policy: ResolvedPolicy; source: DirectorySource }> {
  const configFile = (path: string | undefined, name: string) =>
    path !== undefined
      ? fileFromArgument(cwd, path)
      : packageFile(cwd, join(packageRoot, "config", name));
  const policy = await readPolicy(configFile(given.policy, "policy.json"));
  const source = await readDirectory(configFile(given.directory, "directory.json"));
  return { policy, source };
}
