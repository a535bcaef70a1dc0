/**
 * Office's `(…, callback(AsyncResult))` calls as Promises, in one place. Every Office call in
 * src/office and src/launchevent goes through `officeCall`, so a failed status, a call that
 * throws synchronously (an API the client lacks) and the error's wording are handled once.
 */

/** The part of Office.AsyncResult we use (structural, so tests and benches can fake it). */
export interface OfficeAsyncResult<T> {
  /** "succeeded" or "failed" at run time (the type declarations call it a numeric enum). */
  status: Office.AsyncResultStatus | string;
  value: T;
  error?: { code?: number | string; name?: string; message?: string };
}

export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

/** An error's message, for logs and the reasons given to the officer. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An Office call that reported `failed` or threw. `call` names it, e.g. "bcc.getAsync". */
export class OfficeCallError extends Error {
  constructor(
    readonly call: string,
    readonly code: number | string | undefined,
    reason: string,
  ) {
    super(`${call} failed: ${reason}`);
    this.name = "OfficeCallError";
  }
}

/**
 * Starts an Office call and resolves with its value, or rejects with an OfficeCallError. The
 * promise never settles if Office never calls back: callers that must finish (the on-send
 * handler) race it against a deadline.
 */
export function officeCall<T>(
  call: string,
  start: (callback: OfficeCallback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result && String(result.status) === "succeeded") return resolve(result.value);
        const error = (result && result.error) || {};
        reject(
          new OfficeCallError(call, error.code, error.message || error.name || "no reason given"),
        );
      });
    } catch (error) {
      reject(new OfficeCallError(call, undefined, errorText(error)));
    }
  });
}
