import { luminance, paneThemeName } from "../../../src/taskpane/model/theme";

describe("paneThemeName", () => {
  const base = { prefersDark: false, forcedColors: false };

  test("Windows high contrast wins over everything", () => {
    expect(paneThemeName({ ...base, forcedColors: true, prefersDark: true })).toBe("high-contrast");
    expect(
      paneThemeName({
        ...base,
        forcedColors: true,
        officeTheme: { bodyBackgroundColor: "#ffffff" },
      }),
    ).toBe("high-contrast");
  });

  test("without Office's theme (event-based add-ins have none) the colour scheme decides", () => {
    expect(paneThemeName(base)).toBe("light");
    expect(paneThemeName({ ...base, prefersDark: true })).toBe("dark");
  });

  test("Office's theme, where there is one, decides light or dark", () => {
    expect(paneThemeName({ ...base, officeTheme: { bodyBackgroundColor: "#262626" } })).toBe(
      "dark",
    );
    expect(
      paneThemeName({
        ...base,
        prefersDark: true,
        officeTheme: { bodyBackgroundColor: "#F3F2F1" },
      }),
    ).toBe("light");
    expect(paneThemeName({ ...base, officeTheme: { isDarkTheme: true } })).toBe("dark");
    expect(
      paneThemeName({ ...base, prefersDark: true, officeTheme: { bodyBackgroundColor: "odd" } }),
    ).toBe("dark");
  });

  test("luminance", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1);
    expect(luminance("#808080")).toBeCloseTo(0.216, 2);
    expect(luminance("grey")).toBeUndefined();
  });
});
