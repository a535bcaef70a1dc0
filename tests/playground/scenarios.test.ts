/**
 * The playground's ready-made drafts (src/playground/app/scenarios.ts, starters.ts) through the
 * real on-send handler with the sample council's config: each finds what its config/samples/*.eml
 * finds, so the playground shows every rule as the samples do.
 */
import { emptyState, type MailboxState } from "../../src/playground/mailbox-state";
import { loadDraft, type PlaygroundDraft } from "../../src/playground/app/draft";
import { SCENARIOS } from "../../src/playground/app/scenarios";
import { starterDraft } from "../../src/playground/app/starters";
import { parseContext } from "../../src/office/smart-alert-context";
import { completedWith, setupSend } from "../launchevent/send";

function stateOf(draft: PlaygroundDraft): MailboxState {
  const state = emptyState();
  loadDraft(state, draft);
  return state;
}

async function sendResult(draft: PlaygroundDraft) {
  const { send } = await setupSend({ state: stateOf(draft) });
  const options = completedWith(await send());
  const context = parseContext(options.contextData);
  return {
    allowEvent: options.allowEvent as boolean,
    promptUser: options.sendModeOverride === "promptUser",
    rules: (context?.findings ?? []).map((f) => `${f.rule}:${f.severity}`),
  };
}

describe("each scenario finds what its sample finds", () => {
  const expected: Record<string, { allowEvent: boolean; promptUser: boolean; rules: string[] }> = {
    "bcc-to-members": { allowEvent: false, promptUser: false, rules: ["bcc-to-members:block"] },
    "member-enquiry-forwarded": {
      allowEvent: false,
      promptUser: true,
      // Passing Cllr Doe's email to a cabinet member is one act: one finding citing both rules.
      rules: ["member-enquiry-forwarded:warn"],
    },
    "portfolio-holder-copied": {
      allowEvent: false,
      promptUser: true,
      rules: ["portfolio-holder-copied:warn"],
    },
    "local-members-not-copied": {
      allowEvent: false,
      promptUser: true,
      rules: ["local-members-not-copied:warn"],
    },
    clean: { allowEvent: true, promptUser: false, rules: [] },
    // The sample policy blocks any Bcc on an email to a member; the residents are not members.
    "residents-in-bcc": { allowEvent: false, promptUser: false, rules: ["bcc-to-members:block"] },
    // Her own enquiry, no ward-wide matter: she is the local link, nobody else is asked for.
    "reply-with-ward": { allowEvent: true, promptUser: false, rules: [] },
  };
  test.each(SCENARIOS.map((s) => [s.id, s] as const))("%s", async (id, scenario) => {
    const result = await sendResult(scenario.draft);
    expect(result).toEqual(expected[id]);
  });
});

describe("the Reply and Forward starters", () => {
  test("a reply to the member alone breaks nothing", async () => {
    expect(await sendResult(starterDraft("reply"))).toEqual({
      allowEvent: true,
      promptUser: false,
      rules: [],
    });
  });

  test("forwarding her email to another member is found", async () => {
    const draft = starterDraft("forward");
    draft.to = [{ name: "Cllr David Okafor", address: "david.okafor@surreyheath-council.example" }];
    const result = await sendResult(draft);
    expect(result.allowEvent).toBe(false);
    expect(result.rules).toContain("member-enquiry-forwarded:warn");
  });
});
