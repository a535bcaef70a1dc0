/** Where the CLI writes and which folder relative paths start from; tests pass their own. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** Colour is used only on a terminal. */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  /** For NO_COLOR (https://no-color.org); the process environment when not given. */
  env?: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/** Colour only on a terminal, and never when NO_COLOR is set. */
export function useColour(io: CliIo): boolean {
  return Boolean(io.stdout.isTTY) && !(io.env ?? {}).NO_COLOR;
}
