/**
 * Members recognised however Outlook writes them (issue 11, reproduction 8): a "(Cllr)" suffix,
 * plus-addresses, quoted local parts and curly apostrophes, checked against the sample council.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/core/check";
import { makeDraft, type Recipient } from "../../src/core/draft";
import { loadDirectory } from "../../src/core/directory/load";
import { resolvePreset } from "../../src/core/policy/load";
import { applyFix } from "../../src/core/fixes";
import { outlookDesktop } from "../helpers/mail-bodies";

const DIRECTORY_FILE = join(__dirname, "..", "..", "config", "directory.json");
const directory = loadDirectory(JSON.parse(readFileSync(DIRECTORY_FILE, "utf8")), DIRECTORY_FILE);
const policy = resolvePreset("surrey-heath-borough-council");
const officer = { name: "Claire Whitmore", address: "claire.whitmore@surreyheath.gov.example" };

/** A member briefing with one recipient in Bcc. */
function bccTo(recipient: Recipient) {
  return makeDraft({
    from: officer,
    to: [officer],
    bcc: [recipient],
    subject: "Member briefing: customer service centre opening hours",
    body: "Dear Councillors, the centre will open from 9am to 4pm. Claire",
  });
}

function bccFindings(recipient: Recipient) {
  return check(bccTo(recipient), policy, directory).filter((f) => f.rule === "bcc-to-members");
}

describe("a Cllr title wherever Outlook users put it (matchCllrDisplayNames)", () => {
  it.each([
    "Smith, John (Cllr)",
    "Smith, John (Councillor)",
    "John Smith (Cllr)",
    "Smith, Cllr John",
    "Cllr Smith, John",
    "Cllr John Smith",
  ])("Bcc %j at an address the directory does not know is caught", (name) => {
    expect(bccFindings({ name, address: "john.smith@residents.example" })).toHaveLength(1);
  });

  it("a team whose bracket only mentions councillors is not a member", () => {
    const team = { name: "Member Services (Councillor Support)", address: "ms@council.example" };
    expect(bccFindings(team)).toEqual([]);
  });

  it.each(["Doe, Jane (Cllr)", "Doe, Cllr Jane", "Cllr Doe, Jane"])(
    "%j at an unknown address is the member Jane Doe by name",
    (name) => {
      const [finding] = bccFindings({ name, address: "jd@elsewhere.example" });
      expect(finding?.people.map((p) => p.memberId)).toEqual(["jane-doe"]);
    },
  );
});

describe("plus-addresses", () => {
  const plus = { address: "jane.doe+casework@surreyheath-council.example" };

  it("jane.doe+casework@ is the member at jane.doe@", () => {
    const [finding] = bccFindings(plus);
    expect(finding?.people.map((p) => p.memberId)).toEqual(["jane-doe"]);
    expect(finding?.recipients).toEqual([plus.address]);
  });

  it("the fix moves the address as written", () => {
    const draft = bccTo(plus);
    const [finding] = check(draft, policy, directory);
    const move = finding?.fixes.find((f) => f.kind === "move-to-cc");
    expect(move).toBeDefined();
    const fixed = applyFix(draft, move!);
    expect(fixed.cc.map((r) => r.address)).toEqual([plus.address]);
    expect(fixed.bcc).toEqual([]);
  });

  it("a plus in an address that is not a member's stays unknown", () => {
    expect(bccFindings({ address: "jane.doe+casework@residents.example" })).toEqual([]);
  });
});

describe("quoted local parts", () => {
  it('"jane.doe"@ is the member at jane.doe@', () => {
    const [finding] = bccFindings({ address: '"jane.doe"@surreyheath-council.example' });
    expect(finding?.people.map((p) => p.memberId)).toEqual(["jane-doe"]);
  });
});

describe("curly apostrophes", () => {
  it.each(["Kevin O’Brien", "Kevin O'Brien", "O’Brien, Kevin (Cllr)"])(
    "Bcc %j at a home address is the member Kevin O'Brien",
    (name) => {
      const [finding] = bccFindings({ name, address: "kob@home.example" });
      expect(finding?.people.map((p) => p.memberId)).toEqual(["kevin-obrien"]);
    },
  );

  it("a quoted email from “Kevin O’Brien” at a home address is his, passed on", () => {
    const draft = makeDraft({
      from: officer,
      to: [{ name: "Cllr Jane Doe", address: "jane.doe@surreyheath-council.example" }],
      subject: "FW: Bins in Old Dean",
      composeType: "forward",
      body: outlookDesktop(
        ["Jane, see below."],
        [
          {
            from: { name: "Kevin O’Brien", address: "kob@home.example" },
            to: [officer],
            sent: "Monday, November 16, 2026 9:12 AM",
            subject: "Bins in Old Dean",
            text: ["Claire, the bins on my road were missed again. Kevin"],
          },
        ],
      ),
    });
    const finding = check(draft, policy, directory).find(
      (f) => f.rule === "member-enquiry-forwarded",
    );
    expect(finding?.people.map((p) => p.memberId)).toContain("kevin-obrien");
  });
});
