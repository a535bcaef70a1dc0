/**
 * The rules on bodies exactly as each mail client writes them (tests/fixtures/bodies), with the
 * sample council's own policy and directory: forwarding any of them to a member who was on
 * none of the quoted emails is caught when, and only when, a member wrote one of them.
 */
import * as fs from "fs";
import * as path from "path";
import { check } from "../../../src/core/check";
import { makeDraft } from "../../../src/core/draft";
import { loadDirectory } from "../../../src/core/directory/load";
import { loadPolicy } from "../../../src/core/policy/load";

const root = path.resolve(__dirname, "../../..");
const readJson = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(root, file), "utf8")) as unknown;
const directory = loadDirectory(readJson("config/directory.json"), "config/directory.json");
const policy = loadPolicy(readJson("config/policy.json"), "config/policy.json");

/** Each fixture and the member (by name) who wrote a quoted email in it, if any. */
const FIXTURES: [file: string, memberAuthor: string | undefined][] = [
  ["apple-mail-forward.html", undefined],
  ["apple-mail-reply.html", "Cllr Jane Doe"],
  ["gmail-forward.html", "Cllr Jane Doe"],
  ["gmail-reply-nested-3.html", "Cllr Jane Doe"],
  ["gmail-reply.html", undefined],
  ["outlook-desktop-forward-chain-3.html", "Cllr Jane Doe"],
  ["outlook-desktop-new-message.html", undefined],
  ["outlook-desktop-reply-from-member.html", "Cllr Jane Doe"],
  ["outlook-desktop-reply-hr-2003.html", undefined],
  ["outlook-desktop-reply-mailto-2010.html", "Cllr Amir Khan"],
  ["outlook-mac-olk-reply.html", "Cllr Jane Doe"],
  ["outlook-mac-reply.html", undefined],
  ["outlook-text-chain-3.txt", "Cllr Jane Doe"],
  ["outlook-text-reply.txt", "Cllr Jane Doe"],
  ["outlook-web-forward-chain-3.html", "Cllr Amir Khan"],
  ["outlook-web-reply.html", "Cllr Amir Khan"],
  ["outlook-web-text-reply.txt", undefined],
  ["plain-text-new-message.txt", undefined],
  ["plain-text-reply-nested.txt", undefined],
  ["thunderbird-forward.html", undefined],
  ["thunderbird-reply.html", undefined],
];

test("every fixture body is in the table", () => {
  const files = fs.readdirSync(path.join(root, "tests/fixtures/bodies")).sort();
  expect(FIXTURES.map(([file]) => file).sort()).toEqual(files);
});

test.each(FIXTURES)("%s forwarded to another member", (file, memberAuthor) => {
  const content = fs.readFileSync(path.join(root, "tests/fixtures/bodies", file), "utf8");
  const draft = makeDraft({
    from: { name: "Priya Patel", address: "priya.patel@surreyheath.gov.example" },
    to: [{ name: "Cllr David Okafor", address: "david.okafor@surreyheath-council.example" }],
    subject: "FW: for your information",
    composeType: "forward",
    body: { type: file.endsWith(".txt") ? "text" : "html", content },
  });
  const forwarded = check(draft, policy, directory).filter(
    (f) => f.rule === "member-enquiry-forwarded",
  );
  if (memberAuthor === undefined) {
    expect(forwarded).toEqual([]);
  } else {
    expect(forwarded.length).toBeGreaterThan(0);
    expect(forwarded[0]?.message).toContain(`${memberAuthor}’s email to Cllr David Okafor`);
    expect(forwarded[0]?.recipients).toEqual(["david.okafor@surreyheath-council.example"]);
  }
});
