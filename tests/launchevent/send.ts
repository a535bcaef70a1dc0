/** Drives the on-send handler against the Outlook mock and the fake add-in host. */
import { createOnMessageSendHandler } from "../../src/launchevent/handler";
import {
  createOutlookMock,
  sampleDraft,
  stateFromDraft,
  type MailboxState,
} from "../office/outlook-mock";
import { BASE_URL, fakeFetch, sampleConfig, type Served } from "../office/fake-config";

export interface SendSetup {
  state?: Partial<MailboxState>;
  sample?: string;
  files?: Record<string, Served>;
  storage?: {
    getItem(key: string): Promise<string | null>;
    setItem(key: string, value: string): Promise<void>;
  };
  version?: string;
}

export async function setupSend(options: SendSetup = {}) {
  const state = options.sample
    ? stateFromDraft(await sampleDraft(options.sample))
    : (options.state ?? {});
  const mock = createOutlookMock(state, options.version ?? "1.15");
  const fetch = fakeFetch(options.files ?? sampleConfig());
  const logs: string[] = [];
  const handler = createOnMessageSendHandler({
    baseUrl: BASE_URL,
    fetch,
    storage: options.storage,
    now: () => Date.parse("2026-11-16T10:00:00Z"),
    // Looked up at call time, so Jest's fake timers apply when a test turns them on.
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    office: mock.office,
    log: (message) => logs.push(message),
  });
  /** One Send: resolves when the handler's promise does. */
  const send = async () => {
    const completed = jest.fn();
    await handler({ completed });
    return completed;
  };
  /** One Send whose promise may never settle (a hung call): the test advances fake timers. */
  const start = () => {
    const completed = jest.fn();
    void handler({ completed });
    return completed;
  };
  return { mock, fetch, handler, send, start, logs };
}

/** The single options object passed to event.completed. */
export function completedWith(completed: jest.Mock): any {
  expect(completed).toHaveBeenCalledTimes(1);
  return completed.mock.calls[0][0];
}
