/**
 * A damaged config file at Send, read as launchevent.js reads it (its shape checks stand in for
 * ajv, as in the build): refused with the file and field named, never kept as the last good copy,
 * and never a silent "check failed, send it" on every Send after.
 */
import { POLICY_PATH } from "../../src/office/config-loader";
import { STAMP_HEADER } from "../../src/launchevent/stamp";
import {
  BASE_URL,
  memoryStorage,
  policyText,
  sampleConfig,
  storageKey,
} from "../office/fake-config";
import { completedWith, setupSend } from "./send";

jest.mock("../../src/core/config/schemas", () =>
  jest.requireActual("../../src/core/config/schemas.on-send"),
);

const POLICY_URL = `${BASE_URL}${POLICY_PATH}`;
const DIRECTORY_PATH = "config/directory.json";
const DIRECTORY_URL = `${BASE_URL}${DIRECTORY_PATH}`;

/** The sample directory.json with a change laid over it. */
function directoryText(change: (directory: any) => void): string {
  const directory = JSON.parse(sampleConfig()[DIRECTORY_URL] as string);
  change(directory);
  return JSON.stringify(directory);
}

const DAMAGE: Array<[string, string, string, string]> = [
  [
    "a version that is a number",
    POLICY_PATH,
    policyText((p) => (p.version = 2)),
    "config/policy.json: /version: must be a string",
  ],
  [
    "a version that is an object",
    POLICY_PATH,
    policyText((p) => (p.version = {})),
    "config/policy.json: /version: must be a string",
  ],
  [
    "trigger words as one string",
    POLICY_PATH,
    policyText((p) => (p.rules["local-members-not-copied"].options.triggerWords = "consultation")),
    "config/policy.json: /rules/local-members-not-copied/options/triggerWords: must be a list of strings",
  ],
  [
    "a yes/no option given as a word",
    POLICY_PATH,
    policyText((p) => (p.rules["bcc-to-members"].options.anyBccWhenMemberIsRecipient = "false")),
    "config/policy.json: /rules/bcc-to-members/options/anyBccWhenMemberIsRecipient: must be true or false",
  ],
  [
    "a group without its name",
    DIRECTORY_PATH,
    directoryText((d) => delete d.groups[0].name),
    "config/directory.json: /groups/0/name: must be a string",
  ],
  [
    "ignored postcodes as one string",
    DIRECTORY_PATH,
    directoryText((d) => (d.ignoredPostcodes = "GU15 3HD")),
    "config/directory.json: /ignoredPostcodes: must be a list of strings",
  ],
];

describe.each(DAMAGE)("%s", (_name, path, damaged, refusal) => {
  const url = `${BASE_URL}${path}`;

  test("with a last good copy: checked against the copy, which is kept", async () => {
    const good = sampleConfig()[url] as string;
    const storage = memoryStorage({ [storageKey(path)]: good });
    const files = { ...sampleConfig(), [url]: damaged };
    const { send, mock, logs } = await setupSend({ sample: "bcc-to-members.eml", files, storage });
    const options = completedWith(await send());
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("Blind copies to members");
    expect(mock.state.internetHeaders[STAMP_HEADER]).toMatch(/^outcome=block; /);
    expect(logs).toContain(`using the last good copy: ${refusal}`);
    expect(logs.some((l) => l.startsWith("check failed"))).toBe(false);
    expect(storage.items.get(storageKey(path))).toBe(good);
  });

  test("with no copy: unavailable, naming the file and field, and nothing stored", async () => {
    const storage = memoryStorage();
    const files = { ...sampleConfig(), [url]: damaged };
    const { send, logs } = await setupSend({ sample: "bcc-to-members.eml", files, storage });
    completedWith(await send());
    expect(logs).toContain(`config unavailable: ${refusal}`);
    expect(logs.some((l) => l.startsWith("check failed"))).toBe(false);
    expect(storage.items.has(storageKey(path))).toBe(false);
  });
});

test("a damaged directory under a policy that says block: held, saying which field", async () => {
  const files = {
    ...sampleConfig(),
    [POLICY_URL]: policyText((p) => (p.whenConfigUnavailable = "block")),
    [DIRECTORY_URL]: directoryText((d) => (d.ignoredPostcodes = "GU15 3HD")),
  };
  const { send } = await setupSend({ sample: "clean.eml", files });
  const options = completedWith(await send());
  expect(options.allowEvent).toBe(false);
  expect(options.errorMessage).toContain("/ignoredPostcodes: must be a list of strings");
});
