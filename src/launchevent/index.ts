/**
 * The launch-event entry (bundled into launchevent.js by scripts/onsend-bundle.js): wires the handler to the runtime's
 * globals and registers it with `Office.actions.associate` at load, as classic Outlook's
 * JavaScript-only runtime requires (no DOM, no Office.onReady, no dynamic imports). Everything
 * the handler does is in handler.ts, so tests and the benchmark can drive it with mocks.
 */
import { createOnMessageSendHandler, HANDLER_NAME, type OfficeLike } from "./handler";
import type { FetchLike, KeyValueStorage } from "../office/config-loader";
import { lastGoodCopyStorage } from "../office/storage";

interface LaunchEventGlobals {
  Office?: OfficeLike & { actions?: { associate(name: string, handler: unknown): void } };
  OfficeRuntime?: { storage?: KeyValueStorage };
  localStorage?: unknown;
  fetch?: FetchLike;
  console?: { log(message: string): void };
  [name: string]: unknown;
}

/** The global object, without assuming `globalThis` (older runtimes lack it). */
function globalObject(): LaunchEventGlobals {
  if (typeof globalThis !== "undefined") return globalThis as unknown as LaunchEventGlobals;
  if (typeof self !== "undefined") return self as unknown as LaunchEventGlobals;
  return {};
}

const host = globalObject();
const office =
  typeof Office !== "undefined" ? (Office as unknown as LaunchEventGlobals["Office"]) : host.Office;
const runtimeStorage =
  typeof OfficeRuntime !== "undefined" ? OfficeRuntime.storage : host.OfficeRuntime?.storage;
const globalFetch: FetchLike | undefined =
  typeof fetch !== "undefined" ? (fetch as unknown as FetchLike) : host.fetch;

const handler = createOnMessageSendHandler({
  baseUrl: __ADDIN_BASE_URL__,
  fetch: (url, init) =>
    globalFetch ? globalFetch(url, init) : Promise.reject(new Error("fetch is not available")),
  storage: lastGoodCopyStorage(host, runtimeStorage),
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  // Read per event (mailbox.item is the item being sent); a runtime without Office has no item.
  office: office ?? { context: { mailbox: {} } },
  log: (message) => host.console?.log(`[Member Mail Check] ${message}`),
});

// For the bench and for runtimes that look the handler up by name on the global object.
host[HANDLER_NAME] = handler;

if (office?.actions?.associate) office.actions.associate(HANDLER_NAME, handler);
