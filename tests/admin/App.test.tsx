/** @jest-environment jsdom */
import "./dom-setup";
import fs from "node:fs";
import path from "node:path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/admin/App";

const CONFIG = path.resolve(__dirname, "..", "..", "config");

/** The host: config/ from the repository, and a record of every URL asked for. */
function hostFetcher(requested: string[]) {
  return async (url: string) => {
    requested.push(url);
    const { pathname } = new URL(url);
    const file = path.join(CONFIG, pathname.replace(/^\/config\//, ""));
    const ok = pathname.startsWith("/config/") && fs.existsSync(file);
    return {
      ok,
      status: ok ? 200 : 404,
      text: async () => (ok ? fs.readFileSync(file, "utf8") : ""),
    };
  };
}

async function renderApp(requested: string[] = []) {
  const user = userEvent.setup();
  render(<App baseUrl="https://localhost:3000/admin.html" fetcher={hostFetcher(requested)} />);
  await screen.findByRole("heading", { level: 1, name: /policy and members/ });
  return user;
}

describe("admin App", () => {
  test("opens the live files from its own host only", async () => {
    const requested: string[] = [];
    await renderApp(requested);
    expect(requested).toEqual([
      "https://localhost:3000/config/policy.json",
      "https://localhost:3000/config/directory.json",
    ]);
    expect(screen.getByText(/Policy from the live file on this site/)).toBeInTheDocument();
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
  });

  test("each rule card links to the rule's documentation page", async () => {
    await renderApp();
    const group = screen.getByRole("radiogroup", { name: "Severity: Local members not told" });
    const card = group.closest('[role="region"]') as HTMLElement;
    const link = within(card).getByRole("link", { name: "More about “Local members not told”" });
    expect(link).toHaveAttribute("href", "docs/rules/local-members-not-copied.html");
  });

  test("a severity change is marked and reaches the preview", async () => {
    const user = await renderApp();
    const group = screen.getByRole("radiogroup", { name: "Severity: Blind copies to members" });
    const card = group.closest('[role="region"]') as HTMLElement;
    expect(within(card).queryByText("Changed from live file")).not.toBeInTheDocument();
    await user.click(within(group).getByRole("radio", { name: /^Inform/ }));
    expect(within(card).getAllByText("Changed from live file").length).toBeGreaterThan(0);
    expect(
      within(card).getByText(/What officers will see: Shown in the Member Mail Check pane only/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "Preview" }));
    await user.click(screen.getByRole("button", { name: "Members in Bcc" }));
    const findings = screen.getByTestId("preview-findings");
    await waitFor(() =>
      expect(within(findings).getByText("For information only")).toBeInTheDocument(),
    );
    expect(within(findings).getByText("Blind copies to members")).toBeInTheDocument();
  });

  test("an invalid value is explained beside the field and stops the export", async () => {
    const user = await renderApp();
    const updated = screen.getByRole("textbox", { name: /Date updated/ });
    await user.clear(updated);
    await user.type(updated, "soon");
    expect(await screen.findByText(/1 problem to fix/)).toBeInTheDocument();
    expect(screen.getAllByText(/is not in the expected format/i).length).toBeGreaterThanOrEqual(2);
    await user.click(screen.getByRole("tab", { name: /^Export/ }));
    expect(screen.getByRole("button", { name: "Download the settings (zip)" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    expect(
      screen.getByText("Export is not available until these problems are fixed:"),
    ).toBeInTheDocument();
  });

  test("adding a member: problems as they type, saved when valid", async () => {
    const user = await renderApp();
    await user.click(screen.getByRole("tab", { name: "Members" }));
    expect(screen.getByRole("heading", { name: "Members (35)" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add a member" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a member" });
    // By label, not role: in jsdom, Fluent's focus manager (tabster) can leave the new dialog
    // aria-hidden until focus lands on a field inside it, which typing (a click first) does.
    await user.type(within(dialog).getByLabelText(/^Name/), "Nadia Example");
    expect(within(dialog).getByRole("textbox", { name: /^Id/ })).toHaveValue("nadia-example");
    const save = within(dialog).getByRole("button", { name: "Add member" });
    expect(save).toHaveAttribute("aria-disabled", "true");
    expect(
      within(dialog).getByText(/Cannot save yet: Must have at least 1 item/),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole("textbox", { name: /Add to “Email addresses”/ }),
      "nadia@council.example{Enter}",
    );
    await user.click(within(dialog).getByRole("checkbox", { name: "Frimley Green" }));
    await waitFor(() => expect(save).not.toHaveAttribute("aria-disabled", "true"));
    await user.click(save);
    expect(await screen.findByRole("heading", { name: "Members (36)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Nadia Example" })).toBeInTheDocument();
  });
});
