import type { Person } from "../../../src/core/draft";
import {
  normaliseAddress,
  findBareAddress,
  parseAddressList,
  parsePerson,
} from "../../../src/core/text/addresses";

const JANE = "jane.doe@surreyheath-council.example";
const AMIR = "amir.khan@surreyheath-council.example";
const PRIYA = "priya.patel@surreyheath.gov.example";
const TOM = "tom.baker@mail.example";

describe("parseAddressList", () => {
  const cases: [string, string, Person[]][] = [
    ["empty", "", []],
    ["whitespace and separators only", " ;  , ; ", []],
    ["bare address", JANE, [{ address: JANE }]],
    ["name and angle address", `Jane Doe <${JANE}>`, [{ name: "Jane Doe", address: JANE }]],
    ["quoted Surname, Forename", `"Doe, Jane" <${JANE}>`, [{ name: "Doe, Jane", address: JANE }]],
    [
      "unquoted Surname, Forename with address (Outlook)",
      `Doe, Jane <${JANE}>`,
      [{ name: "Doe, Jane", address: JANE }],
    ],
    ["Surname, Forename without address", "Doe, Jane", [{ name: "Doe, Jane" }]],
    [
      "Outlook ;-separated Surname, Forename names",
      "Doe, Jane; Smith, Bob",
      [{ name: "Doe, Jane" }, { name: "Smith, Bob" }],
    ],
    [
      "Outlook ;-separated with trailing separator",
      `Doe, Jane <${JANE}>; Khan, Amir <${AMIR}>;`,
      [
        { name: "Doe, Jane", address: JANE },
        { name: "Khan, Amir", address: AMIR },
      ],
    ],
    [
      "Cllr in a ;-list keeps its comma",
      "Cllr Doe, Jane; Khan, Amir (Cllr)",
      [{ name: "Cllr Doe, Jane" }, { name: "Khan, Amir (Cllr)" }],
    ],
    ["Cllr Surname, Forename alone", "Cllr Doe, Jane", [{ name: "Cllr Doe, Jane" }]],
    [
      "Cllr prefix with address",
      `Cllr Jane Doe <${JANE}>`,
      [{ name: "Cllr Jane Doe", address: JANE }],
    ],
    [
      "Outlook's [mailto:] form",
      `Jane Doe [mailto:${JANE}]`,
      [{ name: "Jane Doe", address: JANE }],
    ],
    [
      "Surname, Forename with [mailto:]",
      `Doe, Jane [mailto:${JANE}]`,
      [{ name: "Doe, Jane", address: JANE }],
    ],
    ["mailto: address", `mailto:${JANE}`, [{ address: JANE }]],
    [
      "mailto: inside angle brackets",
      `Jane Doe <mailto:${JANE}>`,
      [{ name: "Jane Doe", address: JANE }],
    ],
    ["address then comment name", `${JANE} (Jane Doe)`, [{ name: "Jane Doe", address: JANE }]],
    ["comma-separated addresses", `${JANE}, ${AMIR}`, [{ address: JANE }, { address: AMIR }]],
    [
      "comma-separated Surname, Forename <address> items",
      `Doe, Jane <${JANE}>, Khan, Amir <${AMIR}>`,
      [
        { name: "Doe, Jane", address: JANE },
        { name: "Khan, Amir", address: AMIR },
      ],
    ],
    [
      "Gmail style list",
      `Priya Patel <${PRIYA}>, Tom Baker <${TOM}>`,
      [
        { name: "Priya Patel", address: PRIYA },
        { name: "Tom Baker", address: TOM },
      ],
    ],
    [
      "two full names separated by a comma",
      "Jane Doe, Bob Smith",
      [{ name: "Jane Doe" }, { name: "Bob Smith" }],
    ],
    [
      "single-quoted Outlook display name",
      `'Doe, Jane' <${JANE}>`,
      [{ name: "Doe, Jane", address: JANE }],
    ],
    [
      "escaped quote in a quoted name",
      `"Jane \\"JD\\" Doe" <${JANE}>`,
      [{ name: 'Jane "JD" Doe', address: JANE }],
    ],
    ["name equal to the address is dropped", `"${JANE}" <${JANE}>`, [{ address: JANE }]],
    ["no-break spaces fold", `Jane\u00a0Doe\u00a0<${JANE}>`, [{ name: "Jane Doe", address: JANE }]],
    [
      "mixed ; and , separators",
      `${JANE}; Khan, Amir <${AMIR}>, ${TOM}`,
      [{ address: JANE }, { name: "Khan, Amir", address: AMIR }, { address: TOM }],
    ],
    ["address with trailing full stop", `${TOM}.`, [{ address: TOM }]],
    ["unbalanced angle bracket", `Jane Doe <${JANE}`, [{ name: "Jane Doe", address: JANE }]],
    [
      "non-Latin name",
      `Алекс Иванов <alex@mail.example>`,
      [{ name: "Алекс Иванов", address: "alex@mail.example" }],
    ],
  ];

  test.each(cases)("%s", (_label, input, expected) => {
    expect(parseAddressList(input)).toEqual(expected);
  });
});

describe("parsePerson", () => {
  test("reads one person even when the name has a comma", () => {
    expect(parsePerson(`Doe, Jane <${JANE}>`)).toEqual({ name: "Doe, Jane", address: JANE });
  });
  test("returns undefined for nothing", () => {
    expect(parsePerson("   ")).toBeUndefined();
  });
});

describe("findBareAddress", () => {
  test("finds the address in running text", () => {
    expect(findBareAddress(`write to ${TOM}, please`)?.address).toBe(TOM);
  });
  test("skips @ that are not addresses", () => {
    expect(findBareAddress("meet @ 10 or @home")).toBeUndefined();
  });
  test("handles deeply nested quotes around a name", () => {
    expect(parseAddressList(`${'"'.repeat(40_000)}Jane${'"'.repeat(40_000)}`)).toEqual([
      { name: "Jane" },
    ]);
    expect(parseAddressList("(".repeat(50_000) + ")".repeat(50_000))).toEqual([]);
  });

  test("handles a long run of @ with no plausible address", () => {
    expect(findBareAddress(" @".repeat(100_000))).toBeUndefined();
    expect(parseAddressList("@".repeat(100_000))).toEqual([]);
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["Jane.Doe@Council.Example", "jane.doe@council.example"],
    [" <jane.doe@council.example> ", "jane.doe@council.example"],
    ["mailto:jane.doe@council.example", "jane.doe@council.example"],
    ['"jane.doe"@council.example', "jane.doe@council.example"],
    ['"Jane.Doe"@Council.Example', "jane.doe@council.example"],
    // Quotes that are needed, or not around the whole local part, stay.
    ['"jane\\"doe"@council.example', '"jane\\"doe"@council.example'],
    ['jane."doe"@council.example', 'jane."doe"@council.example'],
    // A plus-address is its own address here: the directory decides whose it is.
    ["jane.doe+casework@council.example", "jane.doe+casework@council.example"],
  ])("%j → %j", (address, expected) => {
    expect(normaliseAddress(address)).toBe(expected);
  });
});
