import type { CliIo } from "../io";
import type { PackageInfo } from "../package-root";

/**
 * One subcommand of member-mail-check. main() finds it by name and turns UsageError,
 * ConfigError and InputError into exit status 2; `run` returns the exit status otherwise.
 */
export interface Command {
  name: string;
  /** One line for the command list in --help. */
  summary: string;
  /** Arguments after the command name: `<file.eml>... [--format text|json]`. */
  usage: string;
  /** Option lines for --help: `["--format text|json", "what it does"]`. */
  options: readonly (readonly [string, string])[];
  run(argv: readonly string[], io: CliIo, pkg: PackageInfo): Promise<number>;
}
