/**
 * What the Smart Alerts dialog's Review button hands the task pane (`contextData`, read there
 * with `item.getInitializationContextAsync`). A JSON string, because classic Outlook on Windows
 * before Version 2402 only passes strings.
 */
import type { Finding } from "../core/findings";

/** What the on-send check decided (src/launchevent/decision.ts). */
export type Outcome = "allow" | "warn" | "block";

export interface SmartAlertContext {
  /** Format version. */
  v: 1;
  source: "onMessageSend";
  outcome: Outcome | "unavailable";
  /** preset/version, as in the stamp header. */
  policy?: string;
  findings: Finding[];
  /** Rule ids that could not be checked. */
  unchecked: string[];
  /** Why the check could not run, for outcome "unavailable". */
  reason?: string;
}

/** Above this the findings travel without their fixes (the task pane runs the check again anyway). */
const MAX_CONTEXT_LENGTH = 30000;

export function serializeContext(context: SmartAlertContext): string {
  const full = JSON.stringify(context);
  if (full.length <= MAX_CONTEXT_LENGTH) return full;
  const lean = context.findings.map((f) =>
    Object.assign({}, f, { fixes: [], people: [], citations: [] }),
  );
  return JSON.stringify(Object.assign({}, context, { findings: lean }));
}

/** The task pane's side: undefined unless the string is a context this module wrote. */
export function parseContext(text: unknown): SmartAlertContext | undefined {
  if (typeof text !== "string" || text === "") return undefined;
  try {
    const value = JSON.parse(text) as Partial<SmartAlertContext>;
    if (
      value &&
      value.v === 1 &&
      value.source === "onMessageSend" &&
      Array.isArray(value.findings)
    ) {
      return value as SmartAlertContext;
    }
  } catch {
    // not ours
  }
  return undefined;
}
