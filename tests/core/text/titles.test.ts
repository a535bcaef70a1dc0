import { cllrTitleLength, hasCllrTitle, startsWithCllrTitle } from "../../../src/core/text/titles";

const LEADING = [
  "Cllr Jane Doe",
  "cllr jane doe",
  "Cllr. Jane Doe",
  "Councillor Jane Doe",
  "Clr Jane Doe",
  '"Cllr Jane Doe"',
  "  Cllr Jane",
  "Cllr Doe, Jane",
];

const NONE = [
  "Jane Doe",
  "Doe, Jane",
  "Cllrs' Support Team",
  "Councillors Office",
  "Jane Cllr",
  "",
  "Mr Jane Doe",
  "Member Services (Councillor Support)",
  "Doe, Jane (Surrey Heath BC)",
  "Doe, Jane (Cllrs)",
];

describe("startsWithCllrTitle", () => {
  it.each(LEADING)("%j does", (name) => {
    expect(startsWithCllrTitle(name)).toBe(true);
  });

  it.each([...NONE, "Doe, Cllr Jane", "Jane Doe (Cllr)"])("%j does not", (name) => {
    expect(startsWithCllrTitle(name)).toBe(false);
  });
});

describe("hasCllrTitle", () => {
  it.each([
    ...LEADING,
    "Doe, Cllr Jane",
    "Doe, Councillor Jane",
    "Doe,Cllr. Jane",
    "Smith, John (Cllr)",
    "Smith, John (Councillor)",
    "John Smith (Cllr)",
    "John Smith (Cllr.)",
    "John Smith ( Councillor)",
  ])("%j does", (name) => {
    expect(hasCllrTitle(name)).toBe(true);
  });

  it.each(NONE)("%j does not", (name) => {
    expect(hasCllrTitle(name)).toBe(false);
  });

  it("stays linear on a long name of brackets and commas", () => {
    const name = `${"( ".repeat(50_000)}Jane, ${"( ".repeat(50_000)}`;
    const started = Date.now();
    expect(hasCllrTitle(name)).toBe(false);
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe("cllrTitleLength", () => {
  it.each([
    ["Cllr Jane Doe", 5],
    ["Cllr. Jane Doe", 6],
    ["Councillor  Jane", 12],
    ["Jane Doe", 0],
    ["Cllrs' Office", 0],
  ])("%j → %d", (text, length) => {
    expect(cllrTitleLength(text)).toBe(length);
  });
});
