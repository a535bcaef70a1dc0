/**
 * The large-body benchmark's harness, against the built dist/launchevent.js (`npm test` builds it
 * first), one warm Send: the 1 MB pasted table must reach the handler whole and complete the way
 * check() judges the same draft. No timings are asserted (they depend on the machine).
 */
import { LARGE_BODY_BYTES, pastedTableBody, runLargeBench } from "../../scripts/bench-large";

test("the pasted table is Outlook desktop's Word HTML for an Excel range, 1 MB of rows", () => {
  const { html, rows } = pastedTableBody(["GU16 6HJ", "GU15 3SY"], LARGE_BODY_BYTES);
  expect(html.length).toBeGreaterThanOrEqual(LARGE_BODY_BYTES);
  expect(html.length).toBeLessThan(LARGE_BODY_BYTES + 2_000);
  expect(html).toContain('<meta name="Generator" content="Microsoft Word 15 (filtered medium)">');
  expect(html.match(/<tr /g)).toHaveLength(rows);
  expect(rows).toBeGreaterThan(900);
  // Each row: reference, address, town (from the postcode's area), postcode, collection day.
  expect(html).toContain(">AC-10001<o:p>");
  expect(html).toContain(">Frimley<o:p>");
  expect(html).toContain(">GU15 3SY<o:p>");
});

test("the handler judges the 1 MB draft as check() does, and logs nothing", async () => {
  const result = await runLargeBench({ runs: 1 });
  expect(result.problems).toEqual([]);
  expect(result.bodyBytes).toBeGreaterThanOrEqual(LARGE_BODY_BYTES);
  // Postcodes from every ward of the sample council: Cllr Doe's colleagues in each other ward
  // are not told (a warn under the sample policy), and the handler found every one of them.
  expect(result.outcome).toBe("warn");
  expect(result.checkStoppingRules.length).toBeGreaterThan(5);
  expect(new Set(result.stoppingRules)).toEqual(new Set(["local-members-not-copied"]));
  expect([...result.stoppingRules].sort()).toEqual(result.checkStoppingRules);
  expect(result.onSendLargeMedianMs).toBeGreaterThan(0);
  expect(result.checkLargeMedianMs).toBeGreaterThan(0);
});
