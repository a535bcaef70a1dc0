/** The pane's ConfigLoader: the browser's fetch and timers, and OfficeRuntime.storage where there is one. */
import { ConfigLoader } from "../office/config-loader";

export function createConfigLoader(baseUrl: string): ConfigLoader {
  return new ConfigLoader({
    baseUrl,
    fetch: (url, init) => fetch(url, init),
    storage: typeof OfficeRuntime !== "undefined" ? OfficeRuntime.storage : undefined,
    now: () => Date.now(),
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
  });
}
