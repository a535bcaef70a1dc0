/** config/policy.schema.json must say exactly what src/core/policy/types.ts and the presets say. */
import schema from "../../../config/policy.schema.json";
import { loadPolicy } from "../../../src/core/policy/load";
import { PRESETS } from "../../../src/core/policy/presets";
import { PRESET_IDS, RULE_IDS, type RuleId } from "../../../src/core/policy/types";

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
  enum?: unknown[];
  $ref?: string;
}

const root = schema as SchemaNode & { definitions: Record<string, SchemaNode> };
const rules = root.properties?.rules?.properties ?? {};

/** Every property of every object in the schema, with its JSON path in the schema. */
function allProperties(node: SchemaNode, at: string): Array<[string, SchemaNode]> {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => [
    [`${at}/${name}`, child] as [string, SchemaNode],
    ...allProperties(child, `${at}/${name}`),
  ]);
}

/** Every object schema (one with properties), with its path. */
function allObjects(node: SchemaNode, at: string): Array<[string, SchemaNode]> {
  if (!node.properties) return [];
  return [
    [at, node],
    ...Object.entries(node.properties).flatMap(([n, c]) => allObjects(c, `${at}/${n}`)),
  ];
}

describe("config/policy.schema.json", () => {
  it('lists the five presets, "none" and the four rules, no more', () => {
    expect(root.properties?.preset?.enum).toEqual([...PRESET_IDS, "none"]);
    expect(Object.keys(rules)).toEqual([...RULE_IDS]);
  });

  it.each(RULE_IDS)("gives %s the options the presets set", (ruleId: RuleId) => {
    const options = Object.keys(rules[ruleId]?.properties?.options?.properties ?? {}).sort();
    for (const id of PRESET_IDS) {
      expect(Object.keys(PRESETS[id].rules[ruleId].options).sort()).toEqual(options);
    }
  });

  it("catches typos everywhere: additionalProperties is false on every object", () => {
    for (const [at, node] of allObjects(root, "")) {
      expect({ at, additionalProperties: node.additionalProperties }).toEqual({
        at,
        additionalProperties: false,
      });
    }
  });

  it("explains every setting in plain English for the admin page", () => {
    for (const [at, node] of allProperties(root, "")) {
      expect({ at, described: (node.description ?? "").length > 10 }).toEqual({
        at,
        described: true,
      });
    }
  });

  it.each(PRESET_IDS)("accepts %s restated in full, with nothing overridden", (id) => {
    const preset = PRESETS[id];
    const restated = {
      preset: id,
      council: preset.council,
      whenConfigUnavailable: preset.whenConfigUnavailable,
      rules: Object.fromEntries(
        RULE_IDS.map((ruleId) => [
          ruleId,
          { severity: preset.rules[ruleId].severity, options: preset.rules[ruleId].options },
        ]),
      ),
    };
    const policy = loadPolicy(JSON.parse(JSON.stringify(restated)), "restated.json");
    for (const ruleId of RULE_IDS) expect(policy.rules[ruleId].overridden).toEqual([]);
  });
});
