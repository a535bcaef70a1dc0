/**
 * Faults injected into the BUILT on-send script (dist/launchevent.js; `npm test` builds it first),
 * loaded into the same Outlook-on-the-web runtime as the bench (scripts/onsend-runtime.ts) with a
 * virtual clock: every Office call the handler makes × never answers, answers twice, throws,
 * fails, answers late; every config file it fetches × 404, network error, hangs, body never
 * arrives, answers late, bad JSON, 50 MB, and each wrong JSON type for the whole file and for
 * every value in it (lists: their first item).
 *
 * The draft: an officer's new mail to a colleague with a councillor (the directory's first member)
 * in Bcc, which the sample policy blocks (bcc-to-members: block), with a constituent's postcode in
 * the body (so the GU16 shard is fetched) and an attached email (so its content is read).
 * For every case:
 * - event.completed is called exactly once, also after every late or duplicate answer has come,
 *   and by 3,000 virtual ms;
 * - when To, Cc and Bcc were read (before the completion) and the policy was good, the Send is not
 *   allowed. "The policy was good": policy.json, its preset and directory.json were served whole
 *   (late or padded still counts), or the handler used what it was served (it did not log
 *   "config unavailable"), or a good copy from an earlier Send stood in.
 * Under a policy that says whenConfigUnavailable: "block", a good policy.json and preset are
 * enough: the draft is never allowed, read or not.
 *
 * Variants: a cold runtime (the first Send); a warm one (a second Send 6 minutes after a good one,
 * so each config file is fetched again with its good copy in memory); the sample policy and the
 * block-when-unavailable one. A second draft, allowed but carrying an earlier attempt's stamp,
 * puts the stamp's removal (the only Office call the first draft never makes) under the same
 * faults.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  answerNormally,
  copy,
  failed,
  loadRuntime,
  STAMP_HEADER,
  statusResponse,
  textResponse,
  type CompletedOptions,
  type ComposeState,
  type OfficeCallControl,
  type OfficeRecipient,
  type ResponseLike,
} from "../../scripts/onsend-runtime";
import { outlookWeb } from "../helpers/mail-bodies";
import { VirtualClock } from "../helpers/virtual-clock";

const ROOT = join(__dirname, "..", "..");
const BUNDLE = join(ROOT, "dist", "launchevent.js");
const CONFIG_DIR = join(ROOT, "config");
const PRESETS_DIR = join(ROOT, "dist", "config", "presets");

/** Office's usual answer time. */
const LATENCY_MS = 20;
/** Every case must have completed by then (the handler's own deadline is 2,500 ms). */
const COMPLETE_BY_MS = 3000;
/** How long each Send is left running: every late or duplicate answer has come by then. */
const RUN_FOR_MS = 20_000;
/** Between the good Send and the faulty one of a warm case: past the 5-minute freshness. */
const WARM_GAP_MS = 6 * 60 * 1000;
/** 16 November 2026, 10:00 UTC, when the virtual clock reads 0. */
const EPOCH = Date.parse("2026-11-16T10:00:00Z");

// ---------------------------------------------------------------------------------------------
// The config

const POLICY = "config/policy.json";
const DIRECTORY = "config/directory.json";
const PRESET_ID = "surrey-heath-borough-council";
const PRESET = `config/presets/${PRESET_ID}.json`;
const SHARD = "config/postcodes/GU16.json";
const CONFIG_FILES = [POLICY, PRESET, DIRECTORY, SHARD];
/** What the decision needs; a shard only helps recognise postcodes. */
const DECISION_FILES = [POLICY, PRESET, DIRECTORY];

type Variant = "sample policy" | "block when unavailable";

const onDisk = (path: string): string =>
  readFileSync(
    path.startsWith("config/presets/")
      ? join(PRESETS_DIR, path.slice("config/presets/".length))
      : join(ROOT, path),
    "utf8",
  );

const SAMPLE_POLICY = JSON.parse(onDisk(POLICY)) as Record<string, unknown>;
const BLOCK_POLICY_TEXT = JSON.stringify(
  Object.assign({}, SAMPLE_POLICY, { whenConfigUnavailable: "block" }),
  null,
  2,
);

/** The good text of a config file, as the variant serves it. */
function goodText(path: string, variant: Variant): string {
  return path === POLICY && variant === "block when unavailable" ? BLOCK_POLICY_TEXT : onDisk(path);
}

// ---------------------------------------------------------------------------------------------
// The drafts

const user = (name: string, address: string): OfficeRecipient => ({
  emailAddress: address,
  displayName: name,
  recipientType: "user",
});
const OFFICER = user("Laura Bennett", "laura.bennett@surreyheath.gov.example");
const COLLEAGUE = user("Sam Patel", "sam.patel@surreyheath.gov.example");
const MEMBERS = (JSON.parse(onDisk(DIRECTORY)) as { members: { name: string; emails: string[] }[] })
  .members;
/** The directory's first member, so a wrong type in members[0] is about the member in Bcc. */
const MEMBER = user(`Cllr ${MEMBERS[0]!.name}`, MEMBERS[0]!.emails[0]!);

const ATTACHED_EML = [
  "From: Pat Resident <pat.resident@example.org>",
  `To: ${OFFICER.displayName} <${OFFICER.emailAddress}>`,
  "Subject: Missed bin collection",
  "Date: Mon, 9 Nov 2026 08:30:00 +0000",
  "",
  "My bin at 12 Beech Road has been missed twice.",
  "",
].join("\r\n");

/** Blocked by the sample policy: a member in Bcc. */
const BCC_DRAFT: ComposeState = {
  to: [COLLEAGUE],
  cc: [],
  bcc: [MEMBER],
  from: OFFICER,
  subject: "Missed assisted collection, Beech Road",
  bodyHtml: outlookWeb(
    [
      "Hi Sam,",
      "The resident at 12 Beech Road, GU16 6HJ, has been missed twice; her email is attached. " +
        "Could the crew supervisor put her back on the assisted collection sheet?",
      "Thanks,",
      "Laura",
    ],
    [],
  ),
  composeType: "newMail",
  sessionData: {},
  internetHeaders: {},
  attachments: [
    { id: "att-1", name: "Missed bin collection.eml", attachmentType: "item", eml: ATTACHED_EML },
  ],
};

/** Allowed, but an earlier blocked attempt's stamp is still on it, so the handler removes it. */
const STAMPED_DRAFT: ComposeState = {
  ...BCC_DRAFT,
  bcc: [],
  attachments: [],
  bodyHtml: outlookWeb(["Hi Sam,", "Could the crew check Beech Road tomorrow?", "Laura"], []),
  internetHeaders: {
    [STAMP_HEADER]: `outcome=block; rules=bcc-to-members; policy=${PRESET_ID}/2026-11-sample-1`,
  },
};

// ---------------------------------------------------------------------------------------------
// The faults

type OfficeFault = (call: OfficeCallControl) => void;

const late =
  (ms: number): OfficeFault =>
  (call) =>
    call.answer(call.result(), ms);

const OFFICE_FAULTS: Record<string, OfficeFault> = {
  "never answers": () => undefined,
  "answers twice": (call) => {
    call.answer(call.result());
    call.answer(failed("answered again"), LATENCY_MS + 1);
  },
  throws: (call) => {
    throw new Error(`${call.name} is not available`);
  },
  fails: (call) => call.answer(failed("Internal error")),
  "answers late (1,000 ms: past the optional-read limit)": late(1000),
  "answers late (2,400 ms: just before the deadline)": late(2400),
  "answers late (5,000 ms: after the deadline)": late(5000),
};

/** The calls the Bcc draft's Send makes (Mailbox 1.15), and the stamped draft's extra one. */
const BCC_DRAFT_CALLS = [
  "to.getAsync",
  "cc.getAsync",
  "bcc.getAsync",
  "subject.getAsync",
  "body.getAsync",
  "from.getAsync",
  "getComposeTypeAsync",
  "getAttachmentsAsync",
  "getAttachmentContentAsync",
  "sessionData.getAllAsync",
  "internetHeaders.getAsync",
  "internetHeaders.setAsync",
];
const STAMPED_DRAFT_CALLS = ["internetHeaders.getAsync", "internetHeaders.removeAsync"];

interface ConfigFault {
  name: string;
  /** The content reaches the handler whole (late, or padded with whitespace). */
  intact: boolean;
  answer(good: string, clock: VirtualClock): Promise<ResponseLike>;
}

const never = () => new Promise<never>(() => undefined);
const PAD_50_MB = " ".repeat(50 * 1024 * 1024);

const FILE_FAULTS: ConfigFault[] = [
  { name: "404", intact: false, answer: () => Promise.resolve(statusResponse(404)) },
  {
    name: "network error",
    intact: false,
    answer: () => Promise.reject(new TypeError("Failed to fetch")),
  },
  { name: "hangs", intact: false, answer: never },
  {
    name: "body never arrives",
    intact: false,
    answer: () => Promise.resolve({ ok: true, status: 200, text: never, json: never }),
  },
  {
    name: "answers late (1,000 ms)",
    intact: true,
    answer: (good, clock) =>
      new Promise((resolve) => clock.setTimeout(() => resolve(textResponse(good)), 1000)),
  },
  {
    name: "bad JSON (cut off half way)",
    intact: false,
    answer: (good) => Promise.resolve(textResponse(good.slice(0, Math.floor(good.length / 2)))),
  },
  {
    name: "50 MB (the file, then 50 MB of spaces)",
    intact: true,
    answer: (good) => Promise.resolve(textResponse(good + PAD_50_MB)),
  },
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TYPES: Array<[string, Json]> = [
  ["null", null],
  ["a boolean", true],
  ["a number", 1],
  ["a string", "x"],
  ["a list", []],
  ["an object", {}],
];

function typeName(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "boolean") return "a boolean";
  return typeof value === "number" ? "a number" : "a string";
}

/** Every value's place in `value` (the root first; of a list, only its first item). */
function* places(value: Json, at: Array<string | number> = []): Generator<Array<string | number>> {
  yield at;
  if (Array.isArray(value)) {
    if (value.length > 0) yield* places(value[0] as Json, [...at, 0]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* places(item, [...at, key]);
  }
}

function valueAt(root: Json, at: Array<string | number>): Json {
  let value = root;
  for (const key of at) value = (value as Record<string | number, Json>)[key] as Json;
  return value;
}

function replaced(root: Json, at: Array<string | number>, by: Json): Json {
  if (at.length === 0) return by;
  const result = copy(root);
  const parent = valueAt(result, at.slice(0, -1)) as Record<string | number, Json>;
  parent[at[at.length - 1] as string | number] = by;
  return result;
}

/** Each value of the file (the file itself first) as each JSON type it is not. */
function wrongTypeFaults(path: string): ConfigFault[] {
  const root = JSON.parse(onDisk(path)) as Json;
  const faults: ConfigFault[] = [];
  for (const at of places(root)) {
    const own = typeName(valueAt(root, at));
    for (const [name, by] of TYPES) {
      if (name === own) continue;
      const where = at.length === 0 ? "the whole file" : `/${at.join("/")}`;
      faults.push({
        name: `${where} is ${name}`,
        intact: false,
        // Laid over the variant's own good text (the block policy's for policy.json).
        answer: (good) =>
          Promise.resolve(textResponse(JSON.stringify(replaced(JSON.parse(good) as Json, at, by)))),
      });
    }
  }
  return faults;
}

// ---------------------------------------------------------------------------------------------
// The cases

interface Case {
  title: string;
  kind: string;
  draft: ComposeState;
  variant: Variant;
  /** A second Send, 6 minutes after a good first one in the same runtime. */
  warm: boolean;
  office?: { call: string; fault: OfficeFault };
  config?: { path: string; fault: ConfigFault };
  completedThrows?: boolean;
  /** Must not be allowed: when the recipients were read and the policy was good (see the top). */
  guarded: "when read" | "always" | "never";
  /** The policy is good whatever the handler logs. */
  policyGood: boolean;
}

function officeCases(variant: Variant): Case[] {
  const cases: Case[] = [];
  const add = (draft: ComposeState, label: string, calls: string[], guarded: Case["guarded"]) => {
    for (const call of calls) {
      for (const [name, fault] of Object.entries(OFFICE_FAULTS)) {
        cases.push({
          title: `${variant}, ${label}: ${call} ${name}`,
          kind: `Office call (${label})`,
          draft,
          variant,
          warm: false,
          office: { call, fault },
          guarded,
          policyGood: true,
        });
      }
    }
  };
  const bccGuard = variant === "block when unavailable" ? "always" : "when read";
  add(BCC_DRAFT, "Bcc draft", BCC_DRAFT_CALLS, bccGuard);
  add(STAMPED_DRAFT, "stamped allowed draft", STAMPED_DRAFT_CALLS, "never");
  cases.push({
    title: `${variant}, Bcc draft: event.completed throws`,
    kind: "Office call (Bcc draft)",
    draft: BCC_DRAFT,
    variant,
    warm: false,
    completedThrows: true,
    guarded: bccGuard,
    policyGood: true,
  });
  return cases;
}

function configCases(variant: Variant, warm: boolean): Case[] {
  const cases: Case[] = [];
  for (const path of CONFIG_FILES) {
    for (const fault of [...FILE_FAULTS, ...wrongTypeFaults(path)]) {
      const needed = variant === "block when unavailable" ? [POLICY, PRESET] : DECISION_FILES;
      cases.push({
        title: `${variant}, ${warm ? "warm" : "cold"}: ${path} ${fault.name}`,
        kind: `config file (${warm ? "warm" : "cold"})`,
        draft: BCC_DRAFT,
        variant,
        warm,
        config: { path, fault },
        guarded: variant === "block when unavailable" ? "always" : "when read",
        // Warm: the good copies from the first Send stand in.
        policyGood: warm || fault.intact || !needed.includes(path),
      });
    }
  }
  return cases;
}

const CASES: Case[] = [
  ...officeCases("sample policy"),
  ...configCases("sample policy", false),
  ...configCases("sample policy", true),
  ...officeCases("block when unavailable"),
  ...configCases("block when unavailable", false),
];

// ---------------------------------------------------------------------------------------------
// Running one

interface Completion {
  at: number;
  options: CompletedOptions;
}

interface Outcome {
  completions: Completion[];
  /** To, Cc and Bcc each answered with success before the first completion. */
  recipientsRead: boolean;
  /** The handler did not use the config it was served (nor a good copy). */
  configUnavailable: boolean;
  logs: string[];
  rejected?: unknown;
}

const RECIPIENT_CALLS = ["to.getAsync", "cc.getAsync", "bcc.getAsync"];

async function run(c: Case): Promise<Outcome> {
  const clock = new VirtualClock();
  const logs: string[] = [];
  let faulty = !c.warm;
  let completed = false;
  const read = new Set<string>();
  const runtime = loadRuntime({
    bundlePath: BUNDLE,
    configDir: CONFIG_DIR,
    presetsDir: PRESETS_DIR,
    latencyMs: LATENCY_MS,
    fetched: [],
    logs,
    timers: clock,
    now: () => EPOCH + clock.now(),
    office: (call) =>
      faulty && c.office?.call === call.name ? c.office.fault(call) : answerNormally(call),
    fetch: (url, serve) => {
      const path = CONFIG_FILES.find((p) => url.endsWith(`/${p}`));
      if (faulty && path !== undefined && c.config?.path === path)
        return c.config.fault.answer(goodText(path, c.variant), clock);
      if (path === POLICY && c.variant === "block when unavailable")
        return Promise.resolve(textResponse(BLOCK_POLICY_TEXT));
      return serve();
    },
    onAnswer: (name, result) => {
      if (!completed && result.status === "succeeded") read.add(name);
    },
  });

  const send = async () => {
    const start = clock.now();
    const completions: Completion[] = [];
    let rejected: unknown;
    completed = false;
    read.clear();
    logs.length = 0;
    runtime.compose(c.draft);
    const event = {
      completed: (options?: CompletedOptions) => {
        completions.push({ at: clock.now() - start, options: options ? copy(options) : {} });
        completed = true;
        if (c.completedThrows && faulty) throw new Error("event.completed: internal error");
      },
    };
    Promise.resolve(runtime.handler(event)).catch((error: unknown) => (rejected = error));
    await clock.run(start + RUN_FOR_MS);
    return { completions, rejected };
  };

  if (c.warm) {
    await send();
    await clock.run(clock.now() + WARM_GAP_MS);
    faulty = true;
  }
  const { completions, rejected } = await send();
  return {
    completions,
    recipientsRead: RECIPIENT_CALLS.every((call) => read.has(call)),
    configUnavailable: logs.some((line) => line.includes("config unavailable")),
    logs: [...logs],
    rejected,
  };
}

function whatCompleted(options: CompletedOptions): string {
  if (options.allowEvent === true) return "allowed";
  let outcome = "held";
  try {
    const context = JSON.parse(options.contextData ?? "{}") as { outcome?: string };
    if (context.outcome) outcome = `held (${context.outcome})`;
  } catch {
    // not JSON: held, no context
  }
  return options.sendModeOverride ? `${outcome}, Send Anyway` : outcome;
}

function problemsOf(c: Case, outcome: Outcome): string[] {
  const problems: string[] = [];
  const { completions } = outcome;
  if (completions.length !== 1) problems.push(`event.completed called ${completions.length} times`);
  const first = completions[0];
  if (first && first.at > COMPLETE_BY_MS) problems.push(`completed at ${first.at} ms`);
  const policyGood = c.policyGood || !outcome.configUnavailable;
  const guarded =
    c.guarded === "always"
      ? policyGood
      : c.guarded === "when read" && outcome.recipientsRead && policyGood;
  if (guarded && first?.options.allowEvent === true) {
    problems.push(
      `allowed at ${first.at} ms although ${c.guarded === "always" ? "the policy says block when unavailable" : "its recipients were read and the policy was good"}` +
        ` (logged: ${outcome.logs.join(" | ") || "nothing"})`,
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The tests

/**
 * Cases the current handler gets wrong, by title, with why (none today). Each runs as
 * `test.failing`, which keeps the suite green and turns red once the problem is fixed.
 */
const KNOWN_FAILURES = new Map<string, string>();

interface Tally {
  cases: number;
  passed: number;
  outcomes: Map<string, number>;
}
const tallies = new Map<string, Tally>();
const failures: string[] = [];

function tally(c: Case, outcome: Outcome, problems: string[]): void {
  const t = tallies.get(c.kind) ?? { cases: 0, passed: 0, outcomes: new Map<string, number>() };
  tallies.set(c.kind, t);
  t.cases++;
  if (problems.length === 0) t.passed++;
  else
    failures.push(
      `${KNOWN_FAILURES.has(c.title) ? "KNOWN" : "FAIL"} ${c.title}: ${problems.join("; ")}`,
    );
  const first = outcome.completions[0];
  const what = first ? whatCompleted(first.options) : "never completed";
  t.outcomes.set(what, (t.outcomes.get(what) ?? 0) + 1);
}

afterAll(() => {
  const lines = ["Fault injection over dist/launchevent.js:"];
  let cases = 0;
  let passed = 0;
  for (const [kind, t] of tallies) {
    cases += t.cases;
    passed += t.passed;
    const outcomes = [...t.outcomes].map(([what, n]) => `${what} ${n}`).join(", ");
    lines.push(`  ${kind}: ${t.cases} cases, ${t.passed} pass (${outcomes})`);
  }
  const known = failures.filter((f) => f.startsWith("KNOWN")).length;
  lines.push(
    `  all: ${cases} cases, ${passed} pass, ${cases - passed} fail (${known} known: test.failing)`,
  );
  for (const failure of failures) lines.push(`  ${failure}`);
  console.log(lines.join("\n"));
});

describe.each(["sample policy", "block when unavailable"])("%s", (variant) => {
  const cases = CASES.filter((c) => c.variant === variant);
  for (const c of cases) {
    const known = KNOWN_FAILURES.get(c.title);
    const body = async () => {
      const outcome = await run(c);
      const problems = problemsOf(c, outcome);
      tally(c, outcome, problems);
      expect(problems).toEqual([]);
    };
    // A known failure names its problem in KNOWN_FAILURES.
    (known ? test.failing : test)(c.title, body);
  }
});

test("every case ran", () => {
  expect(CASES.length).toBeGreaterThan(1000);
});
