/**
 * Errors the CLI reports as one line on stderr with exit status 2. Config files use ConfigError
 * (src/core/config/errors.ts), which also names the JSON path; these cover everything else.
 */

/** An input file that cannot be read or is not what it should be: `file: reason`. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "InputError";
  }
}

/** The command line itself is wrong: main prints the message and the command's usage line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
