/**
 * A configuration or input file that cannot be used. `toString()` is the one-line reason the CLI
 * prints and the task pane shows: the file, the JSON path (RFC 6901 pointer) and what is wrong.
 */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${file}: ${path || "/"}: ${reason}`);
    this.name = "ConfigError";
  }
}
