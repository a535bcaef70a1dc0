/**
 * Timers and a clock that move only when told to: a timer fires when `run` reaches its time, in
 * order of time and then of setting, and promise callbacks queued meanwhile settle between
 * timers. So a call that never answers or answers seconds late costs no real time, and "by
 * 3,000 ms" is measured on this clock, the same on every machine.
 */
interface Timer {
  at: number;
  order: number;
  callback: () => void;
}

/** Lets every queued promise callback run (they all run before a macrotask). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export class VirtualClock {
  private time = 0;
  private order = 0;
  private readonly timers = new Map<number, Timer>();

  readonly now = (): number => this.time;

  readonly setTimeout = (callback: () => void, ms: number): number => {
    const id = ++this.order;
    const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
    this.timers.set(id, { at: this.time + delay, order: id, callback });
    return id;
  };

  readonly clearTimeout = (handle: unknown): void => {
    if (typeof handle === "number") this.timers.delete(handle);
  };

  /** Timers still set. */
  get pending(): number {
    return this.timers.size;
  }

  /** Fires every timer due by `until`, settling promises between them; the clock ends at `until`. */
  async run(until: number): Promise<void> {
    for (;;) {
      await settle();
      let next: [number, Timer] | undefined;
      for (const entry of this.timers) {
        const [, timer] = entry;
        if (
          !next ||
          timer.at < next[1].at ||
          (timer.at === next[1].at && timer.order < next[1].order)
        )
          next = entry;
      }
      if (!next || next[1].at > until) break;
      this.timers.delete(next[0]);
      this.time = Math.max(this.time, next[1].at);
      next[1].callback();
    }
    this.time = Math.max(this.time, until);
  }
}
