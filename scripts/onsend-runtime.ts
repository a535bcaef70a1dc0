/**
 * A runtime shaped like Outlook on the web's, for the BUILT on-send script (dist/launchevent.js):
 * a mock `Office` (a compose message, Mailbox 1.15, the enums), `Office.actions.associate`, a
 * `fetch` that serves config/ from disk, timers and a console, and no `OfficeRuntime`. The
 * benchmark (bench-onsend.ts) and the fault-injection tests load the script through here.
 *
 * By default every Office call answers after `latencyMs` and every config file is served at
 * once. Hooks let a caller change that per Office call (by name, e.g. "bcc.getAsync") and per
 * config URL, and replace the timers and the clock (`Date.now` inside the context).
 */
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { clearTimeout, setTimeout } from "node:timers";
import { createContext, runInContext, Script } from "node:vm";
import { findPackage } from "../src/cli/package-root";
import { SIM_ENUMS } from "../src/playground/office-enums";
import type { SendCompletedOptions } from "../src/launchevent/completed-options";

/** The function name manifest.xml's LaunchEvent names (src/launchevent/handler.ts HANDLER_NAME). */
export const HANDLER_NAME = "onMessageSendHandler";
/** src/launchevent/stamp.ts STAMP_HEADER. */
export const STAMP_HEADER = "X-Member-Mail-Check";

/**
 * event.completed's options as the built script passed them: checked, not assumed, so even
 * `allowEvent` may be missing.
 */
export type CompletedOptions = Partial<SendCompletedOptions>;

/** What an Office callback receives (Office.AsyncResult, structurally). */
export interface AsyncResult {
  status: "succeeded" | "failed";
  value?: unknown;
  error?: { code: number; name: string; message: string };
}

export interface OfficeRecipient {
  emailAddress: string;
  displayName: string;
  recipientType: string;
}

/** An attachment of the draft; an attached email ("item") carries its .eml text. */
export interface AttachmentState {
  id: string;
  name: string;
  attachmentType: "file" | "item";
  eml?: string;
}

export interface ComposeState {
  to: OfficeRecipient[];
  cc: OfficeRecipient[];
  bcc: OfficeRecipient[];
  from: OfficeRecipient;
  subject: string;
  bodyHtml: string;
  composeType: "newMail" | "reply" | "forward";
  sessionData: Record<string, string>;
  internetHeaders: Record<string, string>;
  /** None when absent. */
  attachments?: AttachmentState[];
}

export interface ResponseLike {
  ok: boolean;
  status: number;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/** Timers for the context and for the mock's answers. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** One Office call as the item received it, for an `OfficeHook` to answer (or not). */
export interface OfficeCallControl {
  /** E.g. "to.getAsync", "internetHeaders.setAsync". */
  readonly name: string;
  /** The answer the item would give, computed now (a write is applied to the state now). */
  result(): AsyncResult;
  /** Calls back with `result` after `delayMs` (default: the runtime's latency). */
  answer(result: AsyncResult, delayMs?: number): void;
}

/**
 * Decides how an Office call is answered; may throw (the call then throws, as an API the client
 * lacks does). The default answers `result()` after the latency.
 */
export type OfficeHook = (call: OfficeCallControl) => void;

/** Decides how a config URL is answered; `serve` gives what the disk holds. */
export type FetchHook = (url: string, serve: () => Promise<ResponseLike>) => Promise<ResponseLike>;

export const answerNormally: OfficeHook = (call) => call.answer(call.result());

export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const succeeded = (value?: unknown): AsyncResult => ({ status: "succeeded", value });
export const failed = (message: string): AsyncResult => ({
  status: "failed",
  error: { code: 9000, name: "Error", message },
});

/** Records each Office call and how many answers it had to wait for. */
export class CallLog {
  calls: string[] = [];
  /** The deepest answer delivered so far this Send: a call started now waits on it. */
  private depth = 0;
  maxDepth = 0;

  reset(): void {
    this.calls = [];
    this.depth = 0;
    this.maxDepth = 0;
  }

  start(name: string): number {
    this.calls.push(name);
    const depth = this.depth + 1;
    this.maxDepth = Math.max(this.maxDepth, depth);
    return depth;
  }

  answered(depth: number): void {
    this.depth = Math.max(this.depth, depth);
  }
}

interface ItemOptions {
  latencyMs: number;
  log: CallLog;
  timers: Timers;
  hook: OfficeHook;
  onAnswer?: (name: string, result: AsyncResult) => void;
}

/** A compose message whose async calls are answered as `hook` says. */
function composeItem(state: ComposeState, options: ItemOptions): object {
  const { latencyMs, log, timers, hook, onAnswer } = options;
  const respond = (name: string, args: unknown[], produce: () => AsyncResult): void => {
    const depth = log.start(name);
    const callback = args[args.length - 1];
    hook({
      name,
      result: produce,
      answer: (result, delayMs = latencyMs) => {
        if (typeof callback !== "function") return;
        timers.setTimeout(() => {
          log.answered(depth);
          onAnswer?.(name, result);
          (callback as (result: AsyncResult) => void)(result);
        }, delayMs);
      },
    });
  };
  const ok = succeeded;
  const attachments = () => state.attachments ?? [];
  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync: (...args: unknown[]) =>
      respond(`${field}.getAsync`, args, () => ok(copy(state[field]))),
  });
  return {
    itemType: "message",
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    from: {
      getAsync: (...args: unknown[]) => respond("from.getAsync", args, () => ok(copy(state.from))),
    },
    subject: {
      getAsync: (...args: unknown[]) => respond("subject.getAsync", args, () => ok(state.subject)),
    },
    body: {
      getAsync: (coercion: unknown, ...args: unknown[]) =>
        respond("body.getAsync", args, () =>
          ok(coercion === "html" ? state.bodyHtml : state.bodyHtml.replace(/<[^<>]*>/g, "")),
        ),
    },
    getComposeTypeAsync: (...args: unknown[]) =>
      respond("getComposeTypeAsync", args, () =>
        ok({ composeType: state.composeType, coercionType: "html" }),
      ),
    getAttachmentsAsync: (...args: unknown[]) =>
      respond("getAttachmentsAsync", args, () =>
        ok(
          attachments().map(({ id, name, attachmentType }) => ({
            id,
            name,
            attachmentType,
            isInline: false,
          })),
        ),
      ),
    getAttachmentContentAsync: (id: unknown, ...args: unknown[]) =>
      respond("getAttachmentContentAsync", args, () => {
        const found = attachments().find((a) => a.id === id);
        if (!found) return failed("The attachment does not exist");
        return found.eml === undefined
          ? ok({ format: "base64", content: "" })
          : ok({ format: "eml", content: found.eml });
      }),
    sessionData: {
      getAllAsync: (...args: unknown[]) =>
        respond("sessionData.getAllAsync", args, () => ok(copy(state.sessionData))),
      getAsync: (key: unknown, ...args: unknown[]) =>
        respond("sessionData.getAsync", args, () =>
          typeof key === "string" && key in state.sessionData
            ? ok(state.sessionData[key])
            : failed("The key does not exist"),
        ),
    },
    internetHeaders: {
      getAsync: (names: unknown, ...args: unknown[]) =>
        respond("internetHeaders.getAsync", args, () => {
          const found: Record<string, string> = {};
          for (const name of Array.isArray(names) ? names : []) {
            const value = state.internetHeaders[String(name)];
            if (value !== undefined) found[String(name)] = value;
          }
          return ok(found);
        }),
      setAsync: (headers: unknown, ...args: unknown[]) =>
        respond("internetHeaders.setAsync", args, () => {
          Object.assign(state.internetHeaders, headers);
          return ok();
        }),
      removeAsync: (names: unknown, ...args: unknown[]) =>
        respond("internetHeaders.removeAsync", args, () => {
          for (const name of Array.isArray(names) ? names : [])
            delete state.internetHeaders[String(name)];
          return ok();
        }),
    },
  };
}

/** A 200 response with `text` as its body. */
export function textResponse(text: string): ResponseLike {
  return {
    ok: true,
    status: 200,
    text: () => Promise.resolve(text),
    json: () => Promise.resolve().then(() => JSON.parse(text) as unknown),
  };
}

/** A response with no usable body, e.g. 404. */
export function statusResponse(status: number, statusText = "Not Found"): ResponseLike {
  return {
    ok: status >= 200 && status < 300,
    status,
    text: () => Promise.resolve(statusText),
    json: () => Promise.reject(new Error(statusText)),
  };
}

/**
 * `fetch` for the add-in's host: anything under …/config/presets/ is read from `presetsDir`, the
 * rest of …/config/ from `configDir`, at once.
 */
export function configFetch(configDir: string, presetsDir: string, fetched: string[]) {
  /** The file a URL's path names under `folder` of the host (e.g. "/config/"), on disk in `root`. */
  const under = (path: string, folder: string, root: string) => {
    const at = path.lastIndexOf(folder);
    return at < 0 ? undefined : { root, file: resolve(root, path.slice(at + folder.length)) };
  };
  return (url: string): Promise<ResponseLike> => {
    fetched.push(url);
    const path = new URL(url).pathname;
    const found =
      under(path, "/config/presets/", resolve(presetsDir)) ??
      under(path, "/config/", resolve(configDir));
    const root = found?.root ?? "";
    const file = found?.file;
    const inside = file !== undefined && !relative(root, file).startsWith("..") && file !== root;
    if (!file || !inside || !existsSync(file)) return Promise.resolve(statusResponse(404));
    return Promise.resolve(textResponse(readFileSync(file, "utf8")));
  };
}

export type Handler = (event: { completed(options?: CompletedOptions): void }) => unknown;

export interface Runtime {
  handler: Handler;
  /** How long each Office call takes to answer. */
  latencyMs: number;
  /** Makes a fresh copy of `state` the item Office.context.mailbox.item returns; gives the copy. */
  compose(state: ComposeState): ComposeState;
  calls: CallLog;
  /** Runs `code` in the script's context, for tests that look inside it. */
  evaluate(code: string): unknown;
}

export interface RuntimeOptions {
  bundlePath: string;
  /** The folder served as config/. */
  configDir: string;
  /** The folder served as config/presets/. */
  presetsDir: string;
  /** How long each Office call takes to answer (unless `office` says otherwise). */
  latencyMs: number;
  /** Every URL fetched is added. */
  fetched: string[];
  /** Whatever the script logs is added. */
  logs: string[];
  /** Node's by default. */
  timers?: Timers;
  /** Replaces Date.now inside the context. */
  now?: () => number;
  /** How each Office call is answered; `answerNormally` by default. */
  office?: OfficeHook;
  /** How each config URL is answered; from disk by default. */
  fetch?: FetchHook;
  /** Told of each answer as it reaches its callback. */
  onAnswer?: (name: string, result: AsyncResult) => void;
  /**
   * Leaves the context with only the standard built-ins of ES2016 (`POST_ES2016_BUILTINS` gone,
   * `RegExp` refusing later flags and syntax), as classic Outlook's runtime before build 2403.
   */
  es2016Only?: boolean;
}

/**
 * The standard library added after ES2016 (ES2017–ES2025), and Intl's later constructors: what an
 * ES2016 runtime does not have. Syntax is acorn's to check (tests/build/dist.test.ts); well-known
 * symbols (Symbol.asyncIterator) cannot be deleted, and only syntax reaches them.
 */
export const POST_ES2016_BUILTINS: readonly string[] = [
  "globalThis",
  "BigInt",
  "WeakRef",
  "FinalizationRegistry",
  "AggregateError",
  "SharedArrayBuffer",
  "Atomics",
  "Iterator",
  "Object.entries",
  "Object.values",
  "Object.getOwnPropertyDescriptors",
  "Object.fromEntries",
  "Object.hasOwn",
  "Object.groupBy",
  "Map.groupBy",
  "Array.fromAsync",
  "Promise.allSettled",
  "Promise.any",
  "Promise.withResolvers",
  "Promise.try",
  "Promise.prototype.finally",
  "RegExp.escape",
  "Intl.Segmenter",
  "Intl.ListFormat",
  "Intl.RelativeTimeFormat",
  "Intl.DisplayNames",
  ...["padStart", "padEnd", "trimStart", "trimEnd", "trimLeft", "trimRight", "matchAll"].map(
    (name) => `String.prototype.${name}`,
  ),
  ...["replaceAll", "at", "isWellFormed", "toWellFormed"].map((name) => `String.prototype.${name}`),
  ...["flat", "flatMap", "at", "findLast", "findLastIndex", "toReversed", "toSorted"].map(
    (name) => `Array.prototype.${name}`,
  ),
  ...["toSpliced", "with"].map((name) => `Array.prototype.${name}`),
  ...["union", "intersection", "difference", "symmetricDifference"].map(
    (name) => `Set.prototype.${name}`,
  ),
  ...["isSubsetOf", "isSupersetOf", "isDisjointFrom"].map((name) => `Set.prototype.${name}`),
];

/**
 * Run in the context: deletes each of POST_ES2016_BUILTINS, and has `RegExp(…)` and
 * `new RegExp(…)` throw on what ES2016 cannot compile (flags s, d, v; lookbehind, named groups,
 * \p{…}). Regular expression literals keep the intrinsic RegExp: acorn checks those.
 */
const ES2016_ONLY_SCRIPT = `(() => {
  const root = globalThis;
  for (const path of ${JSON.stringify(POST_ES2016_BUILTINS)}) {
    const parts = path.split(".");
    const name = parts.pop();
    const owner = parts.reduce((o, part) => o && o[part], root);
    if (owner) delete owner[name];
  }
  const Intrinsic = RegExp;
  const refuse = (pattern, flags) => {
    const source = pattern instanceof Intrinsic ? pattern.source : String(pattern);
    const given = flags === undefined ? (pattern instanceof Intrinsic ? pattern.flags : "") : String(flags);
    if (!/^[gimuy]*$/.test(given) || ["(?<", "\\\\p{", "\\\\P{", "\\\\k<"].some((later) => source.includes(later)))
      throw new SyntaxError("not ES2016: /" + source + "/" + given);
  };
  const Checked = new Proxy(Intrinsic, {
    apply: (target, self, args) => (refuse(args[0], args[1]), Reflect.apply(target, self, args)),
    construct: (target, args, newTarget) => (refuse(args[0], args[1]), Reflect.construct(target, args, newTarget === Checked ? target : newTarget)),
  });
  RegExp = Checked;
})();`;

/** Relative to the repository when inside it, with "/" separators. */
export function displayPath(path: string): string {
  const inRepo = relative(findPackage(__dirname).root, path);
  return inRepo.startsWith("..") ? path : inRepo.split(sep).join("/");
}

export function missingBundleMessage(bundlePath: string): string {
  return `${bundlePath} not found: run npm run build first`;
}

/** Loads the built file into a fresh context shaped like Outlook on the web's runtime. */
export function loadRuntime(options: RuntimeOptions): Runtime {
  const { bundlePath, configDir, presetsDir, latencyMs, fetched, logs } = options;
  if (!existsSync(bundlePath)) throw new Error(missingBundleMessage(displayPath(bundlePath)));
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const calls = new CallLog();
  let item: object | undefined;
  const associated = new Map<string, unknown>();
  const mailboxVersion = "1.15";
  const office = {
    context: {
      requirements: {
        // Outlook on the web: Mailbox 1.1 … 1.15 (nothing else is asked).
        isSetSupported: (name: string, minVersion?: string) =>
          name.toLowerCase() === "mailbox" &&
          compareVersions(minVersion ?? "1.1", mailboxVersion) <= 0,
      },
      mailbox: {
        get item() {
          return item;
        },
      },
    },
    actions: {
      associate: (name: string, fn: unknown) => {
        associated.set(name, fn);
      },
    },
    ...SIM_ENUMS,
  };
  const record = (...parts: unknown[]) => logs.push(parts.map(String).join(" "));
  const hook = options.fetch;
  const serve = configFetch(configDir, presetsDir, hook ? [] : fetched);
  const context = createContext({
    Office: office,
    fetch: hook
      ? (url: string) => {
          fetched.push(url);
          return hook(url, () => serve(url));
        }
      : serve,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    console: { log: record, info: record, warn: record, error: record, debug: record },
  });
  if (options.now) (runInContext("Date", context) as DateConstructor).now = options.now;
  if (options.es2016Only) runInContext(ES2016_ONLY_SCRIPT, context);
  new Script(readFileSync(bundlePath, "utf8"), { filename: bundlePath }).runInContext(context);
  const handler = associated.get(HANDLER_NAME);
  if (typeof handler !== "function") {
    throw new Error(
      `${bundlePath} did not call Office.actions.associate("${HANDLER_NAME}", …) at load`,
    );
  }
  const itemOptions: ItemOptions = {
    latencyMs,
    log: calls,
    timers,
    hook: options.office ?? answerNormally,
    onAnswer: options.onAnswer,
  };
  return {
    handler: handler as Handler,
    latencyMs,
    calls,
    evaluate: (code) => runInContext(code, context),
    compose: (given) => {
      const state = copy(given);
      item = composeItem(state, itemOptions);
      return state;
    },
  };
}
