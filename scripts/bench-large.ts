/**
 * The large-body half of `npm run bench`: the BUILT on-send handler on a 1 MB table-heavy body (a
 * spreadsheet of addresses and postcodes pasted into Outlook desktop), next to `check()` on the
 * same draft in the same process. Every Office call answers at once (latency 0), so the handler's
 * time is its own work: reading, turning Office's answers into a draft, analysing the body,
 * loading postcode shards, checking and stamping. Goal: within 2 × check() and under 300 ms.
 *
 * The draft: Laura Bennett (waste officer) writes a new email to Cllr Jane Doe, Frimley Green's
 * ward member, with the assisted-collection list for the borough pasted from Excel: 1 MB of rows
 * (reference, address, town, postcode, collection day), the postcodes drawn from every shard of
 * the sample council's directory (config/postcodes/), so the handler loads all of them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { check } from "../src/core/check";
import { makeDraft } from "../src/core/draft";
import { findPackage } from "../src/cli/package-root";
import { loadShardsFor, readCouncilConfig } from "../src/cli/config-files";
import { loadRuntime, type ComposeState, type OfficeRecipient } from "./onsend-runtime";
import { outcomeOf, timeSend, type CompletedOptions } from "./bench-onsend";

export const LARGE_BODY_BYTES = 1024 * 1024;

export interface LargeBenchResult {
  bodyBytes: number;
  tableRows: number;
  /** Median of the warm Sends, ms (Office answers at once). */
  onSendLargeMedianMs: number;
  /** Median of check() on the same draft, ms. */
  checkLargeMedianMs: number;
  /** onSendLargeMedianMs ÷ checkLargeMedianMs (goal ≤ 2). */
  onSendLargeRatio: number;
  /** What the handler completed with, and the rules that stopped the send. */
  outcome: string;
  stoppingRules: string[];
  /** The warn/block rules check() found on the same draft. */
  checkStoppingRules: string[];
  problems: string[];
}

const STREETS = [
  "Beech Road",
  "Frimley Green Road",
  "Guildford Road",
  "Sturt Road",
  "Wharf Road",
  "Balmoral Drive",
  "Cross Gates Close",
  "Mytchett Road",
  "Deepcut Bridge Road",
  "Park Street",
  "London Road",
  "Obelisk Way",
  "Knoll Road",
  "Heathcote Road",
  "Church Hill",
  "Lightwater Road",
  "Bagshot Road",
  "Chertsey Road",
];
const TOWNS: Record<string, string> = {
  GU15: "Camberley",
  GU16: "Frimley",
  GU18: "Lightwater",
  GU19: "Bagshot",
  GU20: "Windlesham",
  GU24: "West End",
};
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

const OFFICER: OfficeRecipient = {
  emailAddress: "laura.bennett@surreyheath.gov.example",
  displayName: "Laura Bennett",
  recipientType: "user",
};
const WARD_MEMBER: OfficeRecipient = {
  emailAddress: "jane.doe@surreyheath-council.example",
  displayName: "Cllr Jane Doe",
  recipientType: "user",
};
const SUBJECT = "Assisted collection list after the October round changes";

/** Every postcode the sample council's shards know, in file order. */
function samplePostcodes(configDir: string): string[] {
  const dir = join(configDir, "postcodes");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => Object.keys(JSON.parse(readFileSync(join(dir, f), "utf8")) as object));
}

const cell = (text: string, width: number): string =>
  `<td width="${width}" nowrap valign="bottom" style="width:${(width * 0.75).toFixed(1)}pt;` +
  'padding:0cm 5.4pt 0cm 5.4pt;height:15.0pt"><p class="MsoNormal"><span style="color:black;' +
  `mso-fareast-language:EN-GB">${text}<o:p></o:p></span></p></td>`;

const para = (text: string): string =>
  `<p class="MsoNormal"><span style="font-size:11.0pt">${text}<o:p></o:p></span></p>`;

/** Outlook desktop's Word HTML for a range pasted from Excel, padded to `bytes`. */
export function pastedTableBody(
  postcodes: string[],
  bytes: number,
): { html: string; rows: number } {
  const head =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">' +
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>' +
    '<body lang="EN-GB" style="word-wrap:break-word"><div class="WordSection1">' +
    para("Dear Cllr Doe,") +
    para(
      "As promised, here is the assisted collection list as it stands after the October round " +
        "changes, so you can see which of your residents are on it.",
    ) +
    '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="720" ' +
    'style="width:540.0pt;border-collapse:collapse">';
  const tail =
    "</table>" +
    para("Kind regards,") +
    para("Laura Bennett") +
    para("Waste and Recycling Officer | Surrey Heath Borough Council") +
    "</div></body></html>";
  const rows: string[] = [];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const postcode = postcodes[i % postcodes.length] as string;
    const row =
      '<tr style="height:15.0pt">' +
      cell(`AC-${String(10_000 + i)}`, 80) +
      cell(`${(i % 180) + 1} ${STREETS[i % STREETS.length]}`, 240) +
      cell(TOWNS[postcode.split(" ")[0] as string] ?? "Camberley", 120) +
      cell(postcode, 100) +
      cell(DAYS[i % DAYS.length] as string, 100) +
      "</tr>";
    rows.push(row);
    size += row.length;
  }
  return { html: head + rows.join("") + tail, rows: rows.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const round2 = (n: number): number => Number(n.toFixed(2));

const stoppingRulesOf = (findings: ReturnType<typeof check>): string[] =>
  findings
    .filter((f) => f.severity === "warn" || f.severity === "block")
    .flatMap((f) => [f.rule, ...(f.alsoRules ?? [])])
    .sort();

export interface LargeBenchOptions {
  bundlePath?: string;
  presetsDir?: string;
  runs?: number;
}

export async function runLargeBench(options: LargeBenchOptions = {}): Promise<LargeBenchResult> {
  const root = findPackage(__dirname).root;
  const configDir = join(root, "config");
  const bundlePath = options.bundlePath ?? join(root, "dist", "launchevent.js");
  const presetsDir = options.presetsDir ?? join(bundlePath, "..", "config", "presets");
  const runs = Math.max(1, options.runs ?? 15);
  const { html, rows } = pastedTableBody(samplePostcodes(configDir), LARGE_BODY_BYTES);
  const state: ComposeState = {
    to: [WARD_MEMBER],
    cc: [],
    bcc: [],
    from: OFFICER,
    subject: SUBJECT,
    bodyHtml: html,
    composeType: "newMail",
    sessionData: {},
    internetHeaders: {},
  };

  // The handler: one cold Send (config fetched, shards loaded), then the warm Sends timed.
  const logs: string[] = [];
  const runtime = loadRuntime({
    bundlePath,
    configDir,
    presetsDir,
    latencyMs: 0,
    fetched: [],
    logs,
  });
  let last: CompletedOptions = {};
  await timeSend(runtime, state, "large");
  const sendTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const sent = await timeSend(runtime, state, "large");
    sendTimes.push(sent.ms);
    last = sent.options;
  }

  // check() on the same draft, with the same council's config and shards loaded beforehand.
  const { policy, source } = await readCouncilConfig(root, root, {});
  await loadShardsFor(source, html);
  const draft = makeDraft({
    from: { name: OFFICER.displayName, address: OFFICER.emailAddress },
    to: [{ name: WARD_MEMBER.displayName, address: WARD_MEMBER.emailAddress }],
    subject: SUBJECT,
    composeType: "new",
    body: { type: "html", content: html },
  });
  let findings = check(draft, policy, source.directory);
  for (let i = 0; i < 3; i++) findings = check(draft, policy, source.directory);
  const checkTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    findings = check(draft, policy, source.directory);
    checkTimes.push(performance.now() - start);
  }

  const { outcome, stoppingRules } = outcomeOf(last);
  const checkStoppingRules = stoppingRulesOf(findings);
  const problems = logs.map((line) => `the large draft's handler logged: ${line}`);
  if ([...stoppingRules].sort().join() !== checkStoppingRules.join()) {
    problems.push(
      `the large draft stopped on [${[...stoppingRules].sort().join(",")}] at Send but ` +
        `check() found [${checkStoppingRules.join(",")}]`,
    );
  }
  const onSendLargeMedianMs = median(sendTimes);
  const checkLargeMedianMs = median(checkTimes);
  return {
    bodyBytes: Buffer.byteLength(html),
    tableRows: rows,
    onSendLargeMedianMs: round2(onSendLargeMedianMs),
    checkLargeMedianMs: round2(checkLargeMedianMs),
    onSendLargeRatio: round2(onSendLargeMedianMs / checkLargeMedianMs),
    outcome,
    stoppingRules,
    checkStoppingRules,
    problems,
  };
}
