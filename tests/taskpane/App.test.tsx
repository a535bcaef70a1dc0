/** @jest-environment jsdom */
import "../admin/dom-setup";
import "./text-encoding";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseQuotedHistory } from "../../src/core/quoted";
import { ComposeSession } from "../../src/office/compose-session";
import { ConfigLoader } from "../../src/office/config-loader";
import { CONSENT_HEADER, CONSENT_SESSION_KEY } from "../../src/office/consents";
import { App } from "../../src/taskpane/App";
import { handedOverContext } from "../helpers/handed-over";
import {
  BASE_URL,
  fakeFetch,
  memoryStorage,
  sampleConfig,
  type Served,
} from "../office/fake-config";
import {
  createOutlookMock,
  sampleDraft,
  stateFromDraft,
  type MailboxState,
} from "../office/outlook-mock";

interface PaneOptions {
  files?: Record<string, Served>;
  version?: string;
  storage?: ReturnType<typeof memoryStorage>;
  state?: Partial<MailboxState>;
}

function loaderFor(files: Record<string, Served>, storage?: ReturnType<typeof memoryStorage>) {
  return new ConfigLoader({
    baseUrl: BASE_URL,
    fetch: fakeFetch(files),
    storage,
    now: () => Date.now(),
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    fetchTimeoutMs: 200,
  });
}

/** Opens the pane on a sample council message (config/samples), as the officer would. */
async function openPane(sample: string | undefined, options: PaneOptions = {}) {
  const state = {
    ...(sample ? stateFromDraft(await sampleDraft(sample)) : {}),
    ...options.state,
  };
  const mock = createOutlookMock(state, options.version ?? "1.15");
  const session = new ComposeSession(
    mock.office.context,
    loaderFor(options.files ?? sampleConfig(), options.storage),
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} debounceMs={20} />
    </FluentProvider>,
  );
  return { mock, user: userEvent.setup() };
}

const addresses = (list: { emailAddress: string }[]) => list.map((r) => r.emailAddress);
const notice = () =>
  screen.findByText(/Checked again|Nothing was changed|lost|Put back|Could not undo/);

describe("what the officer sees", () => {
  test("findings grouped by severity, with the people, the paragraph and a short quotation", async () => {
    await openPane("bcc-to-members.eml");
    const group = await screen.findByRole("region", { name: /Must be fixed before sending \(1\)/ });
    const finding = within(group).getByRole("article", { name: /Blind copies to members/ });
    expect(finding).toHaveTextContent(
      "Cllr Jane Doe, Cllr Amir Khan, Cllr Sarah Whitfield and Cllr David Okafor are in Bcc.",
    );
    expect(finding).toHaveTextContent("Surrey Heath 7.1");
    expect(finding).toHaveTextContent(
      "“In other words, a system of “silent or blind copies” must not be used.”",
    );
    expect(screen.getByRole("status")).toHaveTextContent("1 thing to look at before sending.");
    expect(screen.getByRole("contentinfo")).toHaveTextContent(
      /Surrey Heath Borough Council.* · policy updated/,
    );
  });

  test("a finding links to its rule's documentation page, opened beside the pane", async () => {
    await openPane("bcc-to-members.eml");
    const finding = await screen.findByRole("article", { name: /Blind copies to members/ });
    const link = within(finding).getByRole("link", {
      name: "More about “Blind copies to members”",
    });
    expect(link).toHaveAttribute("href", "docs/rules/bcc-to-members.html");
    expect(link).toHaveAttribute("target", "_blank");
  });

  test("a long quotation is short until expanded", async () => {
    const { user } = await openPane("member-enquiry-forwarded.eml");
    const finding = await screen.findByRole("article", { name: /Member’s email passed on/ });
    expect(finding).not.toHaveTextContent(
      "on a matter relating to a single constituent to any other Member",
    );
    const more = within(finding).getByRole("button", { name: "Show the whole passage" });
    await user.click(more);
    expect(more).toHaveAttribute("aria-expanded", "true");
    expect(finding).toHaveTextContent(
      "on a matter relating to a single constituent to any other Member.",
    );
  });

  test("the other passages a finding rests on are one click away", async () => {
    const { user } = await openPane("local-members-not-copied.eml");
    const finding = await screen.findByRole("article", { name: /Local members not told/ });
    expect(finding).toHaveTextContent("Surrey Heath 7.2");
    expect(within(finding).queryByText("Surrey Heath 7.1")).not.toBeVisible();
    const more = within(finding).getByRole("button", { name: /3 more passages from the protocol/ });
    await user.click(more);
    expect(more).toHaveAttribute("aria-expanded", "true");
    expect(within(finding).getByText("Surrey Heath 7.1")).toBeVisible();
  });

  test("all clear on a clean email", async () => {
    await openPane("clean.eml");
    expect(
      await screen.findByText(/All clear: nothing in this email goes against/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("article")).toBeNull();
  });

  test("policy could not be loaded, and no copy: checks are off, and it says so", async () => {
    const files = sampleConfig();
    delete files[`${BASE_URL}config/policy.json`];
    await openPane("bcc-to-members.eml", { files });
    expect(await screen.findByText("Policy could not be loaded")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("This email was not checked");
    expect(screen.queryByRole("article")).toBeNull();
  });

  test("policy host down: the last good copy is used, and it says so", async () => {
    const storage = memoryStorage();
    // An earlier session on this computer fetched and kept the config.
    const earlier = loaderFor(sampleConfig(), storage);
    expect((await earlier.load()).ok).toBe(true);
    const down: Record<string, Served> = {};
    for (const url of Object.keys(sampleConfig())) down[url] = { status: 503 };
    await openPane("bcc-to-members.eml", { files: down, storage });
    expect(await screen.findByText("Using the last good copy of the policy")).toBeInTheDocument();
    expect(
      await screen.findByRole("article", { name: /Blind copies to members/ }),
    ).toBeInTheDocument();
  });

  test("a postcode list that fails to load is a gap in the check, not an old policy", async () => {
    const files = sampleConfig();
    files[`${BASE_URL}config/postcodes/GU16.json`] = { status: 500 };
    // The constituent's postcode is GU16 6HJ.
    await openPane("local-members-not-copied.eml", { files });
    const gap = await screen.findByText("Not everything could be checked");
    expect(gap.parentElement).toHaveTextContent(
      "Postcodes in some areas could not be matched to wards (config/postcodes/GU16.json: HTTP 500).",
    );
    expect(screen.queryByText("Using the last good copy of the policy")).toBeNull();
  });

  test("directory names are shown as text, never as HTML", async () => {
    const files = sampleConfig();
    const directory = JSON.parse(files[`${BASE_URL}config/directory.json`] as string);
    const jane = directory.members.find((m: { id: string }) => m.id === "jane-doe");
    jane.name = 'Jane <img src="x" onerror="alert(1)"> Doe';
    files[`${BASE_URL}config/directory.json`] = JSON.stringify(directory);
    await openPane("bcc-to-members.eml", { files });
    const finding = await screen.findByRole("article", { name: /Blind copies to members/ });
    expect(finding).toHaveTextContent('Jane <img src="x" onerror="alert(1)"> Doe');
    expect(finding.querySelector("img")).toBeNull();
  });
});

describe("opened from the Smart Alert's Review button", () => {
  test("shows what Send found at once, before its own check finishes", async () => {
    const draft = await sampleDraft("bcc-to-members.eml");
    const files = sampleConfig();
    files[`${BASE_URL}config/directory.json`] = "hang";
    const context = handedOverContext(draft.bcc[0]!.address);
    await openPane("bcc-to-members.eml", { files, state: { contextData: context } as never });
    expect(
      await screen.findByText(/Send found 1 thing to look at. Checking the email again/),
    ).toBeInTheDocument();
    expect(screen.getByRole("article", { name: /Blind copies to members/ })).toHaveTextContent(
      "Cllr Jane Doe is in Bcc.",
    );
  });
});

describe("re-checking live", () => {
  test("when the officer changes the recipients, without pressing anything", async () => {
    const { mock } = await openPane("clean.eml");
    await screen.findByText(/All clear/);
    const members = (await sampleDraft("bcc-to-members.eml")).bcc;
    act(() =>
      mock.user.setRecipients(
        "bcc",
        members.map((r) => ({ emailAddress: r.address, displayName: r.name ?? r.address })),
      ),
    );
    expect(
      await screen.findByRole("article", { name: /Blind copies to members/ }),
    ).toBeInTheDocument();
  });

  test("when the pane gets focus back (Outlook has no event for body edits)", async () => {
    const { mock } = await openPane("clean.eml");
    await screen.findByText(/All clear/);
    const forwarded = await sampleDraft("member-enquiry-forwarded.eml");
    Object.assign(mock.state, stateFromDraft(forwarded));
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(
      await screen.findByRole("article", { name: /Member’s email passed on/ }),
    ).toBeInTheDocument();
  });

  test("Check again checks at once", async () => {
    const { mock, user } = await openPane("clean.eml");
    await screen.findByText(/All clear/);
    const reads = mock.callsTo("body.getAsync").length;
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(mock.callsTo("body.getAsync").length).toBe(reads + 1));
  });
});

describe("fixes", () => {
  test("Move to Cc moves the members, re-checks, says what changed, and Undo puts them back", async () => {
    const { mock, user } = await openPane("bcc-to-members.eml");
    const before = JSON.parse(JSON.stringify(mock.state));
    await user.click(await screen.findByRole("button", { name: "Move to Cc" }));
    expect(await notice()).toHaveTextContent(
      "Moved Cllr Jane Doe, Cllr Amir Khan, Cllr Sarah Whitfield and Cllr David Okafor to Cc. Checked again: all clear.",
    );
    expect(mock.state.bcc).toEqual([]);
    expect(addresses(mock.state.cc)).toEqual([...addresses(before.cc), ...addresses(before.bcc)]);
    expect(screen.queryByRole("article")).toBeNull();
    // Focus goes to the notice, since the finding's card has gone.
    expect(document.activeElement).toContainElement(screen.getByText(/Moved Cllr Jane Doe/));

    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByText("Put back as it was before the fix.")).toBeInTheDocument();
    expect(mock.state.bcc).toEqual(before.bcc);
    expect(mock.state.cc).toEqual(before.cc);
    expect(
      await screen.findByRole("article", { name: /Blind copies to members/ }),
    ).toBeInTheDocument();
  });

  test("Remove takes the members out of Bcc", async () => {
    const { mock, user } = await openPane("bcc-to-members.eml");
    await user.click(await screen.findByRole("button", { name: "Remove them all" }));
    expect(await notice()).toHaveTextContent(/Removed Cllr Jane Doe.* from Bcc/);
    expect(mock.state.bcc).toEqual([]);
  });

  test("a fix that stops half-way puts every box back and says nobody was lost", async () => {
    const { mock, user } = await openPane("bcc-to-members.eml");
    const before = JSON.parse(JSON.stringify(mock.state));
    mock.faults.fail.set("bcc.setAsync", "Internal error");
    await user.click(await screen.findByRole("button", { name: "Move to Cc" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "That did not work (bcc.setAsync failed: Internal error). Cc and Bcc are back as they were: nobody has been lost.",
    );
    expect(mock.state.cc).toEqual(before.cc);
    expect(mock.state.bcc).toEqual(before.bcc);
    // Nothing to put back, so nothing offers to.
    expect(within(alert).queryByRole("button", { name: /Put it back/ })).toBeNull();
    expect(screen.getByRole("article", { name: /Blind copies to members/ })).toBeInTheDocument();
  });

  test("a fix that fails outright changes nothing and says so", async () => {
    const { mock, user } = await openPane("bcc-to-members.eml");
    const before = JSON.parse(JSON.stringify(mock.state));
    mock.faults.fail.set("cc.addAsync", "The server is busy");
    await user.click(await screen.findByRole("button", { name: "Move to Cc" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "That did not work (cc.addAsync failed: The server is busy). Cc and Bcc are back as they were: nobody has been lost.",
    );
    expect(mock.state.cc).toEqual(before.cc);
    expect(mock.state.bcc).toEqual(before.bcc);
    expect(screen.getByRole("article", { name: /Blind copies to members/ })).toBeInTheDocument();
  });

  test("149 others in Bcc and Office failing part-way: it says who is missing, and puts them back", async () => {
    const draft = stateFromDraft(await sampleDraft("bcc-to-members.eml"));
    // Council officers (the sender's domain): copied openly is allowed, so Move to Cc is offered.
    const officers = Array.from({ length: 149 }, (_, i) => ({
      emailAddress: `officer${i + 1}@surreyheath.gov.example`,
      displayName: `Officer ${i + 1}`,
      recipientType: "user",
    }));
    const { mock, user } = await openPane(undefined, {
      state: { ...draft, bcc: [...(draft.bcc ?? []), ...officers] },
    });
    const before = JSON.parse(JSON.stringify(mock.state));
    // Moving the members leaves more than 100 in Bcc: set 100, then add the rest, which fails,
    // as does putting the rest back.
    mock.faults.fail.set("bcc.addAsync", "Internal error");
    const card = await screen.findByRole("article", { name: /Blind copies to members/ });
    await user.click(within(card).getByRole("button", { name: "Move to Cc" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      /^That did not work \(bcc\.addAsync failed: Internal error\), and the recipients could not all be put back: \d+ people missing from Bcc: /,
    );
    expect(alert).toHaveTextContent("officer101@surreyheath.gov.example");
    expect(alert).toHaveTextContent("officer149@surreyheath.gov.example");
    expect(alert).not.toHaveTextContent(/nobody has been lost/);

    mock.faults.fail.clear();
    await user.click(within(alert).getByRole("button", { name: "Put it back as it was" }));
    await screen.findByText("Put back as it was before the fix.");
    expect(mock.state.cc).toEqual(before.cc);
    expect(mock.state.bcc).toEqual(before.bcc);
  });

  test("Remove quoted history shows what stays first; Undo brings the quoted emails back", async () => {
    const { mock, user } = await openPane("member-enquiry-forwarded.eml");
    const html = mock.state.bodyHtml;
    const officerText = parseQuotedHistory({ type: "html", content: html }).newText.trim();
    const finding = await screen.findByRole("article", { name: /Member’s email passed on/ });
    await user.click(within(finding).getByRole("button", { name: "Remove quoted history" }));
    const panel = within(finding).getByRole("group", { name: /Remove the quoted emails/ });
    const preview = await within(panel).findByLabelText("What the email will say");
    expect(preview.textContent).toBe(officerText);
    expect(panel).toHaveTextContent(/1 earlier email goes, from Cllr Jane Doe/);
    expect(mock.callsTo("body.setAsync")).toHaveLength(0);

    await user.click(within(panel).getByRole("button", { name: "Remove the quoted emails" }));
    expect(await notice()).toHaveTextContent("Removed the quoted emails; your own text is kept.");
    const after = parseQuotedHistory({ type: "html", content: mock.state.bodyHtml });
    expect(after.messages).toEqual([]);
    expect(after.newText.trim()).toBe(officerText);
    expect(screen.queryByRole("article", { name: /Member’s email passed on/ })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    await screen.findByText("Put back as it was before the fix.");
    expect(mock.state.bodyHtml).toBe(html);
  });

  test("Undo will not overwrite text typed after the quoted emails were removed", async () => {
    const { mock, user } = await openPane("member-enquiry-forwarded.eml");
    const finding = await screen.findByRole("article", { name: /Member’s email passed on/ });
    await user.click(within(finding).getByRole("button", { name: "Remove quoted history" }));
    await user.click(
      await within(finding).findByRole("button", { name: "Remove the quoted emails" }),
    );
    await notice();
    mock.state.bodyHtml = mock.state.bodyHtml.replace(
      "</body>",
      "<p>PS: I have asked Highways too.</p></body>",
    );
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Could not undo: The email has changed since the quoted emails were removed",
    );
    expect(mock.state.bodyHtml).toContain("PS: I have asked Highways too.");
  });

  test("The member agreed records who and a note with the draft and for the sent message", async () => {
    const { mock, user } = await openPane("member-enquiry-forwarded.eml");
    const finding = await screen.findByRole("article", { name: /Member’s email passed on/ });
    await user.click(within(finding).getByRole("button", { name: "The member agreed" }));
    const panel = within(finding).getByRole("group", { name: /agreed/ });
    expect(panel).toHaveTextContent(
      "Cllr Jane Doe agreed to this email going to the people on it.",
    );
    await user.type(within(panel).getByLabelText(/Note/), "Agreed by phone on 23 November");
    await user.click(within(panel).getByRole("button", { name: "Record agreement" }));
    expect(await notice()).toHaveTextContent(
      "Recorded that Cllr Jane Doe agreed. The record goes with the email when it is sent.",
    );
    const stored = JSON.parse(mock.state.sessionData[CONSENT_SESSION_KEY]!);
    // One act under two rules (passing her email to a cabinet member): one agreement, the note
    // kept for both, and no second finding asking for it again.
    expect(stored).toEqual(
      ["member-enquiry-forwarded", "portfolio-holder-copied"].map((rule) =>
        expect.objectContaining({
          memberId: "jane-doe",
          rule,
          note: "Agreed by phone on 23 November",
        }),
      ),
    );
    expect(mock.state.internetHeaders[CONSENT_HEADER]).toContain("jane-doe");
    expect(screen.queryByRole("article", { name: /Member’s email passed on/ })).toBeNull();
    expect(screen.queryByRole("article", { name: /Cabinet member copied/ })).toBeNull();
  });

  test("recording agreement on a client without Mailbox 1.11 says it cannot, and changes nothing", async () => {
    const { mock, user } = await openPane("member-enquiry-forwarded.eml", { version: "1.10" });
    const finding = await screen.findByRole("article", { name: /Member’s email passed on/ });
    await user.click(within(finding).getByRole("button", { name: "The member agreed" }));
    await user.click(within(finding).getByRole("button", { name: "Record agreement" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /cannot keep a consent with the draft \(it needs Mailbox 1.11\).*Nothing was changed/,
    );
    expect(mock.state.internetHeaders).toEqual({});
  });

  test("Add local members: the ward's members ticked, untick one, choose To, add in one click", async () => {
    const { mock, user } = await openPane("local-members-not-copied.eml");
    const before = JSON.parse(JSON.stringify(mock.state));
    const finding = await screen.findByRole("article", { name: /Local members not told/ });
    await user.click(within(finding).getByRole("button", { name: "Add local members" }));
    const jane = within(finding).getByRole("checkbox", { name: /Cllr Jane Doe \(Frimley Green/ });
    const helen = within(finding).getByRole("checkbox", {
      name: /Cllr Helen Ashby \(Frimley Green/,
    });
    expect(jane).toBeChecked();
    expect(helen).toBeChecked();
    expect(within(finding).getByRole("button", { name: "Add 2 members to Cc" })).toBeEnabled();
    await user.click(helen);
    await user.click(within(finding).getByRole("radio", { name: "To" }));
    await user.click(within(finding).getByRole("button", { name: "Add 1 member to To" }));
    expect(await notice()).toHaveTextContent("Added Cllr Jane Doe to To.");
    expect(addresses(mock.state.to)).toEqual([
      ...addresses(before.to),
      "jane.doe@surreyheath-council.example",
    ]);
    expect(mock.state.cc).toEqual(before.cc);
    // Helen Ashby is still missing, so the finding stays, now naming only her.
    expect(
      await screen.findByRole("article", { name: /Local members not told/ }),
    ).toHaveTextContent("Cllr Helen Ashby is not copied in");
  });

  test("with nobody ticked there is nothing to add", async () => {
    const { user } = await openPane("local-members-not-copied.eml");
    const finding = await screen.findByRole("article", { name: /Local members not told/ });
    await user.click(within(finding).getByRole("button", { name: "Add local members" }));
    for (const box of within(finding).getAllByRole("checkbox")) await user.click(box);
    expect(within(finding).getByRole("button", { name: "Add 0 members to Cc" })).toBeDisabled();
  });

  test("Cancel closes the panel, changes nothing and hands focus back", async () => {
    const { mock, user } = await openPane("local-members-not-copied.eml");
    const finding = await screen.findByRole("article", { name: /Local members not told/ });
    const open = within(finding).getByRole("button", { name: "Add local members" });
    await user.click(open);
    expect(open).toHaveAttribute("aria-expanded", "true");
    await user.click(within(finding).getByRole("button", { name: "Cancel" }));
    expect(open).toHaveAttribute("aria-expanded", "false");
    expect(open).toHaveFocus();
    expect(mock.callsTo("cc.addAsync")).toHaveLength(0);
  });

  test("every fix can be reached and used with the keyboard alone", async () => {
    const { mock, user } = await openPane("bcc-to-members.eml");
    const move = await screen.findByRole("button", { name: "Move to Cc" });
    while (document.activeElement !== move) await user.tab();
    await user.keyboard("{Enter}");
    await notice();
    expect(mock.state.bcc).toEqual([]);
  });
});
