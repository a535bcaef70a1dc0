/**
 * Where the last good copy of the council's config is kept on this computer, so that one
 * unreachable host does not turn every check off:
 * - the runtime's `localStorage` where it has one: Outlook on the web, new Outlook and Mac run
 *   the on-send script in a browser runtime, and every task pane is a web page; runtimes of one
 *   add-in origin share it, so the pane and the on-send check keep the same copy;
 * - otherwise OfficeRuntime.storage: classic Outlook on Windows runs the on-send script in a
 *   JavaScript-only runtime, the one place Outlook add-ins have it.
 * `localStorage` answers at once rather than with a promise: the ConfigLoader wraps every call
 * in one, and a full store (QuotaExceededError) only costs the next runtime a fetch.
 */
import type { KeyValueStorage } from "./config-loader";

/** The global object's part that may hold `localStorage`. */
export interface StorageHost {
  localStorage?: unknown;
}

export function lastGoodCopyStorage(
  host: StorageHost,
  officeRuntimeStorage: KeyValueStorage | undefined,
): KeyValueStorage | undefined {
  try {
    // Reading it throws (SecurityError) where the browser blocks storage for the frame.
    const local = host.localStorage as KeyValueStorage | null | undefined;
    if (local) return local;
  } catch {
    // blocked: fall back
  }
  return officeRuntimeStorage;
}
