/**
 * When the pane checks the draft: at most one check at a time, bursts of events (recipients
 * typed one by one, focus flicking back) folded into one check after a pause, and an explicit
 * request ("Check again", after a fix) run as soon as the current check is done, so its answer
 * always reflects the draft as it is now. Checks run asynchronously: typing is never blocked.
 */
export interface RunnerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface CheckRunnerOptions<R> {
  run: () => Promise<R>;
  onStart?: () => void;
  onResult: (result: R) => void;
  onError: (error: unknown) => void;
  timers: RunnerTimers;
  /** Quiet time after the last event before an event-driven check. Default 400 ms. */
  debounceMs?: number;
}

export class CheckRunner<R> {
  private running: Promise<R> | undefined;
  private queued: Promise<R> | undefined;
  private timer: unknown;
  private disposed = false;
  private readonly debounceMs: number;

  constructor(private readonly options: CheckRunnerOptions<R>) {
    this.debounceMs = options.debounceMs ?? 400;
  }

  /** Something changed (an event): check once things are quiet. */
  request(): void {
    if (this.disposed) return;
    this.cancelTimer();
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = undefined;
      this.now().catch(() => undefined); // reported through onError
    }, this.debounceMs);
  }

  /** Check now, or straight after the check under way (which may have read an older draft). */
  now(): Promise<R> {
    this.cancelTimer();
    if (!this.running) return this.start();
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.start();
      });
    return this.queued;
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private start(): Promise<R> {
    this.options.onStart?.();
    const check = this.options.run();
    this.running = check;
    const settle = () => {
      if (this.running === check) this.running = undefined;
    };
    check.then(
      (result) => {
        settle();
        if (!this.disposed) this.options.onResult(result);
      },
      (error: unknown) => {
        settle();
        if (!this.disposed) this.options.onError(error);
      },
    );
    return check;
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
