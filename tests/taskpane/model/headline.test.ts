import { shortQuote, splitMessage } from "../../../src/taskpane/model/headline";

describe("splitMessage", () => {
  test("the first sentence, which names the people, is the headline", () => {
    expect(
      splitMessage(
        "Cllr Jane Doe and Cllr Amir Khan are in Bcc. Members must be able to see who else has been sent this email: copy them openly in Cc.",
      ),
    ).toEqual({
      headline: "Cllr Jane Doe and Cllr Amir Khan are in Bcc.",
      detail:
        "Members must be able to see who else has been sent this email: copy them openly in Cc.",
    });
  });

  test("a sentence ending in a quotation mark, and one sentence alone", () => {
    expect(
      splitMessage("This concerns Frimley Green (“road closure”). Local members should know."),
    ).toEqual({
      headline: "This concerns Frimley Green (“road closure”).",
      detail: "Local members should know.",
    });
    expect(splitMessage("Cllr Jane Doe is in Bcc.")).toEqual({
      headline: "Cllr Jane Doe is in Bcc.",
      detail: "",
    });
  });

  test("does not split inside an address or a number", () => {
    expect(
      splitMessage("jane.doe@surreyheath-council.example is in Bcc. Copy her openly.").headline,
    ).toBe("jane.doe@surreyheath-council.example is in Bcc.");
    expect(splitMessage("Paragraph 7.1 applies to Cllr Doe. See it.").headline).toBe(
      "Paragraph 7.1 applies to Cllr Doe.",
    );
  });
});

describe("shortQuote", () => {
  test("cuts a long quotation at a word and says so", () => {
    const quote =
      "An officer should not normally copy correspondence between an individual Member and an officer on a matter relating to a single constituent to any other Member.";
    const { text, cut } = shortQuote(quote, 60);
    expect(cut).toBe(true);
    expect(text).toBe("An officer should not normally copy correspondence between…");
    expect(shortQuote("Short.", 60)).toEqual({ text: "Short.", cut: false });
  });
});
