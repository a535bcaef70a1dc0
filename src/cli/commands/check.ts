/** `member-mail-check check <file.eml>...`: the add-in's check, run on saved messages. */
import { checkDraft } from "../../core/check";
import { SEVERITY_RANK } from "../../core/findings";
import type { ResolvedPolicy } from "../../core/policy/types";
import { fileFromArgument, loadShardsFor, readBytes, readCouncilConfig } from "../config-files";
import type { DirectorySource, FileRef } from "../config-files";
import { emlToDraft, type EmlReadResult } from "../eml-to-draft";
import { EXIT } from "../exit";
import { UsageError } from "../errors";
import { formatJson } from "../format/json";
import type { FileReport } from "../format/report";
import { ANSI, PLAIN, formatText } from "../format/text";
import { useColour, type CliIo } from "../io";
import type { PackageInfo } from "../package-root";
import type { Command } from "./command";
import { HELP_OPTION, parseOptions } from "./parse-options";
import { withSafeFixes } from "../../core/safe-fixes";

const OPTIONS = {
  ...HELP_OPTION,
  policy: { type: "string" },
  directory: { type: "string" },
  format: { type: "string" },
} as const;

const FORMATS = ["text", "json"] as const;
type Format = (typeof FORMATS)[number];

function formatOption(value: string | undefined): Format {
  const format = value ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be text or json, not "${format}"`);
  }
  return format as Format;
}

interface LoadedMessage extends EmlReadResult {
  file: FileRef;
}

/** Reads every message before checking any, so a bad file stops the run before any output. */
async function readMessages(files: readonly FileRef[], io: CliIo): Promise<LoadedMessage[]> {
  const messages: LoadedMessage[] = [];
  for (const file of files) {
    const result = await emlToDraft(await readBytes(file), file.shown);
    for (const warning of result.warnings) io.stderr.write(`${warning}\n`);
    messages.push({ ...result, file });
  }
  return messages;
}

/** The file's report; a rule that threw is named on stderr (its findings would be missing). */
async function checkMessage(
  message: LoadedMessage,
  policy: ResolvedPolicy,
  source: DirectorySource,
  io: CliIo,
): Promise<{ report: FileReport; complete: boolean }> {
  await loadShardsFor(source, `${message.draft.subject}\n${message.bodyText}`);
  const checked = checkDraft(message.draft, policy, source.directory);
  const findings = withSafeFixes(message.draft, checked.findings, policy, source.directory);
  const { failures } = checked;
  for (const { rule, error } of failures) {
    io.stderr.write(`${message.file.shown}: the ${rule} check failed: ${String(error)}\n`);
  }
  return { report: { file: message.file.shown, findings }, complete: failures.length === 0 };
}

/** 1 when anything would stop the send (warn or block), else 0; 3 when a check could not run. */
function exitStatus(reports: readonly FileReport[], complete: boolean): number {
  if (!complete) return EXIT.internal;
  const stops = reports.some((r) =>
    r.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn),
  );
  return stops ? EXIT.findings : EXIT.ok;
}

async function run(argv: readonly string[], io: CliIo, pkg: PackageInfo): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(`Usage: member-mail-check check ${checkCommand.usage}\n`);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError("no .eml files given");
  const format = formatOption(values.format);
  const { policy, source } = await readCouncilConfig(io.cwd, pkg.root, values);
  const messages = await readMessages(
    positionals.map((p) => fileFromArgument(io.cwd, p)),
    io,
  );
  const reports: FileReport[] = [];
  let complete = true;
  for (const message of messages) {
    const result = await checkMessage(message, policy, source, io);
    reports.push(result.report);
    complete &&= result.complete;
  }

  io.stdout.write(
    format === "json" ? formatJson(reports) : formatText(reports, useColour(io) ? ANSI : PLAIN),
  );
  return exitStatus(reports, complete);
}

export const checkCommand: Command = {
  name: "check",
  summary: "Check saved messages (.eml) against the council's protocol",
  usage: "<file.eml>... [--policy policy.json] [--directory directory.json] [--format text|json]",
  options: [
    ["--policy <file>", "policy.json to use (default: this package's config/policy.json)"],
    ["--directory <file>", "directory.json to use (default: this package's config/directory.json)"],
    ["--format text|json", "text for people (default); json for scripts, one array of files"],
  ],
  run,
};
