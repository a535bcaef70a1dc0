/**
 * The officer's task pane: opened from the compose ribbon button or from "Review" in the Smart
 * Alert. It checks the open draft with the same engine and config as the on-send handler.
 */
import { createRoot } from "react-dom/client";
import { ComposeSession, officeReady } from "../office/compose-session";
import { createConfigLoader } from "./config-loader";
import { Pane } from "./Pane";

void officeReady().then(({ context, officeTheme, storage }) => {
  const root = document.getElementById("root");
  if (!root) return;
  // Config sits beside this page, wherever the council hosts it.
  const loader = createConfigLoader(new URL(".", window.location.href).href, storage);
  let session: ComposeSession;
  try {
    session = new ComposeSession(context, loader);
  } catch (error) {
    // Opened without an email being written (e.g. from a read message): say so, plainly.
    root.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  createRoot(root).render(<Pane session={session} officeTheme={officeTheme} />);
});
