/** @jest-environment jsdom */
import "../admin/dom-setup";
import "./text-encoding";
import { act, render, screen } from "@testing-library/react";
import { ComposeSession } from "../../src/office/compose-session";
import { createConfigLoader } from "../../src/taskpane/config-loader";
import { Pane } from "../../src/taskpane/Pane";
import { BASE_URL, fakeFetch, sampleConfig } from "../office/fake-config";
import { createOutlookMock, sampleDraft, stateFromDraft } from "../office/outlook-mock";

/** window.matchMedia answering `matching` queries true, with listeners the test can fire. */
function mediaQueries(matching: Set<string>) {
  const listeners = new Set<() => void>();
  window.matchMedia = (query: string) =>
    ({
      get matches() {
        return matching.has(query);
      },
      media: query,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    }) as unknown as MediaQueryList;
  return { fire: () => listeners.forEach((l) => l()) };
}

async function renderPane() {
  const mock = createOutlookMock(stateFromDraft(await sampleDraft("clean.eml")));
  (globalThis as { fetch?: unknown }).fetch = fakeFetch(sampleConfig());
  const session = new ComposeSession(mock.office.context, createConfigLoader(BASE_URL));
  const { container } = render(<Pane session={session} />);
  await screen.findByText(/All clear/);
  return container.querySelector("[data-theme]");
}

const stubMatchMedia = window.matchMedia;

afterEach(() => {
  window.matchMedia = stubMatchMedia;
  delete (globalThis as { fetch?: unknown }).fetch;
});

test("follows the system's dark mode, and high contrast over it, as they change", async () => {
  const matching = new Set(["(prefers-color-scheme: dark)"]);
  const media = mediaQueries(matching);
  const provider = await renderPane();
  expect(provider).toHaveAttribute("data-theme", "dark");
  matching.add("(forced-colors: active)");
  act(() => media.fire());
  expect(provider).toHaveAttribute("data-theme", "high-contrast");
  matching.clear();
  act(() => media.fire());
  expect(provider).toHaveAttribute("data-theme", "light");
});
