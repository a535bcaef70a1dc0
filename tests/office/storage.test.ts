import { lastGoodCopyStorage } from "../../src/office/storage";
import type { KeyValueStorage } from "../../src/office/config-loader";

const officeRuntimeStorage: KeyValueStorage = {
  getItem: () => Promise.resolve(null),
  setItem: () => Promise.resolve(),
};

function memoryLocalStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

test("a browser runtime (web, new Outlook, Mac, every task pane): its localStorage", () => {
  const local = memoryLocalStorage();
  expect(lastGoodCopyStorage({ localStorage: local }, officeRuntimeStorage)).toBe(local);
  expect(lastGoodCopyStorage({ localStorage: local }, undefined)).toBe(local);
});

test("classic Outlook's JavaScript-only runtime (no localStorage): OfficeRuntime.storage", () => {
  expect(lastGoodCopyStorage({}, officeRuntimeStorage)).toBe(officeRuntimeStorage);
  expect(lastGoodCopyStorage({ localStorage: null }, officeRuntimeStorage)).toBe(
    officeRuntimeStorage,
  );
});

test("a frame whose storage the browser blocks (reading it throws): the fallback, no throw", () => {
  const blocked = {
    get localStorage(): unknown {
      throw new DOMException("The operation is insecure.", "SecurityError");
    },
  };
  expect(lastGoodCopyStorage(blocked, officeRuntimeStorage)).toBe(officeRuntimeStorage);
  expect(lastGoodCopyStorage(blocked, undefined)).toBeUndefined();
});
