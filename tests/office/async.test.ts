import { officeCall, OfficeCallError } from "../../src/office/async";
import { withTimeout } from "../../src/office/timers";

test("resolves with the value of a succeeded call", async () => {
  await expect(
    officeCall("subject.getAsync", (cb) => cb({ status: "succeeded", value: "Hello" })),
  ).resolves.toBe("Hello");
});

test("rejects a failed call with its name and Office's message", async () => {
  const error = await officeCall("to.getAsync", (cb) =>
    cb({
      status: "failed",
      value: undefined,
      error: { code: 9041, name: "GenericResponseError", message: "Internal error" },
    }),
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficeCallError);
  expect(error).toMatchObject({
    call: "to.getAsync",
    code: 9041,
    message: "to.getAsync failed: Internal error",
  });
});

test("rejects when the API throws (a client without it)", async () => {
  await expect(
    officeCall("getComposeTypeAsync", () => {
      throw new TypeError("item.getComposeTypeAsync is not a function");
    }),
  ).rejects.toThrow("getComposeTypeAsync failed: item.getComposeTypeAsync is not a function");
});

test("withTimeout rejects a promise that never settles, and clears its timer otherwise", async () => {
  jest.useFakeTimers();
  try {
    const timers = { setTimeout, clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout) };
    const never = withTimeout(new Promise(() => undefined), 1500, "the host", timers);
    const caught = never.catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(1500);
    expect(await caught).toEqual(new Error("the host took longer than 1500 ms"));
    await expect(withTimeout(Promise.resolve(1), 1500, "x", timers)).resolves.toBe(1);
    expect(jest.getTimerCount()).toBe(0);
  } finally {
    jest.useRealTimers();
  }
});
