/**
 * Which Fluent theme the pane uses. Office's theme API (`Office.context.officeTheme`) is missing
 * in Outlook add-ins that use event-based activation, as this one does, so the pane mostly
 * follows what the webview reports: Windows high contrast (`forced-colors`) first, then the
 * light or dark scheme Outlook and the system ask for. Where Office does give its theme (other
 * hosts, future clients) its body colour decides light or dark.
 */
export type PaneThemeName = "light" | "dark" | "high-contrast";

export interface ThemeSignals {
  /** `Office.context.officeTheme`, when the client has it. */
  officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | undefined;
  /** `(prefers-color-scheme: dark)` */
  prefersDark: boolean;
  /** `(forced-colors: active)`: Windows high contrast. */
  forcedColors: boolean;
}

/** Relative luminance of a "#rrggbb" colour, 0 (black) … 1 (white); undefined if unreadable. */
export function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return undefined;
  const value = parseInt(match[1], 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

export function paneThemeName(signals: ThemeSignals): PaneThemeName {
  if (signals.forcedColors) return "high-contrast";
  const office = signals.officeTheme;
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const light = office.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : undefined;
    if (light !== undefined) return light < 0.4 ? "dark" : "light";
  }
  return signals.prefersDark ? "dark" : "light";
}
