/**
 * The OnMessageSend (Smart Alerts) handler. Per event:
 * 1. one Office round trip: every item read (recipients, subject, body, compose type,
 *    attachments, consents, an earlier stamp) starts at once, with the config load alongside;
 * 2. one analysis of the draft, whose text picks the postcode shards to fetch (network, only
 *    for outward codes it mentions and not yet loaded);
 * 3. the rules over that analysis and the decision (decision.ts), within a few milliseconds;
 * 4. for a warn or block, the X-Member-Mail-Check stamp (stamp.ts) is written unless the draft
 *    already carries that very stamp: the write is issued, then the event completes without
 *    waiting for its answer. Office runs an item's calls in the order they were issued, and
 *    nothing sends the message before the write is applied: a block is never sent, and a warn
 *    only when the officer chooses Send Anyway in the dialog (a person's click, far longer than
 *    one round trip). A failed write is logged when its answer comes. So a warn or block costs
 *    one round trip, like an allow.
 *    For an allow, an earlier attempt's stamp is removed, and that removal IS awaited: an allowed
 *    message is sent as soon as the event completes, so the removal must be done by then.
 *
 * It completes exactly once on every path, by `deadlineMs` (2.5 s) at the latest, well before
 * Outlook's 5-second "taking longer than expected" dialog: a deadline timer completes with the
 * best answer known so far (the decision once there is one, otherwise the last known policy's
 * `whenConfigUnavailable`), and a once-only guard drops any later completion.
 */
import { officeCall } from "../office/async";
import { checkWithShards } from "../office/check-draft";
import {
  ConfigLoader,
  type FetchLike,
  type KeyValueStorage,
  type LoadedConfig,
} from "../office/config-loader";
import { readDraft } from "../office/read-draft";
import { detectFeatures, type MailboxFeatures, type Requirements } from "../office/requirements";
import { type Timers } from "../office/timers";
import { serializeContext, type SmartAlertContext } from "./context";
import { decide, type Decision } from "./decision";
import { dialogMessage, unavailableMessage, type DialogMessage } from "./message";
import { STAMP_HEADER, stampHeaderValue } from "./stamp";

/** The task pane button's id in manifest.xml: the dialog's Review button opens it. */
export const TASKPANE_COMMAND_ID = "MemberMailCheck.OpenPaneButton";
/** The function name manifest.xml's LaunchEvent names (FunctionName). */
export const HANDLER_NAME = "onMessageSendHandler";
/** The dialog's cancel button label (at most 20 characters). */
export const REVIEW_LABEL = "Review";
/** Office.MailboxEnums.SendModeOverride.PromptUser. */
export const PROMPT_USER = "promptUser";

export const DEFAULT_DEADLINE_MS = 2500;
export const DEFAULT_FETCH_TIMEOUT_MS = 1500;

/** event.completed's options (Office.SmartAlertsEventCompletedOptions, structurally). */
export interface SendCompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

export interface SendEvent {
  completed(options?: SendCompletedOptions): void;
}

/** The parts of the `Office` namespace the handler uses. */
export interface OfficeLike {
  context: {
    requirements?: Requirements;
    mailbox: { item?: unknown };
  };
}

export interface OnMessageSendDeps {
  /** The add-in's own origin and path, ending in "/". */
  baseUrl: string;
  fetch: FetchLike;
  storage?: KeyValueStorage;
  now: () => number;
  setTimeout: Timers["setTimeout"];
  clearTimeout: Timers["clearTimeout"];
  office: OfficeLike;
  deadlineMs?: number;
  fetchTimeoutMs?: number;
  /** Diagnostics (the runtime's console when there is one). */
  log?: (message: string) => void;
}

export type OnMessageSendHandler = (event: SendEvent) => Promise<void>;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error }),
  );
}

function policyLabel(config: LoadedConfig): string {
  return `${config.policy.preset}/${config.policy.version ?? "unversioned"}`;
}

/** The dialog for a warn or block. */
export function stoppingOptions(
  decision: Decision,
  features: MailboxFeatures,
  context: SmartAlertContext,
): SendCompletedOptions {
  const outcome = decision.outcome === "block" ? "block" : "warn";
  const message = dialogMessage({
    outcome,
    stopping: decision.stopping,
    unchecked: decision.unchecked,
    canReview: features.smartAlertsOptions,
  });
  return withDialog(message, features, context, outcome === "warn");
}

function withDialog(
  message: DialogMessage,
  features: MailboxFeatures,
  context: SmartAlertContext,
  mayOverride: boolean,
): SendCompletedOptions {
  const options: SendCompletedOptions = { allowEvent: false, errorMessage: message.plain };
  if (features.markdownMessage) options.errorMessageMarkdown = message.markdown;
  if (features.smartAlertsOptions) {
    options.cancelLabel = REVIEW_LABEL;
    options.commandId = TASKPANE_COMMAND_ID;
    options.contextData = serializeContext(context);
    if (mayOverride) options.sendModeOverride = PROMPT_USER;
  }
  return options;
}

/** When the draft or config could not be had: allow, or hold with a plain reason. */
export function unavailableOptions(
  whenConfigUnavailable: "allow" | "block",
  reason: string,
  features: MailboxFeatures,
): SendCompletedOptions {
  if (whenConfigUnavailable === "allow") return { allowEvent: true };
  const context: SmartAlertContext = {
    v: 1,
    source: "onMessageSend",
    outcome: "unavailable",
    findings: [],
    unchecked: [],
    reason,
  };
  return withDialog(
    unavailableMessage(reason, features.smartAlertsOptions),
    features,
    context,
    false,
  );
}

/** Reads an earlier attempt's stamp (part of the first round trip); undefined when none. */
function readStamp(
  item: Office.MessageCompose,
  features: MailboxFeatures,
): Promise<string | undefined> {
  if (!features.attachmentsAndHeaders) return Promise.resolve(undefined);
  return officeCall<Record<string, string>>("internetHeaders.getAsync", (cb) =>
    item.internetHeaders.getAsync([STAMP_HEADER], cb),
  ).then(
    (headers) => {
      const value = headers?.[STAMP_HEADER] ?? headers?.[STAMP_HEADER.toLowerCase()];
      return value ? value : undefined;
    },
    () => undefined,
  );
}

/**
 * The handler, with everything it touches passed in: index.ts wires the real globals; tests and
 * the benchmark pass mocks. The config cache lives as long as the returned function.
 */
export function createOnMessageSendHandler(deps: OnMessageSendDeps): OnMessageSendHandler {
  const timers: Timers = { setTimeout: deps.setTimeout, clearTimeout: deps.clearTimeout };
  const deadlineMs = deps.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const loader = new ConfigLoader({
    baseUrl: deps.baseUrl,
    fetch: deps.fetch,
    storage: deps.storage,
    now: deps.now,
    timers,
    fetchTimeoutMs: deps.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
  });
  const log = (message: string) => {
    try {
      deps.log?.(message);
    } catch {
      // diagnostics must never break a Send
    }
  };

  return async function onMessageSendHandler(event: SendEvent): Promise<void> {
    let done = false;
    let features: MailboxFeatures = detectFeatures(undefined);
    // What the deadline completes with: replaced by the decision once there is one.
    let fallback = (): SendCompletedOptions =>
      unavailableOptions(
        loader.lastKnownWhenConfigUnavailable(),
        "the check took too long",
        features,
      );
    const complete = (options: SendCompletedOptions) => {
      if (done) return;
      done = true;
      deps.clearTimeout(deadline);
      try {
        event.completed(options);
      } catch (error) {
        log(`event.completed failed: ${errorText(error)}`);
      }
    };
    const deadline = deps.setTimeout(() => {
      log("deadline reached");
      complete(fallback());
    }, deadlineMs);

    try {
      features = detectFeatures(deps.office.context.requirements);
      const item = deps.office.context.mailbox.item as Office.MessageCompose | undefined;
      const configLoad = loader.load();
      if (!item) throw new Error("no compose item");
      const [draftRead, stamp, configResult] = await Promise.all([
        settle(
          readDraft(item, features, {
            date: new Date(deps.now()).toISOString(),
            onProblem: (part, error) => log(`${part} not read: ${errorText(error)}`),
          }),
        ),
        readStamp(item, features),
        configLoad,
      ]);
      if (done) return;
      if (!configResult.ok) {
        log(`config unavailable: ${configResult.reason}`);
        complete(
          unavailableOptions(configResult.whenConfigUnavailable, configResult.reason, features),
        );
        return;
      }
      const config = configResult.config;
      for (const problem of config.problems) log(`using the last good copy: ${problem}`);
      if (!draftRead.ok) {
        const reason = `the message could not be read (${errorText(draftRead.error)})`;
        log(reason);
        complete(unavailableOptions(config.policy.whenConfigUnavailable, reason, features));
        return;
      }
      const { result, shardProblems } = await checkWithShards(loader, draftRead.value, config);
      for (const problem of shardProblems) log(problem);
      if (done) return;

      for (const failure of result.failures)
        log(`rule ${failure.rule} failed: ${errorText(failure.error)}`);
      const decision = decide(result, config.policy);

      if (decision.outcome === "allow") {
        fallback = () => ({ allowEvent: true });
        // A stamp left by an earlier blocked or warned attempt must not travel on a fixed
        // message, which is sent as soon as this completes: so the removal is awaited.
        if (stamp !== undefined) {
          await settle(
            officeCall<void>("internetHeaders.removeAsync", (cb) =>
              item.internetHeaders.removeAsync([STAMP_HEADER], cb),
            ),
          );
        }
        complete({ allowEvent: true });
        return;
      }

      const context: SmartAlertContext = {
        v: 1,
        source: "onMessageSend",
        outcome: decision.outcome,
        policy: policyLabel(config),
        findings: decision.findings,
        unchecked: decision.unchecked,
      };
      const options = stoppingOptions(decision, features, context);
      fallback = () => options;
      if (features.attachmentsAndHeaders) {
        const value = stampHeaderValue({
          outcome: decision.outcome,
          rules: decision.stopping.map((f) => f.rule),
          policy: config.policy,
          unchecked: decision.unchecked,
        });
        // Sending again unchanged after Review needs no write: the stamp is there.
        if (stamp !== value) {
          // Issued now, before `complete`; not awaited (see step 4 in the file comment).
          officeCall<void>("internetHeaders.setAsync", (cb) =>
            item.internetHeaders.setAsync({ [STAMP_HEADER]: value }, cb),
          ).catch((error: unknown) => log(`stamp not written: ${errorText(error)}`));
        }
      }
      complete(options);
    } catch (error) {
      log(`check failed: ${errorText(error)}`);
      complete(
        unavailableOptions(
          loader.lastKnownWhenConfigUnavailable(),
          `the check failed (${errorText(error)})`,
          features,
        ),
      );
    }
  };
}
