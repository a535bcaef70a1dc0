import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import { ConfigError } from "./errors";

const ajv = new Ajv({ allErrors: false, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

/** Plain English for the JSON Schema keywords our schemas use, for a Monitoring Officer or IT admin. */
function explain(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `"${String(p.missingProperty)}" is missing`;
    case "additionalProperties":
      return `"${String(p.additionalProperty)}" is not a known setting here`;
    case "enum":
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "type":
      return `must be ${String(p.type) === "array" ? "a list" : `a ${String(p.type)}`}`;
    case "minItems":
      return `must have at least ${String(p.limit)} item(s)`;
    case "minLength":
      return String(p.limit) === "1" ? "must not be empty" : `must be at least ${String(p.limit)} characters`;
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
    const path =
      error.keyword === "additionalProperties"
        ? `${error.instancePath}/${String((error.params as { additionalProperty: string }).additionalProperty)}`
        : error.keyword === "required"
          ? `${error.instancePath}/${String((error.params as { missingProperty: string }).missingProperty)}`
          : error.instancePath;
    const reason =
      error.keyword === "required" || error.keyword === "additionalProperties"
        ? explain(error).replace(/^"[^"]*" /, "")
        : explain(error);
    throw new ConfigError(file, path, reason);
  }
  return data as T;
}

/** JSON.parse that reports a syntax error as a ConfigError for the file. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(file, "", `is not valid JSON (${(error as Error).message})`);
  }
}
