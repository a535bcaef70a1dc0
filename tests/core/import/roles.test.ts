import { roleFromPost, roleKindOfPost, splitPosts } from "../../../src/core/import/roles";

describe("roleKindOfPost", () => {
  it.each([
    ["Leader", "leader"],
    ["Leader of the Council", "leader"],
    ["Council Leader", "leader"],
    ["Leader of Surrey Heath Borough Council", "leader"],
    ["Leader of the Council and Portfolio Holder for Strategy", "leader"],
    ["Deputy Leader", "deputy-leader"],
    ["Deputy Leader of the Council", "deputy-leader"],
    ["Portfolio Holder for Planning", "portfolio-holder"],
    ["Cabinet Member for Finance", "portfolio-holder"],
    ["Cabinet Member - Regeneration & Skills", "portfolio-holder"],
    ["Executive Member for Housing", "portfolio-holder"],
    ["Executive Councillor for Adult Care", "portfolio-holder"],
    ["Lead Member for Climate Change", "portfolio-holder"],
    ["Chair of the Planning Applications Committee", "committee-chair"],
    ["Chairman of Licensing Committee", "committee-chair"],
    ["Chair, Audit and Standards Committee", "committee-chair"],
    ["Planning Committee Chairman", "committee-chair"],
    ["Chair of Council Overview and Scrutiny", "committee-chair"],
    ["Mayor", "mayor"],
    ["Mayor of Surrey Heath", "mayor"],
    ["Civic Mayor", "mayor"],
    ["Chairman of the Council", "mayor"],
    ["Chair of Surrey County Council", "mayor"],
    ["Leader of the Conservative Group", "group-leader"],
    ["Leader of the Liberal Democrats", "group-leader"],
    ["Labour Group Leader", "group-leader"],
    ["Leader of the Opposition", "group-leader"],
    ["Opposition Leader", "group-leader"],
  ])("%j is a %s", (post, kind) => {
    expect(roleKindOfPost(post)).toBe(kind);
  });

  it.each([
    "Vice-Chairman of the Licensing Committee",
    "Vice Chair of the Employment Committee",
    "Deputy Chair of Planning",
    "Vice-Chairman of the Council",
    "Deputy Mayor",
    "Deputy Leader of the Labour Group",
    "Deputy Group Leader",
    "Deputy Portfolio Holder for Finance",
    "Assistant Cabinet Member for Transport",
    "Member Champion for Armed Forces",
    "Opposition Spokesperson for Housing",
  ])("%j is kept as kind other", (post) => {
    expect(roleKindOfPost(post)).toBe("other");
  });

  it.each([
    "Shadow Portfolio Holder for Finance",
    "Shadow Cabinet Member for Housing",
    "shadow leader",
    "Conservative Shadow Executive Member",
    "",
  ])("%j is not a role", (post) => {
    expect(roleKindOfPost(post)).toBeUndefined();
  });
});

describe("roleFromPost and splitPosts", () => {
  it("keeps the post's own text as the title, tidied", () => {
    expect(roleFromPost("  Portfolio Holder for\nPlanning ")).toEqual({
      kind: "portfolio-holder",
      title: "Portfolio Holder for Planning",
    });
  });

  it("splits key posts on ';' and new lines, dropping empty ones", () => {
    expect(splitPosts("Leader of the Council;Mayor ;\n Chair of Licensing Committee;; ")).toEqual([
      "Leader of the Council",
      "Mayor",
      "Chair of Licensing Committee",
    ]);
    expect(splitPosts("   ")).toEqual([]);
  });
});
