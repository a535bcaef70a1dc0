/**
 * The on-send half of `npm run bench`: how long the BUILT OnMessageSend handler (dist/launchevent.js,
 * the file classic Outlook runs) takes from `handler(event)` to `event.completed(options)` when every
 * Office call answers after `latencyMs` (20 ms by default, a fair figure for Outlook on the web).
 * Goal: ≤ 1.5 Office round trips, i.e. the checking itself must cost well under one round trip.
 *
 * The file is loaded into a Node `vm` context shaped like Outlook on the web's runtime
 * (scripts/onsend-runtime.ts): a mock `Office` (a compose message, Mailbox 1.15, the enums),
 * `Office.actions.associate`, a `fetch` that serves config/ from disk at once (the sample council's files from the repository, the presets
 * from the build beside the bundle: config/presets/ is written by the build), timers and a
 * console, and no `OfficeRuntime`. The handler is the function the file handed to
 * `Office.actions.associate` at load.
 *
 * Two drafts from the sample council (config/directory.json, config/policy.json), both an officer's
 * Outlook on the web reply to Cllr Jane Doe's enquiry for a constituent, quoting it (its postcode
 * makes the cold run load the GU16 shard):
 * - "allow": just Cllr Doe in To;
 * - "stopping": the same with Cllr Victoria Lane (Portfolio Holder for Environment and Community)
 *   in Cc. The sample policy leaves portfolio-holder-copied (and member-enquiry-forwarded, since the
 *   quoted enquiry now reaches a member who was not on it) at the Surrey Heath preset's "warn", so
 *   this completes with Send Anyway (sendModeOverride: promptUser) once it has issued the
 *   X-Member-Mail-Check stamp write (a second Office call, after the reads, whose answer the
 *   handler does not wait for: so it counts in `officeTrips` but not in the time).
 *
 * The first Send in a fresh context is the cold run (config fetched and parsed, shards loaded);
 * then `runs` warm Sends of each draft, each on a freshly composed item. Besides the times, each
 * draft reports how many Office calls had to wait for one another (`officeTrips`), a count that
 * does not depend on the clock, and the options `event.completed` received.
 */
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { clearTimeout, setTimeout } from "node:timers";
import { findPackage } from "../src/cli/package-root";
import { outlookWeb, type ChainMessage } from "../tests/helpers/mail-bodies";
import {
  copy,
  displayPath,
  loadRuntime,
  STAMP_HEADER,
  type CompletedOptions,
  type ComposeState,
  type OfficeRecipient,
  type Runtime,
} from "./onsend-runtime";

export {
  HANDLER_NAME,
  missingBundleMessage,
  STAMP_HEADER,
  type CompletedOptions,
} from "./onsend-runtime";

export const DEFAULT_LATENCY_MS = 20;
export const DEFAULT_RUNS = 30;
/** If the handler has not completed by then something is badly wrong (its own deadline is 2.5 s). */
const GIVE_UP_MS = 10_000;

export interface OnSendBenchOptions {
  /** Default: <repo>/dist/launchevent.js. */
  bundlePath?: string;
  /** The folder served as config/. Default: <repo>/config. */
  configDir?: string;
  /** The folder served as config/presets/. Default: config/presets beside the bundle. */
  presetsDir?: string;
  /** How long every Office call takes to answer. Default 20 ms. */
  latencyMs?: number;
  /** Warm runs per draft. Default 30. */
  runs?: number;
}

export type DraftName = "allow" | "stopping";

export interface Expected {
  outcome: "allow" | "warn" | "block";
  /** The rules whose findings stop the send (warn or block), in any order. */
  stoppingRules: string[];
}

export interface DraftBench {
  name: DraftName;
  expected: Expected;
  /** From the options: allow, warn, block, or unavailable (config or item could not be read). */
  outcome: string;
  /** Rules with a warn or block finding, from contextData. */
  stoppingRules: string[];
  /** The options of the last run (every run's are compared with it). */
  options: CompletedOptions;
  /** The X-Member-Mail-Check header on the item after the last run, if any. */
  stamp: string | undefined;
  /** Office calls per Send, in the order they were started. */
  officeCalls: string[];
  /** Office calls that had to wait for an earlier one's answer, plus one: 1 = all at once. */
  officeTrips: number;
  /** Median of the warm runs, ms. */
  medianMs: number;
  /** medianMs ÷ latencyMs, 2 decimals (null when latencyMs is 0). */
  roundTrips: number | null;
  /** Problems: outcome or rules not as expected, options differing between runs. */
  problems: string[];
}

export interface OnSendBenchResult {
  bundlePath: string;
  latencyMs: number;
  runs: number;
  /** The first Send in a fresh runtime (the stopping draft), ms. */
  coldMs: number;
  /** What the cold run completed with. */
  coldOutcome: string;
  allow: DraftBench;
  stopping: DraftBench;
  /** URLs the handler fetched (all runs). */
  fetched: string[];
  /** Whatever the handler logged (it logs only problems, so this should be empty). */
  logs: string[];
}

interface Person {
  name: string;
  address: string;
}

/** One draft as an officer composed it; every Send gets a fresh copy. */
interface DraftSpec {
  name: DraftName;
  expected: Expected;
  state: ComposeState;
}

// ---------------------------------------------------------------------------------------------
// The drafts (the sample council: config/directory.json)

const OFFICER: Person = {
  name: "Laura Bennett",
  address: "laura.bennett@surreyheath.gov.example",
};
/** Ward member for Frimley Green, no cabinet role. */
const ENQUIRER: Person = { name: "Cllr Jane Doe", address: "jane.doe@surreyheath-council.example" };
/** Portfolio Holder for Environment and Community (a cabinet role in the Surrey Heath preset). */
const PORTFOLIO_HOLDER: Person = {
  name: "Cllr Victoria Lane",
  address: "victoria.lane@surreyheath-council.example",
};

const SUBJECT = "Missed assisted bin collection, Beech Road";

/** Cllr Doe's enquiry for a constituent (one resident's casework), as quoted below the reply. */
const ENQUIRY: ChainMessage = {
  from: { name: "Doe, Jane", address: ENQUIRER.address },
  to: [{ name: "Bennett, Laura", address: OFFICER.address }],
  sent: "Monday, November 16, 2026 8:52 AM",
  subject: SUBJECT,
  text: [
    "Dear Laura,",
    "A constituent of mine at 12 Beech Road, GU16 6HJ, is on the assisted collection list but " +
      "her general waste bin has not been emptied for the last two collections. She is 84 and " +
      "cannot take the bin to the kerb herself. Could you find out what went wrong and when it " +
      "will be collected?",
    "Many thanks,",
    "Jane",
    "Cllr Jane Doe, Councillor for Frimley Green",
  ],
};

function replyText(copied: Person | undefined): string[] {
  return [
    "Dear Cllr Doe,",
    "Thank you for letting us know. Your constituent's address had dropped off the crew's " +
      "assisted collection sheet when the rounds changed in October. I have put it back, the " +
      "bin will be emptied tomorrow morning, and the crew supervisor will check the sheet for " +
      "the rest of the road.",
    ...(copied
      ? [
          `I have copied in ${copied.name} as Portfolio Holder for Environment and Community, as ` +
            "she has asked to hear about every missed assisted collection since the rounds changed.",
        ]
      : []),
    "Kind regards,",
    "Laura",
    OFFICER.name,
    "Waste and Recycling Officer",
    "Environment and Community | Surrey Heath Borough Council",
    "Surrey Heath House, Knoll Road, Camberley, Surrey GU15 3HD",
  ];
}

const user = (p: Person): OfficeRecipient => ({
  emailAddress: p.address,
  displayName: p.name,
  recipientType: "user",
});

function replyState(copied: Person | undefined): ComposeState {
  return {
    to: [user(ENQUIRER)],
    cc: copied ? [user(copied)] : [],
    bcc: [],
    from: user(OFFICER),
    subject: `RE: ${SUBJECT}`,
    bodyHtml: outlookWeb(replyText(copied), [ENQUIRY]),
    composeType: "reply",
    sessionData: {},
    internetHeaders: {},
  };
}

export const DRAFTS: Record<DraftName, DraftSpec> = {
  allow: {
    name: "allow",
    expected: { outcome: "allow", stoppingRules: [] },
    state: replyState(undefined),
  },
  stopping: {
    name: "stopping",
    // config/policy.json names neither rule, so the Surrey Heath preset's "warn" stands for both:
    // a cabinet member copied in, and Cllr Doe's quoted email passed to a member not on it, one
    // act, so one finding under both rules.
    expected: {
      outcome: "warn",
      stoppingRules: ["portfolio-holder-copied", "member-enquiry-forwarded"],
    },
    state: replyState(PORTFOLIO_HOLDER),
  },
};

export interface SendResult {
  ms: number;
  options: CompletedOptions;
  state: ComposeState;
}

/** One Send of `spec`: ms from handler(event) to event.completed, and the options. */
function send(runtime: Runtime, spec: DraftSpec): Promise<SendResult> {
  return timeSend(runtime, spec.state, spec.name);
}

/** One Send of a freshly composed copy of `composed` (`name` for messages). */
export async function timeSend(
  runtime: Runtime,
  composed: ComposeState,
  name: string,
): Promise<SendResult> {
  const state = runtime.compose(composed);
  runtime.calls.reset();
  let completions = 0;
  let ended = 0;
  let options: CompletedOptions = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = performance.now();
  await new Promise<void>((done, fail) => {
    timer = setTimeout(
      () => fail(new Error(`the ${name} draft's Send never completed`)),
      GIVE_UP_MS,
    );
    const event = {
      completed: (given?: CompletedOptions) => {
        completions++;
        if (completions > 1) return;
        ended = performance.now();
        // A plain copy: the object comes from the vm's realm.
        options = given === undefined ? {} : copy(given);
        done();
      },
    };
    Promise.resolve(runtime.handler(event)).catch(fail);
  });
  clearTimeout(timer);
  // Before the next Send: let the calls issued before completion answer (the handler does not
  // wait for its stamp write) and the handler's own promise settle.
  await new Promise((settled) => setTimeout(settled, runtime.latencyMs));
  if (completions !== 1) throw new Error(`event.completed was called ${completions} times`);
  return { ms: ended - start, options, state };
}

function parseContextData(text: string | undefined): {
  outcome?: string;
  findings: { rule?: string; severity?: string; alsoRules?: string[] }[];
} {
  if (!text) return { findings: [] };
  try {
    const value = JSON.parse(text) as { outcome?: unknown; findings?: unknown };
    return {
      outcome: typeof value.outcome === "string" ? value.outcome : undefined,
      findings: Array.isArray(value.findings)
        ? (value.findings as { rule?: string; severity?: string; alsoRules?: string[] }[])
        : [],
    };
  } catch {
    return { findings: [] };
  }
}

/** allow / warn / block / unavailable, and the rules that stop the send. */
export function outcomeOf(options: CompletedOptions): { outcome: string; stoppingRules: string[] } {
  if (options.allowEvent === true) return { outcome: "allow", stoppingRules: [] };
  const context = parseContextData(options.contextData);
  const stoppingRules = context.findings
    .filter((f) => f.severity === "warn" || f.severity === "block")
    // One finding may stand for one act under two rules: both count.
    .flatMap((f) => [String(f.rule), ...(f.alsoRules ?? []).map(String)]);
  const outcome =
    context.outcome ?? (options.sendModeOverride === "promptUser" ? "warn" : "block (no context)");
  return { outcome, stoppingRules };
}

/** One line for a reader: what event.completed received. */
export function describeOptions(options: CompletedOptions): string {
  const parts = [`allowEvent=${String(options.allowEvent)}`];
  if (options.sendModeOverride) parts.push(`sendModeOverride=${options.sendModeOverride}`);
  if (options.cancelLabel) parts.push(`cancelLabel=${options.cancelLabel}`);
  if (options.commandId) parts.push(`commandId=${options.commandId}`);
  if (options.errorMessage) parts.push(`errorMessage=${options.errorMessage.length} chars`);
  if (options.errorMessageMarkdown)
    parts.push(`errorMessageMarkdown=${options.errorMessageMarkdown.length} chars`);
  const { outcome, stoppingRules } = outcomeOf(options);
  if (options.contextData) parts.push(`contextData.outcome=${outcome}`);
  if (stoppingRules.length > 0) parts.push(`rules=${stoppingRules.join(",")}`);
  return parts.join(", ");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const round2 = (n: number): number => Number(n.toFixed(2));

function problemsWith(spec: DraftSpec, options: CompletedOptions): string[] {
  const { outcome, stoppingRules } = outcomeOf(options);
  const problems: string[] = [];
  if (outcome !== spec.expected.outcome) {
    problems.push(
      `the ${spec.name} draft completed with ${outcome}, expected ${spec.expected.outcome}` +
        ` (${describeOptions(options)})`,
    );
  }
  const got = [...stoppingRules].sort().join(",");
  const want = [...spec.expected.stoppingRules].sort().join(",");
  if (got !== want) {
    problems.push(`the ${spec.name} draft stopped on [${got}], expected [${want}]`);
  }
  return problems;
}

async function benchDraft(
  runtime: Runtime,
  spec: DraftSpec,
  runs: number,
  latencyMs: number,
): Promise<DraftBench> {
  const times: number[] = [];
  let last: SendResult | undefined;
  let calls: string[] = [];
  let trips = 0;
  const problems: string[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await send(runtime, spec);
    times.push(result.ms);
    if (last && JSON.stringify(last.options) !== JSON.stringify(result.options)) {
      problems.push(`the ${spec.name} draft completed differently on run ${i + 1}`);
    }
    last = result;
    calls = runtime.calls.calls;
    trips = runtime.calls.maxDepth;
  }
  if (!last) throw new Error("runs must be at least 1");
  const medianMs = median(times);
  const { outcome, stoppingRules } = outcomeOf(last.options);
  return {
    name: spec.name,
    expected: spec.expected,
    outcome,
    stoppingRules,
    options: last.options,
    stamp: last.state.internetHeaders[STAMP_HEADER],
    officeCalls: calls,
    officeTrips: trips,
    medianMs: round2(medianMs),
    roundTrips: latencyMs > 0 ? round2(medianMs / latencyMs) : null,
    problems: [...problemsWith(spec, last.options), ...problems],
  };
}

/** Runs the cold Send, then the warm Sends of both drafts. Rejects when the build is missing. */
export async function runOnSendBench(options: OnSendBenchOptions = {}): Promise<OnSendBenchResult> {
  const root = findPackage(__dirname).root;
  const bundlePath = options.bundlePath ?? join(root, "dist", "launchevent.js");
  const configDir = options.configDir ?? join(root, "config");
  const presetsDir = options.presetsDir ?? join(dirname(bundlePath), "config", "presets");
  const latencyMs = options.latencyMs ?? DEFAULT_LATENCY_MS;
  const runs = Math.max(1, options.runs ?? DEFAULT_RUNS);
  const fetched: string[] = [];
  const logs: string[] = [];
  const runtime = loadRuntime({ bundlePath, configDir, presetsDir, latencyMs, fetched, logs });

  const cold = await send(runtime, DRAFTS.stopping);
  const coldProblems = problemsWith(DRAFTS.stopping, cold.options).map((p) => `cold run: ${p}`);
  const stopping = await benchDraft(runtime, DRAFTS.stopping, runs, latencyMs);
  const allow = await benchDraft(runtime, DRAFTS.allow, runs, latencyMs);
  stopping.problems.unshift(...coldProblems);
  return {
    bundlePath: displayPath(bundlePath),
    latencyMs,
    runs,
    coldMs: round2(cold.ms),
    coldOutcome: outcomeOf(cold.options).outcome,
    allow,
    stopping,
    fetched: [...new Set(fetched)],
    logs,
  };
}

/** Every problem found (empty when both drafts completed as expected on every run). */
export function onSendProblems(result: OnSendBenchResult): string[] {
  return [...result.stopping.problems, ...result.allow.problems];
}
