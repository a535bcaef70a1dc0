import { createOutlookMock, sampleDraft, stateFromDraft } from "../office/outlook-mock";
import { fakeFetch } from "../office/fake-config";

test("index.ts registers the handler with Office.actions.associate at load and on the global object", async () => {
  const mock = createOutlookMock();
  const g = globalThis as any;
  g.Office = mock.office;
  g.__ADDIN_BASE_URL__ = "https://mmc.surreyheath.gov.example/addin/";
  const fetch = fakeFetch();
  g.fetch = fetch;
  try {
    await jest.isolateModulesAsync(async () => {
      await import("../../src/launchevent/index");
    });
    const associated = mock.office.actions.associated.onMessageSendHandler;
    expect(typeof associated).toBe("function");
    expect(g.onMessageSendHandler).toBe(associated);
    const completed = jest.fn();
    await associated({ completed });
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(fetch.urls).toContain("https://mmc.surreyheath.gov.example/addin/config/policy.json");
  } finally {
    delete g.Office;
    delete g.__ADDIN_BASE_URL__;
    delete g.onMessageSendHandler;
    delete g.fetch;
  }
});

test("on a browser runtime the last good copy goes to localStorage, and stands in when the host is down", async () => {
  const mock = createOutlookMock();
  const g = globalThis as any;
  const items = new Map<string, string>();
  g.localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
  g.Office = mock.office;
  g.__ADDIN_BASE_URL__ = "https://mmc.surreyheath.gov.example/addin/";
  g.fetch = fakeFetch();
  try {
    await jest.isolateModulesAsync(async () => {
      await import("../../src/launchevent/index");
    });
    const first = mock.office.actions.associated.onMessageSendHandler;
    await first({ completed: jest.fn() });
    await new Promise((settled) => setTimeout(settled, 0));
    const keys = [...items.keys()];
    expect(keys).toContain(
      "memberMailCheck.config https://mmc.surreyheath.gov.example/addin/config/policy.json",
    );
    expect(keys).toContain(
      "memberMailCheck.config https://mmc.surreyheath.gov.example/addin/config/directory.json",
    );

    // A fresh runtime (the next Outlook start) with the host unreachable: the stored copy decides.
    // The draft has a member in Bcc: checked, it is stopped; unchecked, the sample policy's
    // whenConfigUnavailable (allow) would send it.
    const bccDraft = createOutlookMock(stateFromDraft(await sampleDraft("bcc-to-members.eml")));
    g.Office = bccDraft.office;
    g.fetch = () => Promise.reject(new TypeError("Failed to fetch"));
    await jest.isolateModulesAsync(async () => {
      await import("../../src/launchevent/index");
    });
    const second = bccDraft.office.actions.associated.onMessageSendHandler;
    const completed = jest.fn();
    await second({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: false });
    expect(completed.mock.calls[0][0].errorMessage).toContain("Blind copies to members");
  } finally {
    for (const name of [
      "Office",
      "__ADDIN_BASE_URL__",
      "onMessageSendHandler",
      "fetch",
      "localStorage",
    ])
      delete g[name];
  }
});
