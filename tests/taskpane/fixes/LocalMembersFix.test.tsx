/** @jest-environment jsdom */
import "../../admin/dom-setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CandidateRecipient, Finding, Fix } from "../../../src/core/findings";
import type { ComposeSession } from "../../../src/office/compose-session";
import { LocalMembersFix } from "../../../src/taskpane/fixes/LocalMembersFix";

type AddLocalMembers = Extract<Fix, { kind: "add-local-members" }>;

// A re-check of the draft (the pane re-checks on focus) builds every candidate afresh.
function candidates(): CandidateRecipient[] {
  return [
    {
      memberId: "jane-doe",
      name: "Cllr Jane Doe",
      address: "jane.doe@surreyheath-council.example",
      ward: "Frimley Green",
    },
    {
      memberId: "helen-ashby",
      name: "Cllr Helen Ashby",
      address: "helen.ashby@surreyheath-council.example",
      ward: "Frimley Green",
    },
  ];
}

function fix(): AddLocalMembers {
  return {
    kind: "add-local-members",
    label: "Add local members",
    field: "cc",
    candidates: candidates(),
  };
}

const finding = { rule: "local-members-not-copied" } as Finding;

function view(props: { fix: AddLocalMembers }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LocalMembersFix
        finding={finding}
        fix={props.fix}
        session={{} as ComposeSession}
        disabled={false}
        onFix={async () => undefined}
      />
    </FluentProvider>
  );
}

test("after a re-check the ticks and the button still agree", async () => {
  const user = userEvent.setup();
  const { rerender } = render(view({ fix: fix() }));
  await user.click(screen.getByRole("button", { name: "Add local members" }));
  rerender(view({ fix: fix() }));
  expect(screen.getByRole("checkbox", { name: /Cllr Jane Doe/ })).toBeChecked();
  expect(screen.getByRole("checkbox", { name: /Cllr Helen Ashby/ })).toBeChecked();
  expect(screen.getByRole("button", { name: "Add 2 members to Cc" })).toBeEnabled();

  await user.click(screen.getByRole("checkbox", { name: /Cllr Helen Ashby/ }));
  rerender(view({ fix: fix() }));
  expect(screen.getByRole("checkbox", { name: /Cllr Jane Doe/ })).toBeChecked();
  expect(screen.getByRole("checkbox", { name: /Cllr Helen Ashby/ })).not.toBeChecked();
  expect(screen.getByRole("button", { name: "Add 1 member to Cc" })).toBeEnabled();

  await user.click(screen.getByRole("checkbox", { name: /Cllr Helen Ashby/ }));
  expect(screen.getByRole("button", { name: "Add 2 members to Cc" })).toBeEnabled();
});
