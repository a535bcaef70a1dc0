/**
 * The officer's task pane: opened from the compose ribbon button or from "Review" in the Smart
 * Alert. It checks the open draft with the same engine and config as the on-send handler.
 */
import { createRoot } from "react-dom/client";
import { ComposeSession } from "../office/compose-session";
import { createConfigLoader } from "./config-loader";
import { Pane } from "./Pane";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  // Config sits beside this page, wherever the council hosts it.
  const loader = createConfigLoader(new URL(".", window.location.href).href);
  const session = new ComposeSession(Office.context, loader);
  createRoot(root).render(<Pane session={session} officeTheme={Office.context.officeTheme} />);
});
