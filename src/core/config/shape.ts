/**
 * Small hand-written shape checks for JSON files that have no JSON Schema check where they are
 * read: the on-send script's stand-in for ajv (./schemas.on-send) and the generated preset files
 * (../policy/preset-file). Each failure is a ConfigError naming the file and the field.
 */
import { ConfigError } from "./errors";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** Throws a ConfigError at `path` unless `ok`. */
export function expectThat(ok: boolean, file: string, path: string, reason: string): void {
  if (!ok) throw new ConfigError(file, path, reason);
}

/** Throws a ConfigError at `path` unless `value` is one of `allowed`, worded as ajv words it. */
export function expectOneOf(
  value: unknown,
  allowed: readonly unknown[],
  file: string,
  path: string,
): void {
  const listed = allowed.map((item) => JSON.stringify(item)).join(", ");
  expectThat(allowed.includes(value), file, path, `must be one of ${listed}`);
}

/** `list` is an array of objects each passing `check(item, pointer)`. */
export function eachObject(
  list: unknown,
  file: string,
  path: string,
  check: (item: JsonObject, pointer: string) => void,
): void {
  expectThat(Array.isArray(list), file, path, "must be a list");
  (list as unknown[]).forEach((item, i) => {
    expectThat(isObject(item), file, `${path}/${i}`, "must be an object");
    check(item as JsonObject, `${path}/${i}`);
  });
}
