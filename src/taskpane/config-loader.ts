/** The pane's ConfigLoader: the browser's fetch and timers, and the last good copy's storage (src/office/storage.ts). */
import { ConfigLoader, type KeyValueStorage } from "../office/config-loader";

export function createConfigLoader(baseUrl: string, storage?: KeyValueStorage): ConfigLoader {
  return new ConfigLoader({
    baseUrl,
    fetch: (url, init) => fetch(url, init),
    storage,
    now: () => Date.now(),
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
  });
}
