/** Reading the client body fixtures in tests/fixtures/bodies (shared with rule and CLI tests). */
import * as fs from "fs";
import * as path from "path";
import type { DraftBody } from "../../../src/core/draft";

export const BODIES_DIR = path.resolve(__dirname, "../../fixtures/bodies");

/** A fixture as a draft body: `.txt` files are plain text, the rest HTML. */
export function readBody(name: string): DraftBody {
  const content = fs.readFileSync(path.join(BODIES_DIR, name), "utf8");
  return { type: name.endsWith(".txt") ? "text" : "html", content };
}

export function bodyFixtureNames(): string[] {
  return fs
    .readdirSync(BODIES_DIR)
    .filter((name) => name.endsWith(".html") || name.endsWith(".txt"))
    .sort();
}

/** The synthetic people the fixtures use. */
export const PEOPLE = {
  jane: "jane.doe@surreyheath-council.example",
  amir: "amir.khan@surreyheath-council.example",
  priya: "priya.patel@surreyheath.gov.example",
  tom: "tom.baker@mail.example",
} as const;
