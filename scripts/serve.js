// Serves the built add-in (dist/) over HTTPS on https://localhost:3000 for development: `npm start`
// builds first, `npm run serve` serves what is there. Plain Node (no build step, no dependencies
// beyond office-addin-dev-certs for the certificate).
//
//   node scripts/serve.js [--port 3000] [--dist dist]        (PORT=3001 works too)
//
// Certificates: the CA and the localhost certificate live where office-addin-dev-certs keeps them,
// ~/.office-addin-dev-certs/{ca.crt,localhost.crt,localhost.key}. We do NOT call its
// `ensureCertificatesAreInstalled()` / `install`: on Linux that runs `sudo sh install_linux.sh`
// (copy into /usr/local/share/ca-certificates + update-ca-certificates), which needs root, and its
// `verifyCertificates()` runs verify_linux.sh, which reports "not trusted" or fails outright when
// the CA is missing from the system store. Instead we check the three files ourselves (dates, that
// the CA issued the certificate, that it names localhost, that the key matches) and, when anything
// is missing, expired or wrong, delete those three files and call `generateCertificates()` only
// (it writes files, nothing else). Trusting the CA is left to the developer; the banner says how.
//
// Usage data (telemetry): office-addin-dev-certs depends on office-addin-usage-data. Older
// versions of that package sent events to Application Insights unless the user had opted out (its
// CLI `npx office-addin-usage-data off`, saved in ~/office-addin-usage-data.json). The version the
// lockfile installs, office-addin-usage-data@3.0.0, has had reporting removed: every report method
// of OfficeAddinUsageData is a no-op, isUsageDataOn() is always false, the settings functions
// neither read nor write the settings file, and the package requires no network module at all.
// On top of that, the only function we call, generateCertificates(), never touches the usage-data
// object in any version (only verifyCertificates() / ensureCertificatesAreInstalled() report), and
// we load lib/generate directly rather than the package's main module. So `npm start` sends
// nothing off the machine. tests/scripts/serve.test.ts fails if a dependency update brings a
// reporting office-addin-usage-data back.
const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");
const { contentSecurityPolicy } = require("./csp");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_PORT = 3000;
/** Lifetime of a generated CA and certificate (office-addin-dev-certs' own default is 30 days). */
const CERT_DAYS = 365;
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const PLAYGROUND = "/playground.html";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".eml": "message/rfc822",
  ".woff2": "font/woff2",
  ".zip": "application/zip",
};

/** The Content-Type for a file name (application/octet-stream when unknown). */
function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
}

/** HTML, the manifest and JSON (config/, .well-known/) must never be cached: edits show at once. */
function cacheControl(file) {
  return /\.(html|xml|json)$/i.test(file) ? "no-store" : "no-cache";
}

function sendText(res, status, text, headers = {}) {
  const body = Buffer.from(`${text}\n`, "utf8");
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": body.length,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

/**
 * Maps a request path to a file under `root`, or an HTTP status when it must not be served.
 * Refuses any ".." segment, raw or percent-encoded (%2e%2e, ..%2f, ..%5c), before resolving, and
 * then checks that the resolved path is still inside `root`.
 */
function resolveRequestPath(root, rawUrl) {
  const rawPath = String(rawUrl || "/").split(/[?#]/)[0];
  if (!rawPath.startsWith("/")) return { status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes("\0")) return { status: 400 };
  if (decoded.split(/[\\/]/).some((segment) => segment === "..")) return { status: 403 };
  const file = path.resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + path.sep)) return { status: 403 };
  return { file, decoded };
}

function createHandler(dist, log) {
  const root = path.resolve(dist);
  return (req, res) => {
    const fail = (status, text, headers) => {
      log(`${req.method} ${req.url} → ${status}`);
      sendText(res, status, text, headers);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      return fail(405, "Method not allowed", { Allow: "GET, HEAD" });
    }
    const target = resolveRequestPath(root, req.url);
    if (target.status === 400) return fail(400, "Bad request");
    if (target.status === 403) return fail(403, "Forbidden: outside the served folder");
    if (target.decoded === "/") {
      res.writeHead(302, { Location: PLAYGROUND, "Cache-Control": "no-store" });
      return res.end();
    }
    fs.realpath(target.file, (realError, real) => {
      if (realError) return fail(404, `Not found: ${target.decoded}`);
      // A symbolic link inside dist/ must not lead outside it either.
      let realRoot;
      try {
        realRoot = fs.realpathSync(root);
      } catch {
        return fail(404, `Not found: ${target.decoded} (is a build running?)`);
      }
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
        return fail(403, "Forbidden: outside the served folder");
      }
      fs.stat(real, (statError, stat) => {
        if (statError || !stat.isFile()) return fail(404, `Not found: ${target.decoded}`);
        res.writeHead(200, {
          "Content-Type": contentType(real),
          "Content-Length": stat.size,
          "Cache-Control": cacheControl(real),
          "X-Content-Type-Options": "nosniff",
          // The same policy as the page's own meta tag (scripts/csp.js).
          ...(/\.html$/i.test(real)
            ? { "Content-Security-Policy": contentSecurityPolicy(real) }
            : {}),
        });
        if (req.method === "HEAD") return res.end();
        const stream = fs.createReadStream(real);
        stream.on("error", () => res.destroy());
        stream.pipe(res);
      });
    });
  };
}

/** The one-paragraph reason a port cannot be listened on, or undefined for other errors. */
function listenErrorMessage(error, port) {
  const next = port + 1;
  if (error && error.code === "EADDRINUSE") {
    return (
      `Port ${port} is in use: stop the other server or run npm start -- --port ${next}\n` +
      `(which builds for that port; a build served with npm run serve needs ` +
      `npm run build -- --env url=https://localhost:${next}/ && npm run serve -- --port ${next})`
    );
  }
  if (error && error.code === "EACCES") {
    return `Port ${port} needs privileges this user does not have: run npm start -- --port ${DEFAULT_PORT}`;
  }
  return undefined;
}

/**
 * Starts the HTTPS server for `dist` on 127.0.0.1 (browsers and Outlook reach it as localhost).
 * Resolves once listening with the actual port (pass port 0 for an ephemeral one); rejects with a
 * readable message when the port is taken.
 * @param {{dist: string, port: number, cert: string|Buffer, key: string|Buffer, host?: string, log?: (line: string) => void}} options
 */
function startServer({ dist, port, cert, key, host = "127.0.0.1", log = () => {} }) {
  const server = https.createServer({ cert, key }, createHandler(dist, log));
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      const message = listenErrorMessage(error, port);
      if (!message) return reject(error);
      const friendly = new Error(message);
      friendly.code = error.code;
      reject(friendly);
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        origin: `https://localhost:${actual}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

// ---- certificates ------------------------------------------------------------------------------

function certificatePaths(dir = CERT_DIR) {
  return {
    dir,
    ca: path.join(dir, "ca.crt"),
    cert: path.join(dir, "localhost.crt"),
    key: path.join(dir, "localhost.key"),
  };
}

/** Why the CA/certificate/key in `paths` cannot be used (undefined when they can). */
function certificateProblem(paths, now = new Date()) {
  let ca, cert, key;
  try {
    ca = new crypto.X509Certificate(fs.readFileSync(paths.ca));
    cert = new crypto.X509Certificate(fs.readFileSync(paths.cert));
    key = crypto.createPrivateKey(fs.readFileSync(paths.key));
  } catch (error) {
    return error.code === "ENOENT" ? "missing" : `unreadable (${error.message})`;
  }
  const margin = 24 * 60 * 60 * 1000; // regenerate a day early rather than fail mid-session
  for (const [name, x509] of [
    ["CA", ca],
    ["certificate", cert],
  ]) {
    if (new Date(x509.validFrom) > now) return `the ${name} is not valid yet`;
    if (new Date(x509.validTo).getTime() - margin < now.getTime()) return `the ${name} has expired`;
  }
  if (!ca.ca) return "ca.crt is not a CA";
  if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return "the CA did not issue it";
  if (!cert.checkHost("localhost")) return "it does not name localhost";
  if (!cert.checkPrivateKey(key)) return "the key does not match";
  return undefined;
}

/**
 * Reuses valid certificates in `dir` (default ~/.office-addin-dev-certs) or generates new ones
 * with office-addin-dev-certs' generateCertificates(). Never installs anything, never needs sudo.
 */
async function ensureCertificates({ dir = CERT_DIR, days = CERT_DAYS, log = console.log } = {}) {
  const paths = certificatePaths(dir);
  const problem = certificateProblem(paths);
  let generated = false;
  if (problem) {
    if (problem !== "missing")
      log(`The development certificate in ${dir} is unusable: ${problem}.`);
    // generateCertificates() writes nothing when ca.crt already exists, so clear the old set first.
    for (const file of [paths.ca, paths.cert, paths.key]) fs.rmSync(file, { force: true });
    // lib/generate only: see the note on usage data at the top of this file.
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates(paths.ca, paths.cert, paths.key, days, ["127.0.0.1", "localhost"]);
    // The key is written world-readable: keep it to this user (no-op on Windows).
    fs.chmodSync(paths.key, 0o600);
    const stillWrong = certificateProblem(paths);
    if (stillWrong) throw new Error(`Could not create a certificate in ${dir}: ${stillWrong}`);
    generated = true;
  }
  return {
    ...paths,
    generated,
    caPem: fs.readFileSync(paths.ca, "utf8"),
    certPem: fs.readFileSync(paths.cert, "utf8"),
    keyPem: fs.readFileSync(paths.key, "utf8"),
  };
}

/** Whether the operating system trusts the CA: true / false, or undefined when it can't tell cheaply. */
function isCaTrusted(caPem) {
  const fingerprint = new crypto.X509Certificate(caPem).fingerprint256;
  const tls = require("node:tls");
  if (typeof tls.getCACertificates === "function") {
    // Node 22.15+ reads the system store on every platform.
    try {
      return tls
        .getCACertificates("system")
        .some((pem) => new crypto.X509Certificate(pem).fingerprint256 === fingerprint);
    } catch {
      return undefined;
    }
  }
  if (process.platform !== "linux") return undefined;
  const body = caPem.replace(/-----[^-]+-----|\s/g, "");
  for (const bundle of [
    "/etc/ssl/certs/ca-certificates.crt", // Debian, Ubuntu, Alpine
    "/etc/pki/tls/certs/ca-bundle.crt", // Fedora, RHEL
    "/etc/ssl/ca-bundle.pem", // openSUSE
  ]) {
    try {
      return fs.readFileSync(bundle, "utf8").replace(/\s/g, "").includes(body);
    } catch {
      // try the next one
    }
  }
  return undefined;
}

function trustHint(caPath, trusted) {
  if (trusted === true) return [];
  const lines = [
    trusted === false
      ? "Browsers will not trust https://localhost yet: trust the development CA once:"
      : "If the browser warns about the certificate, trust the development CA once:",
    `  CA certificate: ${caPath}`,
  ];
  if (process.platform === "linux") {
    lines.push(
      `  System:  sudo cp ${caPath} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
      "  Chrome:  Settings → Privacy and security → Security → Manage certificates: import it as a trusted authority",
      "  Firefox: Settings → Privacy & Security → Certificates → View Certificates → Authorities → Import",
    );
  } else {
    lines.push(
      "  Windows/Mac: npx office-addin-dev-certs install (it may make new certificates: restart this server)",
    );
  }
  return lines;
}

// ---- command line ------------------------------------------------------------------------------

function parseArgs(argv, env = process.env) {
  const options = { port: undefined, dist: path.join(ROOT, "dist"), help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith("--") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
      return argv[++i];
    };
    if (name === "--port") options.port = value();
    else if (name === "--dist") options.dist = path.resolve(value());
    else if (name === "--help" || name === "-h") options.help = true;
    else throw new Error(`unknown option ${arg} (try --help)`);
  }
  const raw = options.port !== undefined ? options.port : env.PORT;
  const port = raw === undefined || raw === "" ? DEFAULT_PORT : Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port: "${raw}" is not a port number (1–65535)`);
  }
  return { ...options, port };
}

/** The add-in URL dist/manifest.xml was built for, when it can be read. */
function manifestBaseUrl(dist) {
  try {
    const xml = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const match = /"(https:\/\/[^"]*?)taskpane\.html"/.exec(xml);
    return match ? match[1] : undefined;
  } catch {
    return undefined;
  }
}

function banner({ origin, dist, caPath, trusted }) {
  const inCwd = path.relative(process.cwd(), dist);
  const rel = inCwd === "" ? "." : inCwd.startsWith("..") || path.isAbsolute(inCwd) ? dist : inCwd;
  const lines = [
    `Member Mail Check: serving ${rel}/ at ${origin}/`,
    "",
    `  Playground (no Outlook needed): ${origin}/playground.html`,
    `  Admin page:                     ${origin}/admin.html`,
    `  Manifest:                       ${origin}/manifest.xml`,
    "    Outlook on the web: Get Add-ins → My add-ins → Add a custom add-in → Add from URL",
    `    (the manifest URL) or Add from file (${path.join(rel, "manifest.xml")}).`,
    "    Desktop Outlook (Windows, Mac): npm run sideload, in another terminal.",
  ];
  const built = manifestBaseUrl(dist);
  if (built && built !== `${origin}/`) {
    lines.push(
      "",
      `Note: ${path.join(rel, "manifest.xml")} points at ${built}, not this server. To sideload from here:`,
      `  npm run build -- --env url=${origin}/ && npm run serve -- --port ${new URL(origin).port}`,
    );
  }
  const hint = trustHint(caPath, trusted);
  if (hint.length > 0) lines.push("", ...hint);
  lines.push("", "Press Ctrl+C to stop.");
  return lines.join("\n");
}

async function main(argv = process.argv.slice(2)) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`serve: ${error.message}`);
    return 2;
  }
  if (options.help) {
    console.log("Usage: node scripts/serve.js [--port 3000] [--dist dist]   (or PORT=3000)");
    return 0;
  }
  if (!fs.existsSync(path.join(options.dist, "manifest.xml"))) {
    console.error(
      `${options.dist} has no manifest.xml: build first (npm start builds and serves; npm run build builds).`,
    );
    return 1;
  }
  let certs;
  try {
    certs = await ensureCertificates();
  } catch (error) {
    console.error(`Could not prepare the HTTPS certificate: ${error.message}`);
    return 1;
  }
  let running;
  try {
    running = await startServer({
      dist: options.dist,
      port: options.port,
      cert: certs.certPem,
      key: certs.keyPem,
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(error.message);
    return 1;
  }
  console.log(
    banner({
      origin: running.origin,
      dist: options.dist,
      caPath: certs.ca,
      trusted: isCaTrusted(certs.caPem),
    }),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(130); // a second Ctrl+C: do not wait
    stopping = true;
    console.log("\nStopping…");
    running.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return undefined; // keep running
}

module.exports = {
  startServer,
  contentType,
  cacheControl,
  resolveRequestPath,
  listenErrorMessage,
  ensureCertificates,
  certificateProblem,
  isCaTrusted,
  parseArgs,
  banner,
  main,
};

if (require.main === module) {
  main().then((code) => {
    if (code !== undefined) process.exitCode = code;
  });
}
