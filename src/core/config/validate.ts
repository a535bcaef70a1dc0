import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import { ConfigError } from "./errors";
import { pointerToken } from "./shape";

// verbose: errors carry their schema, so a pattern error can quote the schema's description.
const ajv = new Ajv({ allErrors: false, strict: false, verbose: true });
const compiled = new WeakMap<object, ValidateFunction>();

const TYPE_NAMES: Record<string, string> = {
  array: "a list",
  object: "an object",
  integer: "a whole number",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  null: "null",
};

/** "string" → "a string"; ["object", "string"] → "an object or a string". */
function describeTypes(type: unknown): string {
  const types = Array.isArray(type) ? type.map(String) : String(type).split(",");
  return types.map((t) => TYPE_NAMES[t] ?? `a ${t}`).join(" or ");
}

/** ` (expected one of "a", "b")` from the schema's own properties, so a typo shows its correction. */
function knownSettings(error: ErrorObject): string {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  const names = Object.keys(schema?.properties ?? {}).filter((name) => !name.startsWith("$"));
  return names.length > 0
    ? ` (expected one of ${names.map((n) => JSON.stringify(n)).join(", ")})`
    : "";
}

/** Plain English for the JSON Schema keywords our schemas use, for a Monitoring Officer or IT admin. */
function explain(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `"${String(p.missingProperty)}" is missing`;
    case "additionalProperties":
      return `"${String(p.additionalProperty)}" is not a known setting here${knownSettings(error)}`;
    case "enum":
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "type":
      return `must be ${describeTypes(p.type)}`;
    case "minItems":
      return `must have at least ${String(p.limit)} item(s)`;
    case "minLength":
      return String(p.limit) === "1"
        ? "must not be empty"
        : `must be at least ${String(p.limit)} characters`;
    case "minimum":
      return `must be ${String(p.limit)} or more`;
    case "maximum":
      return `must be ${String(p.limit)} or less`;
    case "pattern":
      return `is not in the expected format${error.parentSchema && typeof error.parentSchema === "object" && "description" in error.parentSchema ? ` (${String((error.parentSchema as { description: unknown }).description)})` : ""}`;
    case "format":
      return `is not a valid ${String(p.format)}`;
    case "uniqueItems":
      return "must not contain the same item twice";
    default:
      return error.message ?? "is not valid";
  }
}

/**
 * Validates `data` against a JSON Schema and throws a ConfigError naming the file, the JSON
 * pointer of the first problem and what is wrong with it in plain English.
 */
export function validateAgainstSchema<T>(schema: object, data: unknown, file: string): T {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(data)) {
    const error = (validate.errors ?? [])[0];
    if (!error) throw new ConfigError(file, "", "is not valid");
    // A propertyNames error (a bad key such as a malformed postcode) points at the key itself.
    const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
    const path =
      error.keyword === "additionalProperties"
        ? `${error.instancePath}/${pointerToken(String((error.params as { additionalProperty: string }).additionalProperty))}`
        : error.keyword === "required"
          ? `${error.instancePath}/${pointerToken(String((error.params as { missingProperty: string }).missingProperty))}`
          : propertyName !== undefined
            ? `${error.instancePath}/${pointerToken(propertyName)}`
            : error.instancePath;
    const reason =
      error.keyword === "required" || error.keyword === "additionalProperties"
        ? explain(error).replace(/^"[^"]*" /, "")
        : explain(error);
    throw new ConfigError(file, path, reason);
  }
  return data as T;
}
