/**
 * member-mail-check: the command line entry point (bin/member-mail-check.js calls main()).
 * Exit status: 0 nothing at warn or block (or, for the directory commands, the directory was
 * printed); 1 something at warn or block; 2 a file cannot be read or is invalid, or the command
 * line is wrong; 3 an internal error (a bug).
 */
import { ConfigError } from "../core/config/errors";
import { ImportError } from "../core/import/errors";
import { checkCommand } from "./commands/check";
import { fixCommand } from "./commands/fix";
import type { Command } from "./commands/command";
import { fromCsvCommand, fromModernGovCommand } from "./commands/directory";
import { InputError, UsageError } from "./errors";
import { EXIT } from "./exit";
import { processIo, type CliIo } from "./io";
import { findPackage, type PackageInfo } from "./package-root";

const PROGRAM = "member-mail-check";

/**
 * Add a command here (and its module under commands/); main() needs no other change. A name may
 * be two words ("directory from-csv"): a command group and its subcommand.
 */
const COMMANDS: readonly Command[] = [
  checkCommand,
  fixCommand,
  fromModernGovCommand,
  fromCsvCommand,
];

/** The command the arguments start with, and how many words its name took. */
function findCommand(argv: readonly string[]): { command?: Command; words: number } {
  for (const command of COMMANDS) {
    const words = command.name.split(" ");
    if (words.every((word, i) => argv[i] === word)) return { command, words: words.length };
  }
  return { words: 0 };
}

/** "check", "directory": the first word of each command name, once each. */
function commandGroups(): string[] {
  return [...new Set(COMMANDS.map((c) => c.name.split(" ")[0] ?? c.name))];
}

function helpText(pkg: PackageInfo): string {
  const lines = [
    `${PROGRAM} ${pkg.version}: check email drafts against a council's member/officer protocol`,
    "",
    "Usage:",
    ...COMMANDS.map((c) => `  ${PROGRAM} ${c.name} ${c.usage}`),
    `  ${PROGRAM} --help | --version`,
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(26)}${c.summary}`),
  ];
  for (const command of COMMANDS) {
    lines.push("", `Options for ${command.name}:`);
    lines.push(...command.options.map(([flag, text]) => `  ${flag.padEnd(22)}${text}`));
  }
  lines.push(
    "",
    "The directory commands print directory.json on stdout and what they left out on stderr.",
    "",
    "Exit status: 0 nothing would stop the send; 1 something would (warn or block);",
    "2 a file cannot be read or is invalid, or the command line is wrong; 3 an internal error.",
    "The directory commands exit 0 when they printed a directory; fix exits 0 when it applied",
    "the fix and 2 when the message has no such finding or fix.",
  );
  return `${lines.join("\n")}\n`;
}

function usageLine(command?: Command): string {
  return command
    ? `Usage: ${PROGRAM} ${command.name} ${command.usage}`
    : `Usage: ${PROGRAM} <${commandGroups().join("|")}> ... (see ${PROGRAM} --help)`;
}

/** Prints the one-line reason for a failure and returns the exit status for it. */
function reportError(error: unknown, io: CliIo, command: Command | undefined): number {
  if (error instanceof UsageError) {
    io.stderr.write(`${PROGRAM}: ${error.message}\n${usageLine(command)}\n`);
    return EXIT.invalid;
  }
  if (error instanceof ConfigError || error instanceof InputError || error instanceof ImportError) {
    io.stderr.write(`${error.message}\n`);
    return EXIT.invalid;
  }
  io.stderr.write(`${PROGRAM}: internal error: ${(error as Error).stack ?? String(error)}\n`);
  return EXIT.internal;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  let command: Command | undefined;
  try {
    const pkg = findPackage();
    if (name === "--help" || name === "-h" || name === "help") {
      io.stdout.write(helpText(pkg));
      return EXIT.ok;
    }
    if (name === "--version" || name === "-V") {
      io.stdout.write(`${pkg.version}\n`);
      return EXIT.ok;
    }
    const found = findCommand(argv);
    command = found.command;
    if (!command) {
      if (name === undefined) throw new UsageError("no command given");
      const sub = COMMANDS.filter((c) => c.name.startsWith(`${name} `));
      if (sub.length > 0 && (rest[0] === "--help" || rest[0] === "-h")) {
        io.stdout.write(sub.map((c) => `Usage: ${PROGRAM} ${c.name} ${c.usage}\n`).join(""));
        return EXIT.ok;
      }
      if (sub.length > 0) {
        const choices = sub.map((c) => c.name.slice(name.length + 1)).join(" or ");
        throw new UsageError(
          rest[0] === undefined || rest[0].startsWith("-")
            ? `"${name}" needs a command: ${choices}`
            : `unknown command "${name} ${rest[0]}" (expected ${choices})`,
        );
      }
      throw new UsageError(`unknown command "${name}"`);
    }
    return await command.run(argv.slice(found.words), io, pkg);
  } catch (error) {
    return reportError(error, io, command);
  }
}
