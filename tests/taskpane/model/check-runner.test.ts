import { CheckRunner } from "../../../src/taskpane/model/check-runner";

/** A check whose answers the test releases one at a time. */
function controlledCheck() {
  const pending: Array<(value: number) => void> = [];
  let started = 0;
  const run = () => {
    started++;
    return new Promise<number>((resolve) => pending.push(resolve));
  };
  return { run, pending, started: () => started };
}

function runner(run: () => Promise<number>) {
  const results: number[] = [];
  const errors: unknown[] = [];
  const r = new CheckRunner<number>({
    run,
    onResult: (n) => results.push(n),
    onError: (e) => errors.push(e),
    timers: {
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    },
    debounceMs: 400,
  });
  return { r, results, errors };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("a burst of events gives one check, after the quiet time", async () => {
  const check = controlledCheck();
  const { r } = runner(check.run);
  r.request();
  jest.advanceTimersByTime(300);
  r.request();
  jest.advanceTimersByTime(300);
  r.request();
  expect(check.started()).toBe(0);
  jest.advanceTimersByTime(400);
  expect(check.started()).toBe(1);
});

test("one check at a time: a request during a check runs once, after it", async () => {
  const check = controlledCheck();
  const { r, results } = runner(check.run);
  const first = r.now();
  const second = r.now();
  const third = r.now();
  expect(check.started()).toBe(1);
  check.pending[0]?.(1);
  await expect(first).resolves.toBe(1);
  await Promise.resolve();
  expect(check.started()).toBe(2);
  check.pending[1]?.(2);
  await expect(second).resolves.toBe(2);
  await expect(third).resolves.toBe(2);
  expect(results).toEqual([1, 2]);
});

test("an explicit check cancels the pending event-driven one", async () => {
  const check = controlledCheck();
  const { r } = runner(check.run);
  r.request();
  void r.now();
  check.pending[0]?.(1);
  jest.advanceTimersByTime(1000);
  expect(check.started()).toBe(1);
});

test("a failed check is reported and the next one still runs", async () => {
  let n = 0;
  const { r, results, errors } = runner(() =>
    ++n === 1 ? Promise.reject(new Error("bcc.getAsync failed")) : Promise.resolve(n),
  );
  await expect(r.now()).rejects.toThrow("bcc.getAsync failed");
  await expect(r.now()).resolves.toBe(2);
  expect(errors).toHaveLength(1);
  expect(results).toEqual([2]);
});

test("after dispose nothing more is checked or reported", async () => {
  const check = controlledCheck();
  const { r, results } = runner(check.run);
  const first = r.now();
  r.request();
  r.dispose();
  check.pending[0]?.(1);
  await first;
  jest.advanceTimersByTime(1000);
  expect(results).toEqual([]);
  expect(check.started()).toBe(1);
});
