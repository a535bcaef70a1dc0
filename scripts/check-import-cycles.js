// Fails when the TypeScript sources import each other in a circle (part of `npm run lint`).
//
//   node scripts/check-import-cycles.js [folder...]      (default: src)
//
// A cycle makes the layers meaningless (the task pane's fix buttons once imported the file that
// imported them) and, for values, leaves one module reading the other's exports before they are
// set. Type-only imports count too: they tie the modules together just the same for a reader.
// Every relative import and `export ... from` is followed, resolved the way tsconfig.json's
// compiler resolves it; packages are not followed. Plain Node with TypeScript's own parser.
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const EXTENSIONS = [".ts", ".tsx"];

function sourceFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(file));
    else if (EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith(".d.ts")) {
      files.push(file);
    }
  }
  return files;
}

/** The module specifiers a file imports or re-exports, with their line numbers. */
function importsOf(file) {
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found = [];
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier;
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith(".")) {
      const line = source.getLineAndCharacterOfPosition(statement.getStart(source)).line + 1;
      found.push({ specifier: specifier.text, line });
    }
  }
  return found;
}

const COMPILER_OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  jsx: ts.JsxEmit.ReactJSX,
  resolveJsonModule: true,
};

/** The import graph: file → [{ to, line }], only between the given files. */
function importGraph(files) {
  const known = new Set(files.map((file) => path.resolve(file)));
  const graph = new Map();
  for (const file of known) {
    const edges = [];
    for (const { specifier, line } of importsOf(file)) {
      const resolved = ts.resolveModuleName(specifier, file, COMPILER_OPTIONS, ts.sys)
        .resolvedModule?.resolvedFileName;
      const to = resolved && path.resolve(resolved);
      if (to && known.has(to)) edges.push({ to, line });
    }
    graph.set(file, edges);
  }
  return graph;
}

/** Every cycle's files in import order, one per strongly connected group (Tarjan's algorithm). */
function findCycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  // Iterative, so a long import chain cannot overflow the call stack.
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const { to } = edges[frame.next++];
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(to)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const group = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        const selfImport = (graph.get(frame.node) ?? []).some((edge) => edge.to === frame.node);
        if (group.length > 1 || selfImport) groups.push(group);
      }
    }
  }
  return groups.map((group) => cyclePath(graph, new Set(group)));
}

/** One concrete circle through a group: file, line of the import, next file, …, back to the first. */
function cyclePath(graph, group) {
  const first = [...group].sort()[0];
  // Breadth-first from the first file back to itself, inside the group.
  const previous = new Map();
  const queue = [first];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const edge of graph.get(node) ?? []) {
      if (!group.has(edge.to) || previous.has(edge.to)) continue;
      previous.set(edge.to, { from: node, line: edge.line });
      if (edge.to === first) queue.length = 0;
      else queue.push(edge.to);
    }
  }
  const steps = [];
  let node = first;
  do {
    const step = previous.get(node);
    steps.unshift({ file: step.from, line: step.line });
    node = step.from;
  } while (node !== first);
  return steps;
}

/** The cycles among the TypeScript files under `dirs`, as lines to print. */
function checkImportCycles(dirs, root = process.cwd()) {
  const files = dirs.flatMap((dir) => sourceFiles(path.resolve(root, dir)));
  return findCycles(importGraph(files)).map(
    (steps) =>
      "Import cycle: " +
      [...steps, steps[0]]
        .map((step, i) =>
          i < steps.length
            ? `${path.relative(root, step.file)}:${step.line}`
            : path.relative(root, step.file),
        )
        .join(" → "),
  );
}

module.exports = { checkImportCycles, importsOf, findCycles };

if (require.main === module) {
  const dirs = process.argv.slice(2);
  const problems = checkImportCycles(dirs.length > 0 ? dirs : ["src"]);
  for (const line of problems) console.error(line);
  if (problems.length > 0) {
    console.error(
      `Import cycles found: ${problems.length}. Move what both sides need into a module of its own.`,
    );
    process.exitCode = 1;
  }
}
