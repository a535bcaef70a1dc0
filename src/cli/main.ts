/**
 * member-mail-check: the command line entry point (bin/member-mail-check.js calls main()).
 * Exit status: 0 nothing at warn or block; 1 something at warn or block; 2 a file cannot be
 * read or is invalid, or the command line is wrong; 3 an internal error (a bug).
 */
import { ConfigError } from "../core/config/errors";
import { checkCommand } from "./commands/check";
import type { Command } from "./commands/command";
import { InputError, UsageError } from "./errors";
import { EXIT } from "./exit";
import { processIo, type CliIo } from "./io";
import { findPackage, type PackageInfo } from "./package-root";

const PROGRAM = "member-mail-check";

/** Add a command here (and its module under commands/); main() needs no other change. */
const COMMANDS: readonly Command[] = [checkCommand];

function helpText(pkg: PackageInfo): string {
  const lines = [
    `${PROGRAM} ${pkg.version}: check email drafts against a council's member/officer protocol`,
    "",
    "Usage:",
    ...COMMANDS.map((c) => `  ${PROGRAM} ${c.name} ${c.usage}`),
    `  ${PROGRAM} --help | --version`,
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(22)}${c.summary}`),
  ];
  for (const command of COMMANDS) {
    lines.push("", `Options for ${command.name}:`);
    lines.push(...command.options.map(([flag, text]) => `  ${flag.padEnd(22)}${text}`));
  }
  lines.push(
    "",
    "Exit status: 0 nothing would stop the send; 1 something would (warn or block);",
    "2 a file cannot be read or is invalid, or the command line is wrong; 3 an internal error.",
  );
  return `${lines.join("\n")}\n`;
}

function usageLine(command?: Command): string {
  return command
    ? `Usage: ${PROGRAM} ${command.name} ${command.usage}`
    : `Usage: ${PROGRAM} <${COMMANDS.map((c) => c.name).join("|")}> ... (see ${PROGRAM} --help)`;
}

/** Prints the one-line reason for a failure and returns the exit status for it. */
function reportError(error: unknown, io: CliIo, command: Command | undefined): number {
  if (error instanceof UsageError) {
    io.stderr.write(`${PROGRAM}: ${error.message}\n${usageLine(command)}\n`);
    return EXIT.invalid;
  }
  if (error instanceof ConfigError || error instanceof InputError) {
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
    command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      throw new UsageError(name === undefined ? "no command given" : `unknown command "${name}"`);
    }
    return await command.run(rest, io, pkg);
  } catch (error) {
    return reportError(error, io, command);
  }
}
