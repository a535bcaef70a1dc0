/** Timers as a dependency, so tests use fake ones and the JS-only runtime uses its own globals. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * The promise's outcome, or an Error "<what> took longer than <ms> ms" after `ms` (a plain Error:
 * nothing tells a timeout apart by its type, and the on-send script is short of bytes). The
 * timer is cleared either way.
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
  timers: Timers,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = timers.setTimeout(
      () => reject(new Error(`${what} took longer than ${ms} ms`)),
      ms,
    );
    const settle =
      <A>(then: (value: A) => void) =>
      (value: A) => {
        timers.clearTimeout(handle);
        then(value);
      };
    promise.then(settle(resolve), settle(reject));
  });
}
