/** The Fluent theme for the pane, following high contrast and the light/dark scheme live. */
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { paneThemeName, type PaneThemeName, type ThemeSignals } from "./model/theme";

export const THEMES: Record<PaneThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

const DARK = "(prefers-color-scheme: dark)";
const FORCED = "(forced-colors: active)";

function readSignals(officeTheme: ThemeSignals["officeTheme"]): ThemeSignals {
  return {
    officeTheme,
    prefersDark: window.matchMedia(DARK).matches,
    forcedColors: window.matchMedia(FORCED).matches,
  };
}

export function usePaneTheme(officeTheme?: ThemeSignals["officeTheme"]): PaneThemeName {
  const [name, setName] = useState(() => paneThemeName(readSignals(officeTheme)));
  useEffect(() => {
    const update = () => setName(paneThemeName(readSignals(officeTheme)));
    const queries = [window.matchMedia(DARK), window.matchMedia(FORCED)];
    for (const query of queries) query.addEventListener("change", update);
    return () => {
      for (const query of queries) query.removeEventListener("change", update);
    };
  }, [officeTheme]);
  return name;
}
