/**
 * Acceptance check against real client HTML (Mailgun talon's fixtures): the officer's new text,
 * the number of quoted messages and the first quoted sender, for every English-language file.
 * Russian-language files are nice-to-have; they are checked too, as they currently pass.
 */
import * as fs from "fs";
import * as path from "path";
import { parseQuotedHistory } from "../../../src/core/quoted";

/** A copy kept in the repository (with talon's README and licence), so a clone alone runs it. */
const CORPUS_DIR = path.resolve(__dirname, "../../fixtures/corpora/talon-html-replies");

interface Expectation {
  newText: string;
  quotedMessages: number;
  quotedFrom?: string;
  language?: string;
}

const expected = JSON.parse(
  fs.readFileSync(path.join(CORPUS_DIR, "expected.json"), "utf8"),
) as Record<string, Expectation>;

const withoutWhitespace = (text: string): string => text.replace(/\s+/g, "");

const entries = Object.entries(expected).map(([file, expectation]) => ({ file, ...expectation }));
const english = entries.filter((entry) => entry.language !== "ru");
const russian = entries.filter((entry) => entry.language === "ru");

function check(entry: (typeof entries)[number]): void {
  const content = fs.readFileSync(path.join(CORPUS_DIR, entry.file), "utf8");
  const history = parseQuotedHistory({ type: "html", content });

  expect(withoutWhitespace(history.newText)).toBe(withoutWhitespace(entry.newText));
  expect(history.messages).toHaveLength(entry.quotedMessages);
  if (entry.quotedFrom !== undefined) {
    const sender = history.messages[0]?.from[0];
    // An address where the expected value is one, else the display name.
    const actual = entry.quotedFrom.includes("@") ? sender?.address : sender?.name;
    expect(actual).toBe(entry.quotedFrom);
  }
}

test("the corpus is in the repository, with its licence", () => {
  expect(fs.existsSync(path.join(CORPUS_DIR, "LICENSE"))).toBe(true);
  expect(english.length).toBeGreaterThanOrEqual(8);
});

describe("talon HTML replies (English, required)", () => {
  test.each(english)("$file", (entry) => check(entry));
});

describe("talon HTML replies (Russian, nice to have)", () => {
  test.each(russian)("$file", (entry) => check(entry));
});
