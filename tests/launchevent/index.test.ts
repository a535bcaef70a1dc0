import { createOutlookMock } from "../office/outlook-mock";
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
