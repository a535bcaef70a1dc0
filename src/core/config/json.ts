import { ConfigError } from "./errors";

/** JSON.parse that reports a syntax error as a ConfigError for the file. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(file, "", `is not valid JSON (${(error as Error).message})`);
  }
}
