/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { WordListField } from "../../src/admin/policy/WordListField";

function Harness(props: { initial: string[]; onChange?: (words: string[]) => void }) {
  const [words, setWords] = useState(props.initial);
  return (
    <WordListField
      label="Trigger words"
      hint="Ward-wide matters."
      words={words}
      onChange={(next) => {
        setWords(next);
        props.onChange?.(next);
      }}
    />
  );
}

describe("WordListField", () => {
  test("adds with Enter, refuses duplicates, removes a chip", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    render(
      <Harness initial={["consultation", "road closure"]} onChange={(w) => changes.push(w)} />,
    );
    expect(screen.getByRole("group", { name: "Trigger words" })).toBeInTheDocument();
    const input = screen.getByRole("textbox", { name: "Add to “Trigger words”" });
    await user.type(input, "bin strike{Enter}");
    expect(changes.at(-1)).toEqual(["consultation", "road closure", "bin strike"]);
    expect(screen.getByRole("status")).toHaveTextContent("Added “bin strike”.");
    await user.type(input, "Consultation{Enter}");
    expect(screen.getByText("“Consultation” is already in the list.")).toBeInTheDocument();
    expect(changes).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: /road closure/ }));
    expect(changes.at(-1)).toEqual(["consultation", "bin strike"]);
  });

  test("an empty list says so", () => {
    render(<Harness initial={[]} />);
    expect(screen.getByText("The list is empty.")).toBeInTheDocument();
  });
});
