/**
 * The scenario a page loads the simulated Outlook with: stored as JSON in sessionStorage (so it
 * survives a reload of the task pane, and Playwright can seed it before any script runs).
 */
import type { MailboxState, ThemeName } from "./scripted-mailbox";
import { isMailboxVersion } from "./requirements";

export const SCENARIO_KEY = "memberMailCheck.sim";

export interface SimScenario {
  /** The draft; anything left out is an empty new mail's. */
  state?: Partial<MailboxState>;
  /** Mailbox requirement set of the simulated client. Default "1.15". */
  mailboxVersion?: string;
  /** Delay before each answer, in ms (0: next microtask). */
  latencyMs?: number;
  theme?: ThemeName;
  eventBasedActivation?: boolean;
}

const THEME_NAMES: readonly string[] = ["light", "dark", "black"];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The scenario in `text` (null: none stored, an empty new mail). What cannot be used is dropped
 * and named in `problems`, so a bad scenario still opens a mailbox and says why it looks empty.
 */
export function parseScenario(text: string | null | undefined): {
  scenario: SimScenario;
  problems: string[];
} {
  if (text === null || text === undefined || text === "") return { scenario: {}, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { scenario: {}, problems: [`${SCENARIO_KEY} is not JSON`] };
  }
  if (!isObject(json)) return { scenario: {}, problems: [`${SCENARIO_KEY} is not an object`] };
  const scenario: SimScenario = {};
  const problems: string[] = [];
  const { state, mailboxVersion, latencyMs, theme, eventBasedActivation } = json;
  if (isObject(state)) scenario.state = state as Partial<MailboxState>;
  else if (state !== undefined) problems.push("state is not an object");
  if (typeof mailboxVersion === "string" && isMailboxVersion(mailboxVersion)) {
    scenario.mailboxVersion = mailboxVersion;
  } else if (mailboxVersion !== undefined) problems.push(`mailboxVersion "${mailboxVersion}"`);
  if (typeof latencyMs === "number" && latencyMs >= 0) scenario.latencyMs = latencyMs;
  else if (latencyMs !== undefined) problems.push("latencyMs is not a number ≥ 0");
  if (typeof theme === "string" && THEME_NAMES.includes(theme)) {
    scenario.theme = theme as ThemeName;
  } else if (theme !== undefined) problems.push(`theme "${theme}"`);
  if (typeof eventBasedActivation === "boolean") {
    scenario.eventBasedActivation = eventBasedActivation;
  }
  return { scenario, problems };
}
