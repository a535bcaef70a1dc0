/**
 * `member-mail-check fix <draft.eml> --rule <rule-id> --fix <kind>`: the draft after one of the
 * add-in's fixes, as .eml on stdout, applied with the defaults an officer accepts in one click
 * (consent from every member the finding names; every missing local member added). Auditors see
 * what the add-in would do; the tests hold every fix to the safety contract through it. Exit 0
 * when applied, 2 when the draft has no such finding or the finding no such fix.
 */
import { checkDraft } from "../../core/check";
import type { FixKind } from "../../core/findings";
import { RULE_IDS } from "../../core/policy/types";
import { applyFixSafely } from "../../core/safety";
import { fileFromArgument, loadShardsFor, readBytes, readCouncilConfig } from "../config-files";
import { draftToEml } from "../draft-to-eml";
import { emlToDraft } from "../eml-to-draft";
import { InputError, UsageError } from "../errors";
import { EXIT } from "../exit";
import type { CliIo } from "../io";
import type { PackageInfo } from "../package-root";
import type { Command } from "./command";
import { HELP_OPTION, parseOptions } from "./parse-options";
import { withSafeFixes } from "../../core/safe-fixes";

const OPTIONS = {
  ...HELP_OPTION,
  rule: { type: "string" },
  fix: { type: "string" },
  policy: { type: "string" },
  directory: { type: "string" },
} as const;

const USAGE =
  "<draft.eml> --rule <rule-id> --fix <kind> [--policy policy.json] [--directory directory.json]";

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  return value;
}

async function run(argv: readonly string[], io: CliIo, pkg: PackageInfo): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(`Usage: member-mail-check fix ${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("give exactly one .eml file");
  const ruleId = required(values.rule, "--rule");
  const kind = required(values.fix, "--fix") as FixKind;
  if (!(RULE_IDS as readonly string[]).includes(ruleId)) {
    throw new UsageError(`--rule must be one of ${RULE_IDS.join(", ")}, not "${ruleId}"`);
  }
  const { policy, source } = await readCouncilConfig(io.cwd, pkg.root, values);
  const file = fileFromArgument(io.cwd, positionals[0] ?? "");
  const message = await emlToDraft(await readBytes(file), file.shown);
  for (const warning of message.warnings) io.stderr.write(`${warning}\n`);
  await loadShardsFor(source, `${message.draft.subject}\n${message.bodyText}`);

  // The fixes the pane would offer: only those that keep the safety contract.
  const findings = withSafeFixes(
    message.draft,
    checkDraft(message.draft, policy, source.directory).findings,
    policy,
    source.directory,
  );
  const finding = findings.find((f) => f.rule === ruleId || f.alsoRules?.includes(ruleId));
  if (!finding) throw new InputError(file.shown, `has no ${ruleId} finding`);
  const fix = finding.fixes.find((f) => f.kind === kind);
  if (!fix) {
    const offered = finding.fixes.map((f) => f.kind).join(", ") || "none";
    throw new InputError(
      file.shown,
      `its ${ruleId} finding offers no ${kind} fix (it offers ${offered})`,
    );
  }
  const outcome = applyFixSafely(
    message.draft,
    finding,
    fix,
    policy,
    source.directory,
    new Date().toISOString(),
  );
  for (const violation of outcome.violations) io.stderr.write(`unsafe: ${violation}\n`);
  io.stdout.write(draftToEml(outcome.after, message.thread));
  return EXIT.ok;
}

export const fixCommand: Command = {
  name: "fix",
  summary: "Print a saved message (.eml) as one of the add-in's fixes would leave it",
  usage: USAGE,
  options: [
    ["--rule <rule-id>", "the rule whose finding to fix, e.g. bcc-to-members"],
    ["--fix <kind>", "the fix, e.g. move-to-cc, remove, record-consent, add-local-members"],
    ["--policy <file>", "policy.json to use (default: this package's config/policy.json)"],
    ["--directory <file>", "directory.json to use (default: this package's config/directory.json)"],
  ],
  run,
};
