// docs/rules/<rule-id>.md as the page the add-in serves at docs/rules/<rule-id>.html: the task
// pane's and admin page's "More about" links open it. Built by webpack.config.js (CopyWebpackPlugin
// transform) with marked, the Markdown renderer; the page carries its own styles, like
// support.html, and loads nothing else. Links between rule pages keep working (.md → .html).

/** The HTML page for one rule's Markdown. marked is an ES module, so this is async. */
async function ruleDocsHtml(markdown) {
  const { marked } = await import("marked");
  const body = marked.parse(markdown.replace(/\]\(([a-z-]+)\.md\)/g, "]($1.html)"), {
    gfm: true,
    async: false,
  });
  const title = /^# (.*)$/m.exec(markdown)?.[1]?.replace(/`/g, "") ?? "Member Mail Check";
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}: Member Mail Check</title>
    <style>
      body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 42rem; margin: 1rem auto;
        padding: 0 1rem; line-height: 1.5; }
      code { font-family: Consolas, "Courier New", monospace; overflow-wrap: anywhere; }
    </style>
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

module.exports = { ruleDocsHtml };
