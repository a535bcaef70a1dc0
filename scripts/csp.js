// The Content-Security-Policy of every page the add-in serves, in one place: webpack.config.js
// writes it into each page as a <meta http-equiv> (for council hosts that set no headers) and
// scripts/serve.js (npm start) sends it as a header too. Plain Node, no build step.
//
// What each page may load: its own origin's files; office.js from Microsoft's CDN, with the
// Microsoft Ajax library it may fall back to and the telemetry endpoint it posts to; inline
// styles (Fluent UI writes its styles at run time; the help and rule pages carry their own).
// Nothing else: no inline script, no plugin, no other origin for scripts, data or frames.
//
// The task pane, the admin page and the playground also need 'unsafe-eval': Ajv, which checks
// policy.json and directory.json there, compiles each JSON Schema into a function at run time.
// The on-send page, the help page and the rule pages do not run Ajv and do not get it.
//
// No frame-ancestors: Outlook shows the pane and runs the on-send page in frames of its own, on
// origins Microsoft does not list, and a meta tag cannot carry frame-ancestors anyway.

const OFFICE_SCRIPTS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];
const OFFICE_TELEMETRY = ["https://browser.pipe.aria.microsoft.com"];

/** Pages whose scripts compile JSON Schemas at run time (Ajv). */
const PAGES_WITH_SCHEMA_CHECKS = new Set([
  "taskpane.html",
  "admin.html",
  "playground.html",
  "playground-taskpane.html",
]);

/** The policy for one page, by its file name (e.g. "taskpane.html", "docs/rules/x.html"). */
function contentSecurityPolicy(page) {
  const name = String(page).split(/[\\/]/).pop();
  const evalForSchemas = PAGES_WITH_SCHEMA_CHECKS.has(name) ? ["'unsafe-eval'"] : [];
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...OFFICE_SCRIPTS, ...evalForSchemas],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...OFFICE_TELEMETRY],
    ["frame-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** The page's HTML with the policy right after its <meta charset> (before anything it loads). */
function withPolicyMeta(html, page) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}" />`;
  const at = /<meta charset=[^>]*>/i.exec(html);
  if (!at)
    throw new Error(`${page} has no <meta charset> to put its Content-Security-Policy after`);
  const end = at.index + at[0].length;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}

module.exports = { contentSecurityPolicy, withPolicyMeta, PAGES_WITH_SCHEMA_CHECKS };
