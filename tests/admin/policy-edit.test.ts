import { getPreset, loadPolicy, type PolicyFile } from "../../src/core";
import { policyChanges, ruleChanges } from "../../src/admin/state/diff";
import {
  effectiveRule,
  resetRule,
  setOption,
  setPolicyText,
  setPreset,
  setSeverity,
} from "../../src/admin/state/policy-edit";
import { samplePolicy } from "./sample";

describe("policy edits", () => {
  test("a severity different from the preset is written; the preset's own is removed", () => {
    const policy: PolicyFile = { preset: "surrey-heath-borough-council" };
    const inform = setSeverity(policy, "bcc-to-members", "inform");
    expect(inform.rules).toEqual({ "bcc-to-members": { severity: "inform" } });
    expect(setSeverity(inform, "bcc-to-members", "block")).toEqual(policy);
    expect(policy).toEqual({ preset: "surrey-heath-borough-council" }); // not mutated
  });

  test("options replace the preset's list and drop out when equal to it", () => {
    const policy: PolicyFile = { preset: "surrey-heath-borough-council" };
    const words = getPreset(policy.preset).rules["local-members-not-copied"].options.triggerWords;
    const more = setOption(policy, "local-members-not-copied", "triggerWords", [
      ...words,
      "bin strike",
    ]);
    expect(effectiveRule(more, "local-members-not-copied").options.triggerWords).toContain(
      "bin strike",
    );
    expect(setOption(more, "local-members-not-copied", "triggerWords", [...words])).toEqual(policy);
    const chain = setOption(policy, "member-enquiry-forwarded", "chainThreshold", 5);
    expect(
      loadPolicy(chain, "policy.json").rules["member-enquiry-forwarded"].options.chainThreshold,
    ).toBe(5);
  });

  test("reset and preset changes", () => {
    const sample = samplePolicy();
    expect(resetRule(sample, "bcc-to-members").rules?.["bcc-to-members"]).toBeUndefined();
    // Southwark informs on Bcc: the sample's "block" is now a change and is kept.
    const southwark = setPreset(sample, "southwark-council");
    expect(southwark.rules?.["bcc-to-members"]?.severity).toBe("block");
    expect(setPreset(sample, "southwark-council", true).rules).toBeUndefined();
  });

  test("text settings: empty removes them", () => {
    const policy = setPolicyText(samplePolicy(), "version", "");
    expect("version" in policy).toBe(false);
    expect(setPolicyText(policy, "updated", "2026-12-01").updated).toBe("2026-12-01");
  });
});

describe("changes against the preset and the live file", () => {
  test("a severity change is marked against both", () => {
    const live = samplePolicy();
    const edited = setSeverity(live, "bcc-to-members", "inform");
    const rule = ruleChanges(edited, live, "bcc-to-members");
    expect(rule.settings.severity).toMatchObject({
      current: "inform",
      preset: "block",
      live: "block",
      fromPreset: true,
      fromLive: true,
    });
    // The sample's own change (any Bcc beside a member) differs from the preset, not from live.
    expect(rule.settings.anyBccWhenMemberIsRecipient).toMatchObject({
      fromPreset: true,
      fromLive: false,
    });
    expect(policyChanges(edited, live).countFromLive).toBe(1);
    expect(policyChanges(live, live).countFromLive).toBe(0);
  });

  test("without a live file nothing is 'changed from live'", () => {
    const changes = policyChanges(samplePolicy(), undefined);
    expect(changes.countFromLive).toBe(0);
    expect(changes.countFromPreset).toBeGreaterThan(0);
  });
});
