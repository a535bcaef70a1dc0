/**
 * The BUILT on-send script in a runtime with ES2016's standard library only, as classic Outlook
 * before build 2403: every built-in added since (Object.entries, flatMap, trimEnd, globalThis,
 * Promise.prototype.finally…) deleted, and RegExp refusing later flags and syntax. acorn checks
 * the syntax (dist.test.ts); this checks what the script calls. Each draft must complete exactly
 * as it does in a full runtime, with nothing logged as failing.
 */
import { join } from "node:path";
import { DRAFTS, outcomeOf } from "../../scripts/bench-onsend";
import {
  copy,
  loadRuntime,
  POST_ES2016_BUILTINS,
  type CompletedOptions,
  type ComposeState,
  type OfficeRecipient,
} from "../../scripts/onsend-runtime";
import { outlookWeb } from "../helpers/mail-bodies";

const ROOT = join(__dirname, "..", "..");
const BUNDLE = join(ROOT, "dist", "launchevent.js");

const user = (displayName: string, emailAddress: string): OfficeRecipient => ({
  emailAddress,
  displayName,
  recipientType: "user",
});

/**
 * Cllr Jane Doe's email about a blocked drain, forwarded as an attachment to a colleague with
 * Cllr Amir Khan in Bcc: the tokenizer, the .eml reader, a postcode shard and the alert all run.
 */
const FORWARD_WITH_BCC: ComposeState = {
  to: [user("Sam Patel", "sam.patel@surreyheath.gov.example")],
  cc: [],
  bcc: [user("Cllr Amir Khan", "amir.khan@surreyheath-council.example")],
  from: user("Laura Bennett", "laura.bennett@surreyheath.gov.example"),
  subject: "FW: Blocked drain, Guildford Road",
  bodyHtml: outlookWeb(
    [
      "Hi Sam,",
      "Cllr Doe's email is attached: the gully outside 40 Guildford Road, GU16 6PU, is blocked.",
      "Laura",
    ],
    [],
  ),
  composeType: "forward",
  sessionData: {},
  internetHeaders: {},
  attachments: [
    {
      id: "att-1",
      name: "Blocked drain.eml",
      attachmentType: "item",
      eml: [
        "From: Cllr Jane Doe <jane.doe@surreyheath-council.example>",
        "To: Laura Bennett <laura.bennett@surreyheath.gov.example>",
        "Subject: Blocked drain, Guildford Road",
        "Date: Mon, 9 Nov 2026 08:30:00 +0000",
        'Content-Type: text/html; charset="utf-8"',
        "",
        "<p>Residents tell me the gully outside 40&nbsp;Guildford Road is blocked again.</p>",
        "",
      ].join("\r\n"),
    },
  ],
};

const SENDS: [string, ComposeState][] = [
  ["a reply that is allowed", DRAFTS.allow.state],
  ["a reply copying a cabinet member (warn)", DRAFTS.stopping.state],
  ["a forward with a member in Bcc (block)", FORWARD_WITH_BCC],
];

interface Sent {
  options: CompletedOptions[];
  logs: string[];
}

async function send(state: ComposeState, es2016Only: boolean): Promise<Sent> {
  const logs: string[] = [];
  const runtime = loadRuntime({
    bundlePath: BUNDLE,
    configDir: join(ROOT, "config"),
    presetsDir: join(ROOT, "dist", "config", "presets"),
    latencyMs: 1,
    fetched: [],
    logs,
    es2016Only,
  });
  runtime.compose(state);
  const options: CompletedOptions[] = [];
  await new Promise<void>((done, fail) => {
    const event = {
      completed: (given?: CompletedOptions) => {
        options.push(given === undefined ? {} : copy(given));
        done();
      },
    };
    Promise.resolve(runtime.handler(event)).catch(fail);
  });
  // Let the calls issued before completion answer (the stamp write is not waited for).
  await new Promise((settled) => setTimeout(settled, 50));
  return { options, logs };
}

describe("the ES2016 runtime", () => {
  const runtimeOf = (es2016Only: boolean) =>
    loadRuntime({
      bundlePath: BUNDLE,
      configDir: join(ROOT, "config"),
      presetsDir: join(ROOT, "dist", "config", "presets"),
      latencyMs: 1,
      fetched: [],
      logs: [],
      es2016Only,
    });
  const full = runtimeOf(false);
  const es2016 = runtimeOf(true);
  const present = (runtime: typeof full, path: string) =>
    runtime.evaluate(
      `(() => { try { return typeof ${path} !== "undefined"; } catch (e) { return false; } })()`,
    );

  test("lacks every later built-in that this Node has", () => {
    const inNode = POST_ES2016_BUILTINS.filter((path) => present(full, path));
    expect(inNode.length).toBeGreaterThan(30);
    expect(inNode.filter((path) => present(es2016, path))).toEqual([]);
    expect(present(es2016, "Array.prototype.includes")).toBe(true);
  });

  test("refuses regular expressions ES2016 cannot compile, and keeps the rest", () => {
    const compiles = (expression: string) =>
      es2016.evaluate(
        `(() => { try { ${expression}; return true; } catch (e) { return false; } })()`,
      );
    expect(compiles('RegExp("a.b", "s")')).toBe(false);
    expect(compiles('new RegExp("(?<=Cllr )\\\\w+")')).toBe(false);
    expect(compiles('new RegExp("(?<name>x)", "u")')).toBe(false);
    expect(compiles('new RegExp("\\\\p{L}", "u")')).toBe(false);
    expect(compiles('new RegExp("^(?:re|fw):\\\\s*", "gi")')).toBe(true);
    expect(es2016.evaluate('new RegExp("a") instanceof RegExp && /a/ instanceof RegExp')).toBe(
      true,
    );
  });
});

describe.each(SENDS)("%s", (_title, state) => {
  test("completes as in a full runtime, nothing failing", async () => {
    const full = await send(state, false);
    const es2016 = await send(state, true);
    expect(es2016.options).toHaveLength(1);
    expect(es2016.options).toEqual(full.options);
    expect(
      es2016.logs.filter((line) => /fail|not a function|not defined|ES2016/i.test(line)),
    ).toEqual([]);
  });
});

test("each draft gives the outcome it stands for", async () => {
  const outcomes = [];
  for (const [, state] of SENDS) outcomes.push(outcomeOf((await send(state, true)).options[0]!));
  expect(outcomes.map((o) => o.outcome)).toEqual(["allow", "warn", "block"]);
  expect(outcomes[2]!.stoppingRules).toContain("bcc-to-members");
  expect(POST_ES2016_BUILTINS).toContain("Array.prototype.flatMap");
});
