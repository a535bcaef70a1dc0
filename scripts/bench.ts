/**
 * `npm run bench [-- --json]`: how long `check()` takes on a large, realistic draft, against one
 * regular-expression pass over the same body (the least any checker must do). The goal is
 * check ≤ 3 × baseline. Prints a readable table, or with --json one JSON object as the last line.
 * Then the built on-send handler (dist/launchevent.js) against a mock Outlook whose every call
 * answers after 20 ms (see bench-onsend.ts); goal ≤ 1.5 Office round trips. Exits 1 when a draft
 * does not complete the way the sample policy says it should. `--runs N` sets the warm Sends per
 * draft; `--dist DIR` benches DIR/launchevent.js (and its DIR/config/presets) instead of dist/'s,
 * e.g. after `npx webpack --mode production --config-name launchevent --env out=DIR`.
 *
 * The draft: a 1 MB Outlook desktop (Word HTML) body carrying a 30-message chain, 500 recipients,
 * a 2,000-member directory and 50,000 postcodes, on the Surrey Heath preset with every rule on.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { check } from "../src/core/check";
import { makeDraft, type Recipient } from "../src/core/draft";
import { loadDirectory } from "../src/core/directory/load";
import { resolvePreset } from "../src/core/policy/load";
import type { DirectoryFile, Member, Ward } from "../src/core/directory/types";
import { outlookDesktop, type ChainMessage } from "../tests/helpers/mail-bodies";
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import {
  describeOptions,
  onSendProblems,
  runOnSendBench,
  type OnSendBenchResult,
} from "./bench-onsend";
import { runLargeBench, type LargeBenchResult } from "./bench-large";

const WARMUP = 5;
const RUNS = 21;
const PLACES = [
  "Ash",
  "Bramley",
  "Chilworth",
  "Dunsfold",
  "Elstead",
  "Farley",
  "Godstone",
  "Hurtwood",
  "Ifold",
  "Jacobs",
  "Kingsley",
  "Limpsfield",
  "Merstham",
  "Nutfield",
  "Ockley",
  "Peaslake",
  "Quarry",
  "Ripley",
  "Shere",
  "Tilford",
];
const QUARTERS = [
  "North",
  "South",
  "East",
  "West",
  "Central",
  "Park",
  "Heath",
  "Vale",
  "Hill",
  "Green",
  "Common",
  "Meadows",
  "Village",
  "Downs",
  "Bridge",
  "Wood",
  "Cross",
  "Fields",
  "Rise",
  "Brook",
  "Lane",
  "Mill",
  "Moor",
  "End",
  "Court",
  "Gate",
  "Row",
  "Bank",
  "Hollow",
  "Ridge",
  "Farm",
  "Grange",
  "Lea",
  "Mead",
  "Holt",
];
const FIRST = [
  "Alice",
  "Ben",
  "Chloe",
  "Dev",
  "Ella",
  "Farid",
  "Grace",
  "Harry",
  "Isla",
  "Jack",
  "Kiran",
  "Lily",
  "Marcus",
  "Nina",
  "Oscar",
  "Pooja",
  "Quentin",
  "Rosa",
  "Sam",
  "Tara",
];
const LAST = [
  "Adams",
  "Bell",
  "Carter",
  "Dixon",
  "Evans",
  "Foster",
  "Gill",
  "Hart",
  "Irving",
  "Jones",
  "Khan",
  "Lowe",
  "Mills",
  "Nash",
  "Owen",
  "Patel",
  "Quinn",
  "Reid",
  "Shah",
  "Turner",
];
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

function buildDirectory(): DirectoryFile {
  const wards: Ward[] = [];
  for (const place of PLACES)
    for (const quarter of QUARTERS)
      wards.push({ id: `${place}-${quarter}`.toLowerCase(), name: `${place} ${quarter}` });
  const members: Member[] = [];
  for (let i = 0; i < 2000; i++) {
    const ward = wards[i % wards.length] as Ward;
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 400 ? ` ${i}` : ""}`;
    members.push({
      id: `m${i}`,
      name,
      emails: [`member${i}@bench-council.example`],
      wards: [ward.id],
      party: i % 3 === 0 ? "Independent" : "Liberal Democrats",
      ...(i % 40 === 0
        ? { roles: [{ kind: "portfolio-holder" as const, title: `Portfolio Holder ${i}` }] }
        : {}),
    });
  }
  const postcodes: Record<string, string> = {};
  let n = 0;
  for (let district = 1; n < 50_000; district++) {
    for (let sector = 0; sector < 10 && n < 50_000; sector++) {
      for (let a = 0; a < INWARD_LETTERS.length && n < 50_000; a++) {
        for (let b = 0; b < 13 && n < 50_000; b++, n++) {
          postcodes[`GU${district} ${sector}${INWARD_LETTERS[a]}${INWARD_LETTERS[b]}`] = (
            wards[n % wards.length] as Ward
          ).id;
        }
      }
    }
  }
  return {
    council: "Benchmark Borough Council",
    updated: "2026-11-01",
    wards,
    members,
    groups: [
      { email: "all.members@bench-council.example", name: "All Members", kind: "all-members" },
    ],
    postcodes,
  };
}

function buildDraft() {
  const member = (i: number) => ({
    name: `Cllr Member ${i}`,
    address: `member${i}@bench-council.example`,
  });
  const officer = (i: number) => ({
    name: `Officer ${i}`,
    address: `officer${i}@bench.gov.example`,
  });
  const paragraph =
    "Following the site visit on Tuesday, the drainage team confirmed that the gully outside 14 Beech Road " +
    "in Ash North is blocked and has been added to the cleansing schedule; the resident at GU1 2AB has been told.";
  const chain: ChainMessage[] = [];
  for (let i = 0; i < 30; i++) {
    chain.push({
      from: i % 3 === 0 ? member(i) : officer(i),
      to: [officer(i + 1), member(i + 100)],
      cc: [officer(i + 2)],
      sent: `Monday, November ${(i % 28) + 1}, 2026 9:${String(i).padStart(2, "0")} AM`,
      subject: "RE: Drainage in Ash North",
      text: Array.from({ length: 120 }, (_, k) => `${paragraph} (${i}.${k})`),
    });
  }
  const body = outlookDesktop(
    ["Dear all,", "Please see the update below on the drainage works."],
    chain,
  );
  const to: Recipient[] = [];
  const cc: Recipient[] = [];
  const bcc: Recipient[] = [];
  for (let i = 0; i < 500; i++) {
    const r = i % 2 === 0 ? member(i) : officer(i);
    (i < 300 ? to : i < 490 ? cc : bcc).push(r);
  }
  return makeDraft({
    to,
    cc,
    bcc,
    subject: "FW: Drainage in Ash North",
    composeType: "forward",
    body: { type: "html", content: body },
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** `--runs N` for the on-send half (warm Sends per draft). */
function onSendRuns(): number | undefined {
  const at = process.argv.indexOf("--runs");
  const value = at < 0 ? undefined : Number(process.argv[at + 1]);
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** `--dist DIR`: the built on-send script to bench, DIR/launchevent.js (default dist/'s). */
function onSendBundle(): string | undefined {
  const at = process.argv.indexOf("--dist");
  const dir = at < 0 ? undefined : process.argv[at + 1];
  return dir ? join(dir, "launchevent.js") : undefined;
}

function onSendRows(onSend: OnSendBenchResult): [string, string][] {
  const trips = (n: number) => `${n} round${n === 1 ? "" : "s"} of Office calls`;
  return [
    [
      "on-send handler",
      `${onSend.bundlePath}, every Office call answers after ${onSend.latencyMs} ms`,
    ],
    ["on-send cold (warn draft, config fetched)", `${onSend.coldMs} ms`],
    [
      "on-send median, warn draft",
      `${onSend.stopping.medianMs} ms = ${onSend.stopping.roundTrips} round trips (${trips(onSend.stopping.officeTrips)})`,
    ],
    [
      "on-send median, allow draft",
      `${onSend.allow.medianMs} ms = ${onSend.allow.roundTrips} round trips (${trips(onSend.allow.officeTrips)})`,
    ],
    ["on-send round trips (goal ≤ 1.5)", `${onSend.stopping.roundTrips} (warn draft)`],
  ];
}

function largeRows(large: LargeBenchResult): [string, string][] {
  const counts = new Map<string, number>();
  for (const rule of large.stoppingRules) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const named = [...counts].map(([rule, n]) => (n > 1 ? `${rule} × ${n}` : rule));
  const rules = named.length > 0 ? `: ${named.join(", ")}` : "";
  return [
    [
      "large body",
      `${(large.bodyBytes / 1024 / 1024).toFixed(2)} MB pasted table, ${large.tableRows} rows, Office answers at once`,
    ],
    ["on-send median, large body", `${large.onSendLargeMedianMs} ms (${large.outcome}${rules})`],
    ["check() median, large body", `${large.checkLargeMedianMs} ms`],
    ["on-send ÷ check(), large (goal ≤ 2)", `${large.onSendLargeRatio}`],
  ];
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const directory = loadDirectory(buildDirectory(), "bench directory");
  const policy = resolvePreset("surrey-heath-borough-council");
  const draft = buildDraft();
  const html = draft.body.content;
  // The baseline: one pass of a tag-matching regular expression over the same body.
  // ("[^<>]", not "[^>]": a run of "<" with no ">" would make each match rescan to the end.)
  const baselineScan = /<[^<>]*>/g;
  let findingCount = 0;
  const checkMedianMs = time(() => {
    findingCount = check(draft, policy, directory).length;
  });
  const baselineScanMedianMs = time(() => html.match(baselineScan)?.length ?? 0);
  // The floor under any check that reads the HTML properly: htmlparser2's tokenizer on its own,
  // every callback a no-op. check() = this + finding the chain + the rules.
  const noop = (): void => undefined;
  const callbacks = new Proxy({}, { get: () => noop }) as TokenizerCallbacks;
  const htmlTokenizeMedianMs = time(() => {
    const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
    tokenizer.write(html);
    tokenizer.end();
  });
  const result = {
    checkMedianMs: Number(checkMedianMs.toFixed(2)),
    baselineScanMedianMs: Number(baselineScanMedianMs.toFixed(2)),
    ratio: Number((checkMedianMs / baselineScanMedianMs).toFixed(2)),
    htmlTokenizeMedianMs: Number(htmlTokenizeMedianMs.toFixed(2)),
    bodyBytes: Buffer.byteLength(html),
    chainMessages: 30,
    recipients: draft.to.length + draft.cc.length + draft.bcc.length,
    members: directory.members.length,
    postcodes: 50_000,
    findings: findingCount,
    runs: RUNS,
  };
  const onSend = await runOnSendBench({ runs: onSendRuns(), bundlePath: onSendBundle() });
  const large = await runLargeBench({ bundlePath: onSendBundle() });
  // What each draft's Sends completed with (the same on every run, or a problem is reported).
  console.log(`on-send warn draft completed with: ${describeOptions(onSend.stopping.options)}`);
  console.log(`on-send allow draft completed with: ${describeOptions(onSend.allow.options)}`);
  for (const line of onSend.logs) console.error(`on-send handler logged: ${line}`);
  const withOnSend = {
    ...result,
    onSendColdMs: onSend.coldMs,
    onSendMedianMs: onSend.stopping.medianMs,
    onSendRoundTrips: onSend.stopping.roundTrips,
    onSendAllowMedianMs: onSend.allow.medianMs,
    onSendAllowRoundTrips: onSend.allow.roundTrips,
    officeRoundTripMs: onSend.latencyMs,
    onSendOutcome: onSend.stopping.outcome,
    onSendAllowOutcome: onSend.allow.outcome,
    onSendOfficeTrips: onSend.stopping.officeTrips,
    onSendAllowOfficeTrips: onSend.allow.officeTrips,
    onSendRuns: onSend.runs,
    onSendLargeMedianMs: large.onSendLargeMedianMs,
    checkLargeMedianMs: large.checkLargeMedianMs,
    onSendLargeRatio: large.onSendLargeRatio,
    largeBodyBytes: large.bodyBytes,
    largeOutcome: large.outcome,
  };
  if (!json) {
    const rows: [string, string][] = [
      [
        "body",
        `${(result.bodyBytes / 1024 / 1024).toFixed(2)} MB Outlook HTML, ${result.chainMessages}-message chain`,
      ],
      [
        "recipients / members / postcodes",
        `${result.recipients} / ${result.members} / ${result.postcodes}`,
      ],
      ["check() median", `${result.checkMedianMs} ms (${result.findings} findings)`],
      ["one regex pass median", `${result.baselineScanMedianMs} ms`],
      ["htmlparser2 tokenizer alone", `${result.htmlTokenizeMedianMs} ms`],
      ["check ÷ baseline (goal ≤ 3)", `${result.ratio}`],
      ...onSendRows(onSend),
      ...largeRows(large),
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  }
  if (json) console.log(JSON.stringify(withOnSend));
  const problems = [...onSendProblems(onSend), ...large.problems];
  for (const problem of problems) console.error(`on-send: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
