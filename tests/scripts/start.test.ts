/**
 * scripts/start.js, behind `npm start`: the production build, made for the port it serves on, so
 * that `npm start -- --port N` never serves pages whose checks fetch config from port 3000 (and,
 * finding nothing there, let everything through). Run as a developer runs it, with HOME in a
 * temporary folder so its certificates go there.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { freePort } from "../helpers/free-port";

const ROOT = path.join(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "start.js");

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mmc-start-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function get(
  port: number,
  pathname: string,
  ca: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ hostname: "localhost", port, path: pathname, ca, agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

test("npm start -- --port N builds for port N and serves there", async () => {
  const port = await freePort();
  const home = path.join(tmp, "home");
  const out = path.join(tmp, "build");
  fs.mkdirSync(home);
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
  delete env.PORT;
  delete env.ADDIN_URL;

  const child = spawn(process.execPath, [SCRIPT, "--port", String(port), "--dist", out], { env });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    for (let i = 0; i < 3000 && !output.includes("Press Ctrl+C to stop."); i++) {
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(output).toContain(`https://localhost:${port}/playground.html`);
    // The manifest it serves is its own: no "points at another server" note.
    expect(output).not.toContain("not this server");

    const ca = fs.readFileSync(path.join(home, ".office-addin-dev-certs", "ca.crt"), "utf8");
    const manifest = await get(port, "/manifest.xml", ca);
    expect(manifest.body).toContain(`https://localhost:${port}/taskpane.html`);
    expect(manifest.body).not.toContain("https://localhost:3000/");
    // The on-send script and the pages fetch config from this server.
    const script = await get(port, "/launchevent.js", ca);
    expect(script.body).toContain(`https://localhost:${port}/`);
    expect(script.body).not.toContain("https://localhost:3000/");
    const policy = await get(port, "/config/policy.json", ca);
    expect(policy.status).toBe(200);
    // Production mode, as councils get it: minified.
    expect(script.body.split("\n").length).toBeLessThan(20);
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
}, 300_000);

test("npm start refuses a bad port with one line, before building", async () => {
  const child = spawn(process.execPath, [SCRIPT, "--port", "seventy"]);
  let err = "";
  child.stderr.on("data", (chunk) => (err += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code).toBe(2);
  expect(err.trim()).toBe('start: --port: "seventy" is not a port number (1–65535)');
});
