/**
 * manifest.xml, checked offline (`office-addin-manifest validate` needs the internet): the
 * structure Smart Alerts need, element order as the add-in manifest reference requires, and
 * that every resid resolves to a resource of the right kind.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { HANDLER_NAME, TASKPANE_COMMAND_ID } from "../../src/launchevent/handler";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";

type Node = Record<string, unknown>;

/** Ordered parse: each element is `{ [name]: children[], ":@": attributes }`. */
const ordered = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  commentPropName: "#comment",
}).parse(MANIFEST) as Node[];

function nameOf(node: Node): string {
  return Object.keys(node).find((key) => key !== ":@") ?? "";
}
function childrenOf(node: Node): Node[] {
  return (node[nameOf(node)] as Node[]).filter(
    (child) => !["#text", "#comment"].includes(nameOf(child)),
  );
}
function attrs(node: Node): Record<string, string> {
  return (node[":@"] as Record<string, string>) ?? {};
}
function child(node: Node, name: string): Node {
  const found = childrenOf(node).find((c) => nameOf(c) === name);
  if (!found) throw new Error(`<${nameOf(node)}> has no <${name}>`);
  return found;
}
function all(node: Node, name: string): Node[] {
  const found: Node[] = [];
  const walk = (n: Node): void => {
    if (nameOf(n) === name) found.push(n);
    if (Array.isArray(n[nameOf(n)])) childrenOf(n).forEach(walk);
  };
  walk(node);
  return found;
}

const officeApp = ordered.find((n) => nameOf(n) === "OfficeApp") as Node;
const outerOverrides = child(officeApp, "VersionOverrides");
const overrides = child(outerOverrides, "VersionOverrides");
const resources = child(overrides, "Resources");

/** Order of OfficeApp's children in the MailApp schema (a manifest may omit some). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
];

function expectInOrder(actual: string[], reference: string[]): void {
  const positions = actual.map((name) => reference.indexOf(name));
  expect(positions).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

describe("manifest.xml", () => {
  test("is a MailApp with the top-level elements in schema order", () => {
    expect(attrs(officeApp)["xsi:type"]).toBe("MailApp");
    expectInOrder(childrenOf(officeApp).map(nameOf), OFFICE_APP_ORDER);
  });

  test("asks for ReadWriteItem only, on messages being composed", () => {
    expect(child(officeApp, "Permissions")).toEqual(
      expect.objectContaining({ Permissions: [{ "#text": "ReadWriteItem" }] }),
    );
    const rules = all(child(officeApp, "Rule"), "Rule").slice(1).map(attrs);
    expect(rules).toEqual([{ "xsi:type": "ItemIs", ItemType: "Message", FormType: "Edit" }]);
  });

  test("has a support URL and icons at 64 and 128 px that exist in assets/", () => {
    for (const [element, size] of [
      ["IconUrl", 64],
      ["HighResolutionIconUrl", 128],
    ] as const) {
      const url = attrs(child(officeApp, element)).DefaultValue ?? "";
      expect(url).toBe(`${DEV_URL}assets/icon-${size}.png`);
      expect(existsSync(join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
    }
    expect(attrs(child(officeApp, "SupportUrl")).DefaultValue).toBe(`${DEV_URL}support.html`);
  });

  test("nests VersionOverridesV1_1 requiring Mailbox 1.12 in VersionOverridesV1_0", () => {
    expect(attrs(outerOverrides)["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(attrs(overrides)["xsi:type"]).toBe("VersionOverridesV1_1");
    const sets = child(child(overrides, "Requirements"), "bt:Sets");
    expect(attrs(sets).DefaultMinVersion).toBe("1.12");
    expect(attrs(child(sets, "bt:Set")).Name).toBe("Mailbox");
    expect(childrenOf(overrides).map(nameOf)).toEqual(["Requirements", "Hosts", "Resources"]);
  });

  test("declares the HTML runtime with the JavaScript override for classic Outlook", () => {
    const host = child(child(overrides, "Hosts"), "Host");
    expect(childrenOf(host).map(nameOf)).toEqual(["Runtimes", "DesktopFormFactor"]);
    const runtime = child(child(host, "Runtimes"), "Runtime");
    expect(attrs(runtime).resid).toBe("WebViewRuntime.Url");
    expect(attrs(child(runtime, "Override"))).toEqual({
      type: "javascript",
      resid: "JSRuntime.Url",
    });
  });

  test("has a compose button opening the task pane, whose id is the Smart Alert's commandId", () => {
    const surfaces = all(overrides, "ExtensionPoint").map((e) => attrs(e)["xsi:type"]);
    expect(surfaces).toEqual(["MessageComposeCommandSurface", "LaunchEvent"]);
    const control = all(overrides, "Control")[0] as Node;
    expect(attrs(control)).toEqual({ "xsi:type": "Button", id: TASKPANE_COMMAND_ID });
    expect(childrenOf(control).map(nameOf)).toEqual(["Label", "Supertip", "Icon", "Action"]);
    const action = child(control, "Action");
    expect(attrs(action)["xsi:type"]).toBe("ShowTaskpane");
    expect(attrs(child(action, "SourceLocation")).resid).toBe("Taskpane.Url");
    const sizes = all(child(control, "Icon"), "bt:Image").map((i) => attrs(i).size);
    expect(sizes).toEqual(["16", "32", "80"]);
  });

  test("runs the handler on send with SoftBlock, under the name the script associates", () => {
    const event = all(overrides, "LaunchEvent")[0] as Node;
    expect(attrs(event)).toEqual({
      Type: "OnMessageSend",
      FunctionName: HANDLER_NAME,
      SendMode: "SoftBlock",
    });
    const point = all(overrides, "ExtensionPoint").find(
      (e) => attrs(e)["xsi:type"] === "LaunchEvent",
    ) as Node;
    expect(childrenOf(point).map(nameOf)).toEqual(["LaunchEvents", "SourceLocation"]);
    expect(attrs(child(point, "SourceLocation")).resid).toBe("WebViewRuntime.Url");
    const entry = readFileSync(join(ROOT, "src", "launchevent", "index.ts"), "utf8");
    expect(entry).toMatch(/actions\.associate\(HANDLER_NAME, handler\)/);
  });

  test("every resid resolves to a resource of the kind its element needs", () => {
    const ids = (kind: string): Set<string> =>
      new Set(
        all(
          child(resources, kind),
          kind === "bt:Images" ? "bt:Image" : kind === "bt:Urls" ? "bt:Url" : "bt:String",
        ).map((n) => attrs(n).id ?? ""),
      );
    const expected: Record<string, string> = {
      Label: "bt:ShortStrings",
      Title: "bt:ShortStrings",
      Description: "bt:LongStrings",
      "bt:Image": "bt:Images",
      SourceLocation: "bt:Urls",
      Runtime: "bt:Urls",
      Override: "bt:Urls",
    };
    const hosts = child(overrides, "Hosts");
    let checked = 0;
    for (const [element, kind] of Object.entries(expected)) {
      for (const node of all(hosts, element)) {
        const resid = attrs(node).resid;
        expect({ element, resid, found: ids(kind).has(resid ?? "") }).toEqual({
          element,
          resid,
          found: true,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(11);
    expect(childrenOf(resources).map(nameOf)).toEqual([
      "bt:Images",
      "bt:Urls",
      "bt:ShortStrings",
      "bt:LongStrings",
    ]);
  });

  test("strings fit Outlook's limits and every URL is HTTPS on the add-in's host", () => {
    for (const s of all(child(resources, "bt:ShortStrings"), "bt:String")) {
      expect((attrs(s).DefaultValue ?? "").length).toBeLessThanOrEqual(125);
    }
    for (const s of all(child(resources, "bt:LongStrings"), "bt:String")) {
      expect((attrs(s).DefaultValue ?? "").length).toBeLessThanOrEqual(250);
    }
    const urls = MANIFEST.match(/https?:\/\/[^"<\s]+/g) ?? [];
    const ours = urls.filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    expect(ours.length).toBeGreaterThan(8);
    for (const url of ours) expect(url.startsWith("https://localhost:3000")).toBe(true);
    for (const image of all(child(resources, "bt:Images"), "bt:Image")) {
      const file = (attrs(image).DefaultValue ?? "").slice(DEV_URL.length);
      expect(existsSync(join(ROOT, file))).toBe(true);
    }
  });
});
