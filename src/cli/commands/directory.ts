/**
 * `member-mail-check directory from-moderngov <export.xml>` and `directory from-csv <file.csv>`:
 * build a directory.json from the council's member list and print it, so a scheduled job can
 * run `... --base config/directory.json > new.json` and keep ids and hand-made data.
 */
import {
  directoryFromCsv,
  directoryFromModernGov,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
} from "../../core/import";
import { loadDirectory } from "../../core/directory/load";
import type { DirectoryFile } from "../../core/directory/types";
import { fileFromArgument, readBytes, readDirectoryFile, type FileRef } from "../config-files";
import { InputError, UsageError } from "../errors";
import { EXIT } from "../exit";
import type { CliIo } from "../io";
import type { Command } from "./command";
import { HELP_OPTION, parseOptions } from "./parse-options";

const OPTIONS = {
  ...HELP_OPTION,
  council: { type: "string" },
  base: { type: "string" },
  updated: { type: "string" },
} as const;

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** `members.csv: line 4: Jane Doe: ...`: the file, then what the warning is about. */
function warningLine(file: FileRef, warning: ImportWarning): string {
  const parts = [file.shown];
  if (warning.line !== undefined) parts.push(`line ${warning.line}`);
  if (warning.member !== undefined) parts.push(warning.member);
  return `${parts.join(": ")}: ${warning.message}\n`;
}

/** The input's text; a file that is not UTF-8 is named rather than half-read. */
async function readText(file: FileRef): Promise<string> {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await readBytes(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file.shown, "is not UTF-8 text (save it as UTF-8 and try again)");
  }
}

type Importer = (text: string, options: ImportOptions) => ImportResult;

function importCommand(name: string, input: string, summary: string, importer: Importer): Command {
  const command: Command = {
    name: `directory ${name}`,
    summary,
    usage: `<${input}> [--council NAME] [--base directory.json] [--updated YYYY-MM-DD]`,
    options: [
      ["--council <name>", "the council's name for \"council\" (default: the base directory's)"],
      ["--base <file>", "a directory.json to merge into: keeps its ids, wards, groups, postcodes"],
      ["--updated <date>", 'the date for "updated", YYYY-MM-DD (default: today)'],
    ],
    run: async (argv: readonly string[], io: CliIo): Promise<number> => {
      const { values, positionals } = parseOptions(argv, OPTIONS);
      if (values.help) {
        io.stdout.write(`Usage: member-mail-check ${command.name} ${command.usage}\n`);
        return EXIT.ok;
      }
      if (positionals.length !== 1) {
        throw new UsageError(positionals.length === 0 ? `no ${input} given` : "give one file only");
      }
      if (values.updated !== undefined && !DATE.test(values.updated)) {
        throw new UsageError(`--updated must be a date as YYYY-MM-DD, not "${values.updated}"`);
      }
      const file = fileFromArgument(io.cwd, positionals[0] ?? "");
      let base: DirectoryFile | undefined;
      if (values.base !== undefined) {
        base = await readDirectoryFile(fileFromArgument(io.cwd, values.base));
      }
      if (values.council === undefined && base === undefined) {
        throw new UsageError("give --council NAME (or --base directory.json to take it from)");
      }
      const result = importer(await readText(file), {
        source: file.shown,
        ...(values.council !== undefined ? { council: values.council } : {}),
        ...(values.updated !== undefined ? { updated: values.updated } : {}),
        ...(base ? { base } : {}),
      });
      for (const warning of result.warnings) io.stderr.write(warningLine(file, warning));
      // Never print a directory the add-in would refuse: check it as the add-in will load it.
      loadDirectory(result.directory, `the directory made from ${file.shown}`);
      io.stdout.write(`${JSON.stringify(result.directory, null, 2)}\n`);
      return EXIT.ok;
    },
  };
  return command;
}

export const fromModernGovCommand = importCommand(
  "from-moderngov",
  "GetCouncillorsByWard.xml",
  "Print a directory.json made from a ModernGov GetCouncillorsByWard export",
  directoryFromModernGov,
);

export const fromCsvCommand = importCommand(
  "from-csv",
  "members.csv",
  "Print a directory.json made from a member list in CSV",
  directoryFromCsv,
);
