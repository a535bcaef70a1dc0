/**
 * The task pane's view of the open draft: checking it with the same reading, config and check
 * as the on-send handler (check-draft.ts), hearing when its recipients change, and applying and
 * undoing fixes. The pane's React code talks to Office only through this class.
 */
import type { Finding, Fix } from "../core/findings";
import type { FixInput } from "../core/fixes";
import type { ResolvedPolicy } from "../core/policy/types";
import { parseQuotedHistory, type QuotedHistory } from "../core/quoted";
import { parseContext, type SmartAlertContext } from "./smart-alert-context";
import { applyFixToItem, undoFixOnItem, type AppliedFix, type FixUndo } from "./apply-fix";
import { officeCall } from "./async";
import { checkWithShards } from "./check-draft";
import type { ConfigLoader, ConfigSource, KeyValueStorage } from "./config-loader";
import { lastGoodCopyStorage } from "./storage";
import { HTML_COERCION, readDraft } from "./read-draft";
import { detectFeatures, type MailboxFeatures, type Requirements } from "./requirements";
import { withSafeFixes } from "../core/safe-fixes";

/** Where the policy the check used came from, or why there was none. */
export type PolicyState =
  | { kind: "current" }
  /** The host could not be reached: the last good copy (OfficeRuntime.storage) stood in. */
  | { kind: "last-good-copy"; problems: string[] }
  /** No policy at all: nothing was checked. */
  | { kind: "unavailable"; reason: string };

export interface DraftCheck {
  /** False when no check could run (no policy, or the draft could not be read). */
  checked: boolean;
  findings: Finding[];
  policy?: ResolvedPolicy;
  policyState: PolicyState;
  /** Rules that threw, e.g. "member-enquiry-forwarded": their findings are missing. */
  failedRules: string[];
  /** Optional parts of the draft that could not be read, e.g. "attachments". */
  unreadParts: string[];
  /**
   * Postcode lists (shards) that could not be fetched, e.g. "config/postcodes/GU16.json: HTTP
   * 500": postcodes in those areas were not matched to wards this time. Not a policy problem.
   */
  postcodeProblems: string[];
}

/** Office.EventType.RecipientsChanged: the value, since the enum is only there at run time. */
const RECIPIENTS_CHANGED = "olkRecipientsChanged" as unknown as Office.EventType;

/** The Office pieces the session uses: `Office.context` of a compose window. */
export interface ComposeContext {
  mailbox: { item?: Office.MessageCompose | Office.Item | null };
  requirements?: Requirements;
}

function policyState(sources: ConfigSource[], problems: string[]): PolicyState {
  return sources.includes("storage") || problems.length > 0
    ? { kind: "last-good-copy", problems }
    : { kind: "current" };
}

export class ComposeSession {
  readonly features: MailboxFeatures;
  private readonly item: Office.MessageCompose;

  constructor(
    context: ComposeContext,
    private readonly loader: ConfigLoader,
  ) {
    const item = context.mailbox.item;
    if (!item) throw new Error("No email is open: open the pane from an email you are writing.");
    this.item = item as Office.MessageCompose;
    this.features = detectFeatures(context.requirements);
  }

  /** Reads the draft and config at once, then checks the draft as Send will. */
  async check(): Promise<DraftCheck> {
    const unreadParts: string[] = [];
    const [draft, loaded] = await Promise.all([
      readDraft(this.item, this.features, { onProblem: (part) => unreadParts.push(part) }),
      this.loader.load(),
    ]);
    if (!loaded.ok) {
      return {
        checked: false,
        findings: [],
        policyState: { kind: "unavailable", reason: loaded.reason },
        failedRules: [],
        unreadParts,
        postcodeProblems: [],
      };
    }
    const { policy, problems } = loaded.config;
    const { result, shardProblems } = await checkWithShards(this.loader, draft, loaded.config);
    return {
      checked: true,
      // The pane offers only fixes that keep the safety contract (core/safe-fixes.ts).
      findings: withSafeFixes(draft, result.findings, policy, loaded.config.directory),
      policy,
      policyState: policyState(
        [loaded.config.policySource, loaded.config.presetSource, loaded.config.directorySource],
        problems,
      ),
      failedRules: result.failures.map((f) => f.rule),
      unreadParts,
      postcodeProblems: shardProblems,
    };
  }

  /** What the Smart Alert's Review button handed over, if the pane was opened that way. */
  async handedOver(): Promise<SmartAlertContext | undefined> {
    if (typeof this.item.getInitializationContextAsync !== "function") return undefined;
    try {
      const text = await officeCall<string>("getInitializationContextAsync", (cb) =>
        this.item.getInitializationContextAsync(cb),
      );
      return parseContext(text);
    } catch {
      return undefined; // opened from the ribbon: there is no context
    }
  }

  /**
   * Calls `listener` whenever the officer changes To, Cc or Bcc (Mailbox 1.7). Resolves with a
   * function that stops listening; resolves with a no-op where the client cannot tell us.
   */
  async watchRecipients(listener: () => void): Promise<() => Promise<void>> {
    if (typeof this.item.addHandlerAsync !== "function") return async () => undefined;
    try {
      await officeCall<void>("addHandlerAsync", (cb) =>
        this.item.addHandlerAsync(RECIPIENTS_CHANGED, listener, cb),
      );
    } catch {
      return async () => undefined;
    }
    return async () => {
      await officeCall<void>("removeHandlerAsync", (cb) =>
        this.item.removeHandlerAsync(RECIPIENTS_CHANGED, cb),
      ).catch(() => undefined);
    };
  }

  /** The quoted history of the body as it is now: what stays and what would go. */
  async quotedHistory(): Promise<QuotedHistory> {
    const html = await officeCall<string>("body.getAsync", (cb) =>
      this.item.body.getAsync(HTML_COERCION, cb),
    );
    return parseQuotedHistory({ type: "html", content: html });
  }

  applyFix(fix: Fix, input: FixInput = {}): Promise<AppliedFix> {
    return applyFixToItem(this.item, fix, input, { features: this.features });
  }

  undo(undo: FixUndo): Promise<void> {
    return undoFixOnItem(this.item, undo, { features: this.features });
  }
}

/** What the task pane needs from Office once it is ready: its compose context and theme. */
export interface ReadyOffice {
  context: ComposeContext;
  officeTheme?: { bodyBackgroundColor?: string } | undefined;
  /** Where the last good copy of the config is kept (storage.ts). */
  storage?: KeyValueStorage;
}

/** Office.onReady, for the task pane's entry point (the only place it touches Office itself). */
export async function officeReady(): Promise<ReadyOffice> {
  await Office.onReady();
  return {
    context: Office.context,
    officeTheme: Office.context.officeTheme ?? undefined,
    storage: lastGoodCopyStorage(
      window,
      typeof OfficeRuntime !== "undefined" ? OfficeRuntime.storage : undefined,
    ),
  };
}
