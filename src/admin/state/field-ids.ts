/** The element id of the field editing a JSON pointer, so the error summary can move focus to it. */
export function fieldId(file: "policy" | "directory", path: string): string {
  return `field-${file}${path.replace(/[^A-Za-z0-9_-]+/g, "-")}`;
}
