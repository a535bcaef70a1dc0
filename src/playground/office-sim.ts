/**
 * Loaded by a page in place of Microsoft's office.js (dist/playground/office-sim.js): installs
 * `window.Office` from a scripted mailbox, so the task pane runs in a plain browser, and exposes
 * the scripting handle as `window.__mailbox` for browser tests and the compose playground. The
 * scenario comes from sessionStorage["memberMailCheck.sim"] (see scenario.ts), else an empty
 * new mail on Mailbox 1.15.
 */
import { SCENARIO_KEY, parseScenario } from "./scenario";
import {
  createScriptedMailbox,
  type ScriptedMailbox,
  type SimulatedOffice,
} from "./scripted-mailbox";

declare global {
  interface Window {
    /** The simulated Outlook's scripting handle (only when office-sim.js stands in for office.js). */
    __mailbox?: ScriptedMailbox;
  }
}

function storedScenario(): string | null {
  try {
    return window.sessionStorage.getItem(SCENARIO_KEY);
  } catch {
    return null; // storage blocked (e.g. an opaque origin): start empty
  }
}

const { scenario, problems } = parseScenario(storedScenario());
for (const problem of problems) console.warn(`Simulated Outlook: ignored ${problem}`);
const mailbox = createScriptedMailbox(scenario.state ?? {}, {
  mailboxVersion: scenario.mailboxVersion ?? "1.15",
  latencyMs: scenario.latencyMs ?? 0,
  theme: scenario.theme ?? "light",
  eventBasedActivation: scenario.eventBasedActivation ?? false,
});
(window as unknown as { Office: SimulatedOffice }).Office = mailbox.office;
window.__mailbox = mailbox;
