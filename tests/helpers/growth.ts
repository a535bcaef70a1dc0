/**
 * Linear-time checks without wall-clock assertions: time the same work on a 100 KB and a 1 MB
 * input and compare. Linear work grows about 10×, quadratic about 100×; the tests assert the
 * ratio stays under 30, never an absolute time.
 */

/** `unit` repeated to exactly `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Milliseconds per run: the median of `samples`, each long enough (≥ 25 ms) to time reliably. */
export function medianMilliseconds(run: () => void, samples: number): number {
  const once = (): number => {
    const started = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const warmUp = Math.max(once(), 0.01);
  const iterations = Math.min(50, Math.max(1, Math.ceil(25 / warmUp)));
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6 / iterations);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * How much longer `work` takes on `large` than on `small` (medians). A busy machine (the other
 * test workers, the garbage collector) can inflate one measurement, never every one, so the
 * smallest of up to three measurements counts; real quadratic growth shows in all of them.
 */
export function growthRatio<T>(
  work: (input: T) => unknown,
  small: T,
  large: T,
  limit = 30,
): number {
  work(large); // warm the JIT on the large input so neither size pays for compilation
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= limit; attempt++) {
    const smallMs = medianMilliseconds(() => work(small), 5);
    const largeMs = medianMilliseconds(() => work(large), 3);
    best = Math.min(best, largeMs / Math.max(smallMs, 0.01));
  }
  return best;
}
