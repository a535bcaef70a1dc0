/**
 * Loaded by a page in place of Microsoft's office.js (dist/playground/office-sim.js): installs
 * `window.Office` from a scripted mailbox, so the task pane runs in a plain browser, and exposes
 * the scripting handle as `window.__mailbox` for browser tests and the compose playground. The
 * scenario comes from sessionStorage["memberMailCheck.sim"] (see scenario.ts), else an empty
 * new mail on Mailbox 1.15. Inside a same-origin frame whose page has a `__mailbox` (the compose
 * playground), it uses that one instead.
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

/**
 * The mailbox of the page framing this one, when it is same-origin and has one: the compose
 * playground runs the on-send runtime page and the task pane in iframes, and both must act on
 * the one compose message it shows, as the handler and pane in Outlook share the open item.
 */
function parentMailbox(): ScriptedMailbox | undefined {
  try {
    if (window.parent === window) return undefined;
    return (window.parent as Window & { __mailbox?: ScriptedMailbox }).__mailbox;
  } catch {
    return undefined; // a cross-origin parent: reading it throws
  }
}

function newMailbox(): ScriptedMailbox {
  const { scenario, problems } = parseScenario(storedScenario());
  for (const problem of problems) console.warn(`Simulated Outlook: ignored ${problem}`);
  return createScriptedMailbox(scenario.state ?? {}, {
    mailboxVersion: scenario.mailboxVersion ?? "1.15",
    latencyMs: scenario.latencyMs ?? 0,
    theme: scenario.theme ?? "light",
    eventBasedActivation: scenario.eventBasedActivation ?? false,
  });
}

const mailbox = parentMailbox() ?? newMailbox();
(window as unknown as { Office: SimulatedOffice }).Office = mailbox.office;
window.__mailbox = mailbox;
