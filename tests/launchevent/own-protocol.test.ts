/** The Smart Alert cites a council's own protocol (tests/fixtures/heathfield), not a preset's. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE_URL, sampleConfig } from "../office/fake-config";
import { REPO } from "../office/outlook-mock";
import { completedWith, setupSend } from "./send";

test("a council that is none of the five presets sees its own paragraph in the alert", async () => {
  const files = sampleConfig();
  files[`${BASE_URL}config/policy.json`] = readFileSync(
    join(REPO, "tests", "fixtures", "heathfield", "policy.json"),
    "utf8",
  );
  const { send } = await setupSend({ sample: "bcc-to-members.eml", files });
  const options = completedWith(await send());
  expect(options.allowEvent).toBe(false);
  expect(options.errorMessage).toContain("Heathfield 4.2");
  expect(options.errorMessage).not.toContain("Surrey Heath");
});
