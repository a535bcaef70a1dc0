/**
 * One contract for config, on send and off: the on-send script's shape checks
 * (src/core/config/schemas.on-send.ts, which stand in for ajv in launchevent.js) against the JSON
 * Schemas the CLI and the admin page use. Every field path of a full policy.json and of a
 * directory.json is damaged in turn, by fast-check:
 *
 * - a file the schema accepts is accepted on send too;
 * - a value of the wrong JSON type, or a required field taken away, is refused on send exactly
 *   when the schema refuses it, for every field the send path reads, naming the file and a field
 *   at or above the damage (so the last good copy is used and the refusal can be found);
 * - whatever the send path does accept, every rule then runs without throwing and the Send stamp
 *   is written (a damaged value the schema would refuse may pass only where it cannot break a
 *   check: a pattern, a range, a list's uniqueness, which the files' publishers check in full).
 *
 * This file runs the core modules as launchevent.js is built: `config/schemas` is the on-send one.
 */
import fc from "fast-check";
import type { ConfigError } from "../../../src/core/config/errors";
import { makeDraft, type Draft } from "../../../src/core/draft";
import { RULE_IDS } from "../../../src/core/policy/types";
import type * as fullCheckModule from "../../../src/core/check";
import * as fullDirectory from "../../../src/core/directory/load";
import * as fullPolicy from "../../../src/core/policy/load";
import directoryJson from "../../fixtures/council/directory.json";
import { outlookDesktop } from "../../helpers/mail-bodies";
import { people } from "../rules/rule-tester";

/** The same modules as launchevent.js is built from: `config/schemas` is the on-send one. */
const onSend = (() => {
  let modules:
    | {
        check: typeof fullCheckModule;
        directory: typeof fullDirectory;
        schemas: typeof import("../../../src/core/config/schemas.on-send");
        resolve: typeof import("../../../src/core/policy/resolve");
        presets: typeof import("../../../src/core/policy/presets");
        stamp: typeof import("../../../src/launchevent/stamp");
      }
    | undefined;
  // Modules required inside isolateModules get the mocked schemas; the imports above do not.
  /* eslint-disable @typescript-eslint/no-require-imports */
  jest.isolateModules(() => {
    jest.doMock("../../../src/core/config/schemas", () =>
      jest.requireActual("../../../src/core/config/schemas.on-send"),
    );
    modules = {
      check: require("../../../src/core/check"),
      directory: require("../../../src/core/directory/load"),
      schemas: require("../../../src/core/config/schemas"),
      resolve: require("../../../src/core/policy/resolve"),
      presets: require("../../../src/core/policy/presets"),
      stamp: require("../../../src/launchevent/stamp"),
    };
  });
  /* eslint-enable @typescript-eslint/no-require-imports */
  return modules!;
})();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A policy.json with every field the schema has, each rule with all its options. */
const FULL_POLICY: Json = {
  $schema: "./policy.schema.json",
  preset: "surrey-heath-borough-council",
  council: "Surrey Heath Borough Council",
  protocol: {
    name: "Member/Officer Protocol",
    adopted: "2024-05-21",
    url: "https://www.surreyheath.gov.example/constitution",
    text: "7.1 There should be no silent or blind copies of emails to members.",
  },
  version: "2026-12-1",
  updated: "2026-12-01",
  notes: "Agreed by the Monitoring Officer.",
  rules: {
    "bcc-to-members": {
      severity: "block",
      options: { anyBccWhenMemberIsRecipient: true, matchCllrDisplayNames: true },
      citations: [{ paragraph: "7.1", quote: "There should be no silent or blind copies" }],
    },
    "member-enquiry-forwarded": {
      severity: "warn",
      options: { chainThreshold: 3 },
      citations: [{ paragraph: "7.2", quote: "Seek agreement before forwarding" }],
    },
    "portfolio-holder-copied": {
      severity: "warn",
      options: {
        alsoOtherMembers: false,
        roleKinds: ["leader", "portfolio-holder"],
        enquiryWords: ["your enquiry", "casework"],
      },
    },
    "local-members-not-copied": {
      severity: "block",
      options: {
        triggerWords: ["public meeting", "road closure"],
        caseworkWords: ["your constituent"],
        addTo: "cc",
      },
    },
  },
  whenConfigUnavailable: "block",
};

const FULL_DIRECTORY = directoryJson as unknown as Json;

/**
 * Fields no part of the send path reads (the rules, the stamp, the alert): on send they may hold
 * anything; what matters there is only that the check still runs.
 */
const NOT_READ_ON_SEND = {
  policy: [
    "/$schema",
    "/notes",
    "/protocol/adopted",
    "/protocol/url",
    "/protocol/text",
    // What Add local members adds to: fixes are the task pane's, not the on-send script's.
    "/rules/local-members-not-copied/options/addTo",
  ],
  // The directory's own name and date, and members' parties, are for the admin page.
  directory: ["/$schema", "/council", "/updated", "/notes", /^\/members\/\d+\/party$/],
};

const council = people.doe.address?.split("@")[1] ?? "";

/** Drafts that reach every rule and every part of the directory. */
const DRAFTS: Draft[] = [
  makeDraft({ to: [people.priya], bcc: [people.doe, people.resident], subject: "Road works" }),
  makeDraft({
    composeType: "forward",
    to: [people.khan],
    subject: "FW: Parking on Guildford Road",
    body: {
      type: "html",
      content: outlookDesktop(
        ["Amir, see below."],
        [
          {
            from: people.doe,
            to: [people.priya],
            sent: "Monday, 9 November 2026 10:02",
            subject: "Parking on Guildford Road",
            text: ["My constituent at GU16 6AA asks about parking."],
          },
        ],
      ),
    },
  }),
  makeDraft({
    to: [people.doe],
    cc: [people.whitfield, people.executive, people.allMembers],
    subject: "Your enquiry: public meeting in Frimley Green",
    body: {
      type: "text",
      content:
        "Dear Cllr Doe, about your enquiry: the public meeting in Mytchett & Deepcut, GU16 6HN.",
    },
  }),
  makeDraft({
    to: [{ name: "Smith, John (Cllr)", address: `john.smith@${council}` }],
    subject: "Road closure at GU15 3HD",
    body: { type: "text", content: "A road closure in Frimley is planned (gu15 3hd)." },
  }),
];

type OnSendDirectory = ReturnType<typeof onSend.directory.loadDirectory>;
type OnSendPolicy = ReturnType<typeof onSend.resolve.resolvePolicy>;

/** How the on-send script reads policy.json: shape check, then laid over its preset. */
const onSendPolicy = (json: unknown, file: string): OnSendPolicy => {
  const checked = onSend.schemas.checkPolicyFile(json, file);
  return onSend.resolve.resolvePolicy(checked, onSend.presets.getPreset(checked.preset));
};
const directory = onSend.directory.loadDirectory(FULL_DIRECTORY, "directory.json");
const policy = onSendPolicy(FULL_POLICY, "policy.json");

/** What the send path does with the files: every rule over every draft, then the stamp. */
function runChecks(usePolicy: OnSendPolicy, useDirectory: OnSendDirectory): void {
  for (const draft of DRAFTS) {
    const result = onSend.check.checkDraft(draft, usePolicy, useDirectory);
    expect(result.failures.map((f) => `${f.rule}: ${String(f.error)}`)).toEqual([]);
  }
  onSend.stamp.stampHeaderValue({ outcome: "block", rules: RULE_IDS, policy: usePolicy });
}

/** A ConfigError of either module graph (the on-send one has its own class). */
const isConfigError = (error: unknown): error is ConfigError =>
  error instanceof Error && error.name === "ConfigError";

type Verdict = { ok: true } | { ok: false; error: unknown };

function verdict(run: () => void): Verdict {
  try {
    run();
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Every path in `json`, as JSON pointers ("" for the whole file), parents first. */
function pathsOf(json: Json, at = ""): string[] {
  if (json === null || typeof json !== "object") return [at];
  const children = Array.isArray(json)
    ? json.map((item, i) => pathsOf(item, `${at}/${i}`))
    : Object.entries(json).map(([key, value]) =>
        pathsOf(value, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`),
      );
  return [at, ...children.flat()];
}

const tokens = (pointer: string) =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));

function valueAt(json: Json, pointer: string): Json | undefined {
  let node: Json | undefined = json;
  for (const token of tokens(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = Array.isArray(node) ? node[Number(token)] : node[token];
  }
  return node;
}

const DELETE = Symbol("delete");

/** `json` with the value at `pointer` replaced (or taken away: an array item is then spliced out). */
function damaged(json: Json, pointer: string, value: Json | typeof DELETE): Json {
  const copy = structuredClone(json);
  const path = tokens(pointer);
  const last = path.pop() as string;
  const parent = valueAt(copy, path.length ? `/${path.join("/")}` : "") as
    Json[] | Record<string, Json>;
  if (Array.isArray(parent)) {
    if (value === DELETE) parent.splice(Number(last), 1);
    else parent[Number(last)] = value;
  } else if (value === DELETE) delete parent[last];
  else parent[last] = value;
  return copy;
}

const jsonType = (value: Json) =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value;

/** Fields the schema lets hold another JSON type than the full file's: a folder for a map. */
const ALSO_ALLOWED: Record<string, string> = { "/postcodes": "string" };

/**
 * Damage of type, not of value: a JSON type the schema does not allow there, a fraction for a
 * whole number, or a field taken away (an item taken out of a list only shortens it).
 */
function isTypeDamage(full: Json, pointer: string, value: Json | typeof DELETE): boolean {
  const original = valueAt(full, pointer) as Json;
  if (value === DELETE)
    return !Array.isArray(valueAt(full, pointer.slice(0, pointer.lastIndexOf("/"))));
  const type = jsonType(value);
  if (type !== jsonType(original) && type !== ALSO_ALLOWED[pointer]) return true;
  return typeof original === "number" && Number.isInteger(original) && !Number.isInteger(value);
}

const readOnSend = (notRead: ReadonlyArray<string | RegExp>, pointer: string) =>
  !notRead.some((p) =>
    typeof p === "string" ? pointer === p || pointer.startsWith(`${p}/`) : p.test(pointer),
  );

/** The damage a field may take: any JSON value, or none at all. */
const damage: fc.Arbitrary<Json | typeof DELETE> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(DELETE) },
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
);

interface FileUnderTest {
  name: string;
  file: string;
  full: Json;
  notRead: ReadonlyArray<string | RegExp>;
  /** How the CLI and the admin page read it: ajv with the JSON Schema, then the loader's checks. */
  published: (json: Json, file: string) => void;
  /** How the on-send script reads and uses it. */
  sent: (json: Json, file: string) => void;
}

const FILES: FileUnderTest[] = [
  {
    name: "policy.json",
    file: "config/policy.json",
    full: FULL_POLICY,
    notRead: NOT_READ_ON_SEND.policy,
    published: (json, file) => void fullPolicy.loadPolicy(json, file),
    sent: (json, file) => runChecks(onSendPolicy(json, file), directory),
  },
  {
    name: "directory.json",
    file: "config/directory.json",
    full: FULL_DIRECTORY,
    notRead: NOT_READ_ON_SEND.directory,
    published: (json, file) => void fullDirectory.loadDirectory(json, file),
    sent: (json, file) => runChecks(policy, onSend.directory.loadDirectory(json, file)),
  },
];

describe.each(FILES)(
  "$name on send and where it is published",
  ({ file, full, notRead, published, sent: send }) => {
    test("the undamaged file is accepted by both and every rule runs", () => {
      expect(verdict(() => published(full, file))).toEqual({ ok: true });
      expect(verdict(() => send(full, file))).toEqual({ ok: true });
    });

    test.each(pathsOf(full).filter((p) => p !== ""))("damage at %s", (pointer) => {
      fc.assert(
        fc.property(damage, (value) => {
          const json = damaged(full, pointer, value);
          const schemaOk = verdict(() => published(json, file)).ok;
          const sent = verdict(() => send(json, file));
          // The test's own expectations (a rule failing) are not a refusal: they fail the test.
          if (!sent.ok && !isConfigError(sent.error)) throw sent.error;
          if (schemaOk) expect(sent).toEqual({ ok: true });
          if (!sent.ok) {
            // A refusal names the file and a field there is (or the object that lost it).
            const error = sent.error as ConfigError;
            expect(error.file).toBe(file);
            const parent = error.path.slice(0, error.path.lastIndexOf("/"));
            expect(valueAt(json, error.path) ?? valueAt(json, parent)).toBeDefined();
          }
          if (readOnSend(notRead, pointer) && isTypeDamage(full, pointer, value))
            expect({ pointer, value, refused: !sent.ok }).toEqual({
              pointer,
              value,
              refused: !schemaOk,
            });
        }),
        { numRuns: 30, seed: 20261203 },
      );
    });
  },
);
