/**
 * scripts/dev.js, behind `npm run dev`: a development build for the port it serves on, into its
 * own folder (never dist/), served over HTTPS, rebuilt when a source changes. Run as a developer
 * runs it, with HOME in a temporary folder so its certificates go there.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { freePort } from "../helpers/free-port";

const ROOT = path.join(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "dev.js");

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mmc-dev-"));
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

test("npm run dev builds for its port into its own folder, serves it, and stops on Ctrl+C", async () => {
  const port = await freePort();
  const home = path.join(tmp, "home");
  const out = path.join(tmp, "dev-build");
  fs.mkdirSync(home);
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
  delete env.PORT;
  const distManifest = path.join(ROOT, "dist", "manifest.xml");
  const distBefore = fs.existsSync(distManifest) ? fs.statSync(distManifest).mtimeMs : undefined;

  const child = spawn(process.execPath, [SCRIPT, "--port", String(port), "--dist", out], { env });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    for (let i = 0; i < 2400 && !output.includes("Press Ctrl+C to stop."); i++) {
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(output).toContain(`serving`);
    expect(output).toContain(`https://localhost:${port}/playground.html`);

    const ca = fs.readFileSync(path.join(home, ".office-addin-dev-certs", "ca.crt"), "utf8");
    const manifest = await get(port, "/manifest.xml", ca);
    expect(manifest.status).toBe(200);
    // Built for this port: Outlook sideloaded from here loads this server's pages.
    expect(manifest.body).toContain(`https://localhost:${port}/taskpane.html`);
    expect(manifest.body).not.toContain("https://localhost:3000/");
    const pane = await get(port, "/taskpane.html", ca);
    expect(pane.status).toBe(200);
    // Development mode: readable, not the production build.
    expect(
      fs.readFileSync(path.join(out, "launchevent.js"), "utf8").split("\n").length,
    ).toBeGreaterThan(100);
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
  const distAfter = fs.existsSync(distManifest) ? fs.statSync(distManifest).mtimeMs : undefined;
  expect(distAfter).toBe(distBefore);
}, 300_000);

test("npm run dev refuses a bad port with one line", async () => {
  const child = spawn(process.execPath, [SCRIPT, "--port", "seventy"]);
  let err = "";
  child.stderr.on("data", (chunk) => (err += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code).toBe(2);
  expect(err.trim()).toBe('dev: --port: "seventy" is not a port number (1–65535)');
});
