import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** A `--help` flag every command accepts. */
export const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

/**
 * node:util parseArgs, strict, with its errors as UsageError. Node's messages go on to explain
 * `--`; the first sentence ("Unknown option '--foo'") is what a user needs.
 */
export function parseOptions<T extends Options>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split(/\.\s/)[0] ?? "invalid arguments";
    throw new UsageError(message.replace(/^\w/, (c) => c.toLowerCase()));
  }
}
