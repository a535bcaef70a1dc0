/** @jest-environment jsdom */
/**
 * The playground's small pure parts: the body cleaner (the only door for email HTML into the
 * page), the Smart Alert's Markdown (read as text, never HTML), and address resolution.
 */
import "@testing-library/jest-dom";
import { render } from "@testing-library/react";
import { AlertMessage, inlineMarkdown } from "../../src/playground/app/AlertMessage";
import { bookFromDirectory, resolveTyped } from "../../src/playground/app/address-book";
import { safeBodyHtml } from "../../src/playground/app/safe-body";
import { owaBody } from "../../src/playground/app/owa-body";
import { SCENARIOS } from "../../src/playground/app/scenarios";
import directory from "../../config/directory.json";

describe("safeBodyHtml", () => {
  test("drops what could run or load, keeps text, formatting and Outlook's markers", () => {
    const html =
      "<html><head><style>p{}</style><script>alert(1)</script></head><body>" +
      '<div id="divRplyFwdMsg" style="color:red" onclick="alert(2)"><b>From:</b> Jane</div>' +
      '<img src="https://tracker.example/p.gif" alt="pixel"><a href="javascript:alert(3)">x</a>' +
      '<a href="mailto:jane@council.example">Jane</a><span style="background:url(https://x.example/a.png)">y</span>' +
      '<iframe src="https://evil.example"></iframe><hr tabindex="-1"><p tabindex="0">z</p></body></html>';
    const clean = safeBodyHtml(html);
    expect(clean).not.toMatch(/script|alert|onclick|https:|iframe|url\(|tabindex="0"/);
    expect(clean).toContain('<div id="divRplyFwdMsg" style="color:red"><b>From:</b> Jane</div>');
    expect(clean).toContain('<a href="mailto:jane@council.example">Jane</a>');
    expect(clean).toContain('<hr tabindex="-1">');
  });

  test("keeps the scenarios' bodies whole (their text and quoted-history markers)", () => {
    for (const s of SCENARIOS) {
      const clean = safeBodyHtml(s.draft.bodyHtml);
      const body = new DOMParser().parseFromString(s.draft.bodyHtml, "text/html").body;
      expect(clean).toBe(body.innerHTML);
    }
  });
});

describe("the alert's Markdown", () => {
  test("bold, italic and escapes become elements and text, never HTML", () => {
    const { container } = render(
      <AlertMessage
        markdown={
          "Member Mail Check: stop.\n1. **Blind copies**: Cllr A \\*in Bcc\\* <b>x</b> *Surrey Heath 7.1*\nChoose Review."
        }
      />,
    );
    expect(container.querySelector("ol li strong")).toHaveTextContent("Blind copies");
    expect(container.querySelector("ol li em")).toHaveTextContent("Surrey Heath 7.1");
    expect(container.querySelector("ol li")).toHaveTextContent("Cllr A *in Bcc* <b>x</b>");
    expect(container.querySelector("b")).toBeNull();
    expect(container.querySelectorAll("p")).toHaveLength(2);
  });

  test("plain text is shown as it is", () => {
    const { container } = render(<AlertMessage plain={"**not bold**\n1. one"} />);
    expect(container.querySelector("strong")).toBeNull();
    expect(container).toHaveTextContent("**not bold**");
    expect(inlineMarkdown("**never closed")).toEqual(["never closed"]);
  });
});

describe("resolving what the officer types", () => {
  const book = bookFromDirectory(directory);

  test("a unique name, with or without Cllr, or an address", () => {
    expect(resolveTyped("jane doe", book)).toEqual({
      ok: true,
      person: { name: "Cllr Jane Doe", address: "jane.doe@surreyheath-council.example" },
    });
    expect(resolveTyped("Cllr Amir Khan", book)).toMatchObject({ ok: true });
    expect(resolveTyped("All Members", book)).toMatchObject({
      ok: true,
      person: { address: "all.members@surreyheath-council.example" },
    });
    expect(resolveTyped("someone@example.org", book)).toEqual({
      ok: true,
      person: { name: "someone@example.org", address: "someone@example.org" },
    });
    expect(resolveTyped("A Resident <resident@example.org>", book)).toEqual({
      ok: true,
      person: { name: "A Resident", address: "resident@example.org" },
    });
  });

  test("a name typed with a curly apostrophe finds the member written with a straight one", () => {
    const kevin = {
      name: "Cllr Kevin O'Brien",
      address: "kevin.obrien@surreyheath-council.example",
    };
    expect(resolveTyped("Kevin O’Brien", book)).toEqual({ ok: true, person: kevin });
    expect(resolveTyped("Cllr O’Brien", book)).toEqual({ ok: true, person: kevin });
  });

  test("several matches or none: a reason, nothing resolved", () => {
    expect(resolveTyped("an", book)).toMatchObject({ ok: false, problem: /people match/ });
    expect(resolveTyped("Nobody Here", book)).toMatchObject({ ok: false, problem: /No one/ });
  });

  test("owaBody escapes what it is given", () => {
    expect(owaBody(["<script>x</script> & co"])).toContain(
      "&lt;script&gt;x&lt;/script&gt; &amp; co",
    );
  });
});
