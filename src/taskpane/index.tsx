/**
 * The officer's task pane: opened from the compose ribbon button or from "Review" in the Smart
 * Alert. It checks the open draft with the same engine and config as the on-send handler.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      {/* Config sits beside this page, wherever the council hosts it. */}
      <App baseUrl={new URL(".", window.location.href).href} />
    </FluentProvider>,
  );
});
