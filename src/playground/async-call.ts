/**
 * How every simulated Office call answers: Outlook's `(…params, [options], [callback])` calling
 * convention, an `Office.AsyncResult` on a later microtask (or after `latencyMs`), Outlook's own
 * error codes, a log of calls, and faults a test or the playground injects.
 */

/** Outlook's errors the simulation reports (codes and names from office.js's OutlookErrorManager). */
export const OUTLOOK_ERRORS = {
  InvalidAttachmentId: { code: 9003, message: "The attachment ID was invalid." },
  NumberOfRecipientsExceeded: {
    code: 9012,
    message: "The number of recipients exceeded 100 entries.",
  },
  /** What getInitializationContextAsync reports when the add-in was opened with no context. */
  GenericResponseError: { code: 9020, message: "There is no initialization context." },
  InvalidParameterValueError: { code: 9031, message: "The parameter value is invalid." },
  KeyNotFound: { code: 9050, message: "The specified key was not found." },
  SessionObjectMaxLengthExceeded: {
    code: 9051,
    message: "The 'sessionData' object surpassed its maximum length.",
  },
} as const;

export type OutlookErrorName = keyof typeof OUTLOOK_ERRORS;

/** Thrown inside an operation to answer with a failed result carrying Outlook's error. */
export class OutlookError extends Error {
  readonly code: number;
  constructor(
    readonly errorName: OutlookErrorName,
    message?: string,
  ) {
    super(message ?? OUTLOOK_ERRORS[errorName].message);
    this.code = OUTLOOK_ERRORS[errorName].code;
  }
}

/**
 * Code and name of an injected fault. Not one of Outlook's (9000 is AttachmentSizeExceeded
 * there): kept from the original test mock, whose tests expect it.
 */
export const FAULT_CODE = 9000;

export interface MailboxCall {
  /** e.g. "bcc.setAsync", "sessionData.getAllAsync". */
  name: string;
  /** As passed (recipient lists and other data copied at call time; functions kept). */
  args: unknown[];
}

export interface Faults {
  /** call name → error message: the call answers "failed". */
  fail: Map<string, string>;
  /** Call names that never call back (as a hung Outlook call). */
  hang: Set<string>;
  /** Fail only the nth call (1-based) of a name, e.g. the second "bcc.setAsync". */
  failNth: Map<string, number>;
  /** call name → ms: the call answers only after that long (as a slow Outlook call). */
  late: Map<string, number>;
}

const SUCCEEDED = "succeeded" as unknown as Office.AsyncResultStatus;
const FAILED = "failed" as unknown as Office.AsyncResultStatus;

/**
 * An AsyncResult as Outlook builds it: `status` is the string office.js uses at run time (the
 * declarations say numeric enum), and `error` is absent on success (the declarations say always).
 */
export function asyncResult<T>(
  value: T,
  asyncContext: unknown,
  error?: Office.Error,
): Office.AsyncResult<T> {
  return {
    status: error ? FAILED : SUCCEEDED,
    value: (error ? undefined : value) as T,
    error: error as Office.Error,
    asyncContext,
    diagnostics: undefined,
  };
}

/** A plain-data copy; a string (a 1 MB body, say) cannot change, so it is passed as it is. */
export const copy = <T>(value: T): T =>
  value === undefined || typeof value === "string"
    ? value
    : (JSON.parse(JSON.stringify(value)) as T);

const copyArg = (arg: unknown): unknown => (typeof arg === "function" ? arg : copy(arg));

type Callback = (result: Office.AsyncResult<unknown>) => void;

/** Splits `(…params, [options], [callback])` after `required` positional parameters. */
export function splitArgs(
  args: readonly unknown[],
  required: number,
): { params: unknown[]; asyncContext: unknown; callback: Callback | undefined } {
  const rest = args.slice(required);
  const callback = rest.find((a): a is Callback => typeof a === "function");
  const options = rest.find(
    (a): a is { asyncContext?: unknown } => typeof a === "object" && a !== null,
  );
  return { params: args.slice(0, required), asyncContext: options?.asyncContext, callback };
}

export interface Responder {
  readonly calls: MailboxCall[];
  readonly faults: Faults;
  /** 0: answer on the next microtask (as tests expect); above 0: after that many ms. */
  latencyMs: number;
  /** Runs `task` later, with the same latency as a call's answer. */
  later(task: () => void): void;
  /** Told after each operation ran (the state may have changed), before its callback. */
  afterOperation?: () => void;
  /**
   * Records a call and answers it later with `operation(params)`'s value, or a failed result
   * when a fault is set or the operation throws. The operation runs at answer time (so it reads
   * the state as it is then), and also when no callback was given, as Outlook does.
   */
  respond(
    name: string,
    args: readonly unknown[],
    required: number,
    operation: (params: unknown[]) => unknown,
  ): void;
}

export function createResponder(latencyMs = 0): Responder {
  const calls: MailboxCall[] = [];
  const faults: Faults = { fail: new Map(), hang: new Set(), failNth: new Map(), late: new Map() };
  const responder: Responder = {
    calls,
    faults,
    latencyMs,
    later(task) {
      if (responder.latencyMs > 0) globalThis.setTimeout(task, responder.latencyMs);
      else void Promise.resolve().then(task);
    },
    respond(name, args, required, operation) {
      calls.push({ name, args: args.map(copyArg) });
      const nth = calls.filter((c) => c.name === name).length;
      const { params, asyncContext, callback } = splitArgs(args, required);
      if (faults.hang.has(name)) return;
      const fault =
        faults.fail.get(name) ?? (faults.failNth.get(name) === nth ? "Failed (nth)" : undefined);
      const lateMs = faults.late.get(name);
      const answerLater = (task: () => void) =>
        lateMs === undefined ? responder.later(task) : void globalThis.setTimeout(task, lateMs);
      answerLater(() => {
        if (fault !== undefined) {
          callback?.(
            asyncResult(undefined, asyncContext, {
              code: FAULT_CODE,
              name: "Error",
              message: fault,
            }),
          );
          return;
        }
        let value: unknown;
        try {
          value = operation(params);
          responder.afterOperation?.();
        } catch (error) {
          const failure =
            error instanceof OutlookError
              ? { code: error.code, name: error.errorName, message: error.message }
              : { code: FAULT_CODE, name: "Error", message: String(error) };
          callback?.(asyncResult(undefined, asyncContext, failure));
          return;
        }
        callback?.(asyncResult(value, asyncContext));
      });
    },
  };
  return responder;
}
