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

/** RFC 6901: "~" and "/" in a key are escaped in a JSON pointer. */
export function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Throws a ConfigError at `path` unless `ok`. */
export function expectThat(ok: boolean, file: string, path: string, reason: string): void {
  if (!ok) throw new ConfigError(file, path, reason);
}

/** `value` as an object, or a ConfigError at `path` ("" for the whole file). */
export function expectObject(value: unknown, file: string, path: string): JsonObject {
  expectThat(isObject(value), file, path, "must be an object");
  return value as JsonObject;
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

/**
 * Each field type's test and what a field that fails it must be, by the mark after its name:
 * none a string, `[]` a list of strings, `{}` an object, `!` true or false, `#` a whole number.
 */
const FIELD_TYPES: Record<string, [(value: unknown) => boolean, string]> = {
  "": [(value) => typeof value === "string", "must be a string"],
  "[]": [
    (value) => Array.isArray(value) && value.every((item) => typeof item === "string"),
    "must be a list of strings",
  ],
  "{}": [isObject, "must be an object"],
  "!": [(value) => typeof value === "boolean", "must be true or false"],
  "#": [Number.isInteger, "must be a whole number"],
};

/**
 * Checks the named fields of `item` (at `path`), in order, written as a compact list (the on-send
 * script carries every one): `"id name aliases[]? ambiguous!?"` is a string id and name, and, if
 * present (a trailing "?"), a list of strings and true or false. Marks as in FIELD_TYPES.
 */
export function expectFields(item: JsonObject, file: string, path: string, fields: string): void {
  for (const field of fields.split(" ")) {
    const optional = field.endsWith("?");
    const [name = ""] = field.split(/\W/);
    const value = item[name];
    if (value === undefined && optional) continue;
    const [test, reason] = FIELD_TYPES[field.slice(name.length, optional ? -1 : undefined)] ?? [];
    expectThat(test !== undefined && test(value), file, `${path}/${name}`, reason ?? "");
  }
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
    const at = `${path}/${i}`;
    check(expectObject(item, file, at), at);
  });
}
