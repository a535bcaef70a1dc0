/** @jest-environment jsdom */
/** The task pane cites a council's own protocol (tests/fixtures/heathfield), not a preset's. */
import "../admin/dom-setup";
import "./text-encoding";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen } from "@testing-library/react";
import { ComposeSession } from "../../src/office/compose-session";
import { createConfigLoader } from "../../src/taskpane/config-loader";
import { Pane } from "../../src/taskpane/Pane";
import { BASE_URL, fakeFetch, sampleConfig } from "../office/fake-config";
import { REPO, createOutlookMock, sampleDraft, stateFromDraft } from "../office/outlook-mock";

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

test("a finding shows the council's own paragraph and quotation", async () => {
  const files = sampleConfig();
  files[`${BASE_URL}config/policy.json`] = readFileSync(
    join(REPO, "tests", "fixtures", "heathfield", "policy.json"),
    "utf8",
  );
  const mock = createOutlookMock(stateFromDraft(await sampleDraft("bcc-to-members.eml")));
  (globalThis as { fetch?: unknown }).fetch = fakeFetch(files);
  const session = new ComposeSession(mock.office.context, createConfigLoader(BASE_URL));
  render(<Pane session={session} />);
  expect(await screen.findByText(/Heathfield 4\.2/)).toBeInTheDocument();
  expect(
    screen.getByText(/Officers must not use blind copies when writing to members/),
  ).toBeInTheDocument();
  expect(screen.queryByText(/Surrey Heath \d/)).toBeNull();
});
