/** @jest-environment jsdom */
import "../admin/dom-setup";
import "./text-encoding";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { BASE_URL, fakeFetch, sampleConfig } from "../office/fake-config";
import { createOutlookMock, sampleDraft, stateFromDraft } from "../office/outlook-mock";

/** Opens the pane on one of the sample council's messages, with config served by `files`. */
async function openPane(sample: string, files = sampleConfig()) {
  const mock = createOutlookMock(stateFromDraft(await sampleDraft(sample)));
  (globalThis as any).Office = mock.office;
  (globalThis as any).fetch = fakeFetch(files);
  render(
    <FluentProvider theme={webLightTheme}>
      <App baseUrl={BASE_URL} />
    </FluentProvider>,
  );
  return mock;
}

afterEach(() => {
  delete (globalThis as any).Office;
  delete (globalThis as any).fetch;
});

describe("task pane", () => {
  test("lists a finding with its severity and the council's paragraph", async () => {
    await openPane("bcc-to-members.eml");
    await screen.findByText("Blind copies to members");
    const list = screen.getByRole("list", { name: "Problems found" });
    expect(list).toHaveTextContent("Must fix");
    expect(list).toHaveTextContent("Surrey Heath 7.1");
    expect(screen.getByText(/Surrey Heath Borough Council/)).toBeInTheDocument();
  });

  test("says all clear on a clean email, and checks again after the officer changes it", async () => {
    const mock = await openPane("clean.eml");
    expect(await screen.findByText(/All clear/)).toBeInTheDocument();
    const member = (await sampleDraft("bcc-to-members.eml")).bcc;
    mock.state.bcc = member.map((r) => ({
      emailAddress: r.address,
      displayName: r.name ?? r.address,
    }));
    await userEvent.click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByText("Blind copies to members")).toBeInTheDocument();
  });

  test("says plainly when the policy cannot be loaded", async () => {
    const files = sampleConfig();
    delete files[`${BASE_URL}config/policy.json`];
    await openPane("bcc-to-members.eml", files);
    expect(await screen.findByText(/policy could not be loaded/)).toBeInTheDocument();
  });
});
