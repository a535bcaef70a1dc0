/**
 * The compose playground (playground.html). The page owns the one scripted mailbox: the compose
 * form edits it, and the on-send runtime and task pane frames (whose office-sim.js finds it on
 * this window) act on it, as the handler and pane act on the open item in Outlook.
 */
import { createRoot } from "react-dom/client";
import { createScriptedMailbox } from "../scripted-mailbox";
import { OFFICER, recipient } from "./draft";
import { owaBody } from "./owa-body";
import { Playground } from "./Playground";

const mailbox = createScriptedMailbox(
  { from: recipient(OFFICER), bodyHtml: owaBody([""]) },
  // Outlook on the web; this add-in uses event-based activation, so no officeTheme.
  { mailboxVersion: "1.15", latencyMs: 5, eventBasedActivation: true },
);
window.__mailbox = mailbox;

const root = document.getElementById("root");
if (root) createRoot(root).render(<Playground mailbox={mailbox} />);
