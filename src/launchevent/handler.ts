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
import { errorText, officeCall } from "../office/async";
import { checkWithShards } from "../office/check-draft";
import type { SendCompletedOptions, SendEvent } from "./completed-options";
import { ConfigLoader, type FetchLike, type KeyValueStorage } from "../office/config-loader";
import { optionalRead, readDraft } from "../office/read-draft";
import { detectFeatures, type MailboxFeatures, type Requirements } from "../office/requirements";
import { type Timers } from "../office/timers";
import { serializeContext, type SmartAlertContext } from "../office/smart-alert-context";
import { decide } from "./decision";
import { dialogMessage, unavailableMessage, type DialogMessage } from "./message";
import { STAMP_HEADER, stampHeaderValue } from "./stamp";
import { flatMap } from "../core/builtins";

/** The task pane button's id in manifest.xml: the dialog's Review button opens it. */
export const TASKPANE_COMMAND_ID = "MemberMailCheck.OpenPaneButton";
/** The function name manifest.xml's LaunchEvent names (FunctionName). */
export const HANDLER_NAME = "onMessageSendHandler";
/** The dialog's cancel button label (at most 20 characters). */
export const REVIEW_LABEL = "Review";
/** Office.MailboxEnums.SendModeOverride.PromptUser. */
export const PROMPT_USER = "promptUser";

export const DEFAULT_DEADLINE_MS = 2500;

export type { SendCompletedOptions, SendEvent };

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
  /** Per config fetch; the ConfigLoader's default (1500 ms) when absent. */
  fetchTimeoutMs?: number;
  /** Diagnostics (the runtime's console when there is one). */
  log?: (message: string) => void;
}

export type OnMessageSendHandler = (event: SendEvent) => Promise<void>;

/**
 * Held with `message`; where the client has them (Mailbox 1.14), a Review button that opens the
 * task pane with `context`, and Send Anyway when `mayOverride`.
 */
function held(
  message: DialogMessage,
  features: MailboxFeatures,
  context: Omit<SmartAlertContext, "v" | "source">,
  mayOverride: boolean,
): SendCompletedOptions {
  const options: SendCompletedOptions = { allowEvent: false, errorMessage: message.plain };
  if (features.markdownMessage) options.errorMessageMarkdown = message.markdown;
  if (features.smartAlertsOptions) {
    options.cancelLabel = REVIEW_LABEL;
    options.commandId = TASKPANE_COMMAND_ID;
    options.contextData = serializeContext(
      Object.assign({ v: 1 as const, source: "onMessageSend" as const }, context),
    );
    if (mayOverride) options.sendModeOverride = PROMPT_USER;
  }
  return options;
}

/** When the draft or config could not be had: allow, or hold with a plain reason. */
function unavailableOptions(
  whenConfigUnavailable: "allow" | "block",
  reason: string,
  features: MailboxFeatures,
): SendCompletedOptions {
  if (whenConfigUnavailable === "allow") return { allowEvent: true };
  const message = unavailableMessage(reason, features.smartAlertsOptions);
  const context = { outcome: "unavailable" as const, findings: [], unchecked: [], reason };
  return held(message, features, context, false);
}

/**
 * The handler, with everything it touches passed in: index.ts wires the real globals; tests and
 * the benchmark pass mocks. The config cache lives as long as the returned function.
 */
export function createOnMessageSendHandler(deps: OnMessageSendDeps): OnMessageSendHandler {
  // The deps carry the loader's options too: baseUrl, fetch, storage, now, fetchTimeoutMs.
  const loader = new ConfigLoader(Object.assign({}, deps, { timers: deps }));
  const deadlineMs = deps.deadlineMs ?? DEFAULT_DEADLINE_MS;
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
    /** Unavailable, per the last known policy unless the loaded one is given. */
    const unavailable = (reason: string, when = loader.lastKnownWhenConfigUnavailable()) =>
      unavailableOptions(when, reason, features);
    // The decision once there is one: what the deadline, or a later failure (a stamp write that
    // throws), completes with instead of "could not check".
    let decided: (() => SendCompletedOptions) | undefined;
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
      complete(decided ? decided() : unavailable("the check took too long"));
    }, deadlineMs);

    try {
      features = detectFeatures(deps.office.context.requirements);
      const item = deps.office.context.mailbox.item as Office.MessageCompose | undefined;
      const configLoad = loader.load();
      if (!item) throw new Error("no compose item");
      const headers = () => item.internetHeaders;
      // Optional parts that could not be read in time: the check runs without them, and a
      // dialog says which.
      const unread: string[] = [];
      /** Why the subject or body is missing, when one is: then nothing found is no "allow". */
      let missing: string | undefined;
      const [draftRead, stamp, loaded] = await Promise.all([
        readDraft(item, features, {
          date: new Date(deps.now()).toISOString(),
          timers: deps,
          onProblem: (part, error) => {
            if (part === "subject" || part === "body") missing = errorText(error);
            unread.push(part);
            log(`${part} not read: ${errorText(error)}`);
          },
        }).then(
          (draft) => ({ draft }),
          (error: unknown) => ({ error }),
        ),
        // An earlier attempt's stamp (undefined when none; "" when unknown, so an allow
        // removes whatever may be there and a warn or block writes its own).
        features.attachmentsAndHeaders
          ? optionalRead(
              "stamp",
              () =>
                officeCall<Record<string, string>>("internetHeaders.getAsync", (cb) =>
                  headers().getAsync([STAMP_HEADER], cb),
                ).then(
                  (values) =>
                    values && (values[STAMP_HEADER] || values[STAMP_HEADER.toLowerCase()]),
                ),
              "",
              { timers: deps },
            )
          : undefined,
        configLoad,
      ]);
      if (done) return;
      if (!loaded.ok) {
        log(`config unavailable: ${loaded.reason}`);
        complete(unavailable(loaded.reason, loaded.whenConfigUnavailable));
        return;
      }
      const { policy } = loaded.config;
      for (const problem of loaded.config.problems) log(`using the last good copy: ${problem}`);
      /** Unavailable, per the policy's whenConfigUnavailable: the check would be a guess. */
      const unreadable = (why: string) => {
        const reason = `the message could not be read (${why})`;
        log(reason);
        complete(unavailable(reason, policy.whenConfigUnavailable));
      };
      if (!("draft" in draftRead)) return unreadable(errorText(draftRead.error));
      const { result, shardProblems } = await checkWithShards(
        loader,
        draftRead.draft,
        loaded.config,
      );
      for (const problem of shardProblems) log(problem);
      if (done) return;

      for (const failure of result.failures)
        log(`rule ${failure.rule} failed: ${errorText(failure.error)}`);
      const { outcome, findings, stopping, unchecked } = decide(result, policy);
      // Without the subject or body, a block found from the rest still blocks; anything less is
      // a guess (a missing body can hide what makes a copy right), so "could not check".
      if (missing && outcome !== "block") return unreadable(missing);

      if (outcome === "allow") {
        decided = () => ({ allowEvent: true });
        // A stamp left by an earlier blocked or warned attempt must not travel on a fixed
        // message, which is sent as soon as this completes: so the removal is awaited.
        if (stamp !== undefined) {
          await officeCall<void>("internetHeaders.removeAsync", (cb) =>
            headers().removeAsync([STAMP_HEADER], cb),
          ).catch(() => undefined);
        }
        complete({ allowEvent: true });
        return;
      }

      const message = dialogMessage({
        outcome,
        stopping,
        unchecked,
        unread,
        canReview: features.smartAlertsOptions,
      });
      const context = {
        outcome,
        policy: `${policy.preset}/${policy.version ?? "unversioned"}`,
        findings,
        unchecked,
      };
      const options = held(message, features, context, outcome === "warn");
      decided = () => options;
      if (features.attachmentsAndHeaders) {
        const value = stampHeaderValue({
          outcome,
          // A finding of one act under two rules names both (a mail-flow rule may match either).
          rules: flatMap(stopping, (f) => [f.rule, ...(f.alsoRules ?? [])]),
          policy,
          unchecked,
        });
        // Sending again unchanged after Review needs no write: the stamp is there.
        if (stamp !== value) {
          // Issued now, before `complete`; not awaited (see step 4 in the file comment).
          officeCall<void>("internetHeaders.setAsync", (cb) =>
            headers().setAsync({ [STAMP_HEADER]: value }, cb),
          ).catch((error: unknown) => log(`stamp not written: ${errorText(error)}`));
        }
      }
      complete(options);
    } catch (error) {
      log(`check failed: ${errorText(error)}`);
      complete(decided ? decided() : unavailable(`the check failed (${errorText(error)})`));
    }
  };
}
