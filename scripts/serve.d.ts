// Types for scripts/serve.js (plain Node, run without a build step), for tests/scripts/serve.test.ts.
import type { Server } from "node:https";

export interface RunningServer {
  server: Server;
  port: number;
  /** https://localhost:<port> */
  origin: string;
  close(): Promise<void>;
}

export function startServer(options: {
  dist: string;
  port: number;
  cert: string | Buffer;
  key: string | Buffer;
  host?: string;
  log?: (line: string) => void;
}): Promise<RunningServer>;

export function contentType(file: string): string;
export function cacheControl(file: string): "no-store" | "no-cache";
export function resolveRequestPath(
  root: string,
  rawUrl: string | undefined,
): { status: 400 | 403 } | { file: string; decoded: string; status?: undefined };
export function listenErrorMessage(error: unknown, port: number): string | undefined;

export interface Certificates {
  dir: string;
  ca: string;
  cert: string;
  key: string;
  generated: boolean;
  caPem: string;
  certPem: string;
  keyPem: string;
}
export function ensureCertificates(options?: {
  dir?: string;
  days?: number;
  log?: (line: string) => void;
}): Promise<Certificates>;
export function certificateProblem(
  paths: { ca: string; cert: string; key: string },
  now?: Date,
): string | undefined;
export function isCaTrusted(caPem: string): boolean | undefined;
export function parseArgs(
  argv: string[],
  env?: Record<string, string | undefined>,
): { port: number; dist: string; help: boolean };
export function banner(options: {
  origin: string;
  dist: string;
  caPath: string;
  trusted: boolean | undefined;
}): string;
export function main(argv?: string[]): Promise<number | undefined>;
