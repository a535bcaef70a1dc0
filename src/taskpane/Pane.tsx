/** The pane inside its Fluent theme, which follows Outlook's light, dark or high-contrast look. */
import { FluentProvider } from "@fluentui/react-components";
import type { ComposeSession } from "../office/compose-session";
import { App } from "./App";
import type { ThemeSignals } from "./model/theme";
import { THEMES, usePaneTheme } from "./use-pane-theme";

export interface PaneProps {
  session: ComposeSession;
  officeTheme?: ThemeSignals["officeTheme"];
  debounceMs?: number;
}

export function Pane({ session, officeTheme, debounceMs }: PaneProps) {
  const themeName = usePaneTheme(officeTheme);
  return (
    <FluentProvider theme={THEMES[themeName]} data-theme={themeName} style={{ minHeight: "100vh" }}>
      <App session={session} debounceMs={debounceMs} />
    </FluentProvider>
  );
}
