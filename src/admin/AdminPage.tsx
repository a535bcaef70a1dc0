import { Tab, TabList, Text, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { ErrorSummary, type Problem } from "./components/ErrorSummary";
import { OpenFiles } from "./components/OpenFiles";
import { useLayoutStyles } from "./components/styles";
import { GroupsEditor } from "./directory/GroupsEditor";
import { MembersPanel } from "./directory/MembersPanel";
import { PostcodeImport } from "./directory/PostcodeImport";
import { WardsEditor } from "./directory/WardsEditor";
import { ExportPanel } from "./export/ExportPanel";
import { PolicyEditor } from "./policy/PolicyEditor";
import { EMPTY_FORM, type DraftForm } from "./preview/draft-form";
import { PreviewPanel, type ShardLoader } from "./preview/PreviewPanel";
import { policyChanges } from "./state/diff";
import { fieldId } from "./state/field-ids";
import { adminReducer, type AdminState } from "./state/reducer";
import { changeSummary } from "./state/summary";
import {
  checkDirectory,
  checkPolicy,
  checkShards,
  describeLocation,
  POLICY_FILE,
  tabForError,
  type AdminTab,
} from "./state/validation";

const TABS: { value: AdminTab; label: string }[] = [
  { value: "policy", label: "Policy" },
  { value: "members", label: "Members" },
  { value: "wards", label: "Wards & groups" },
  { value: "postcodes", label: "Postcodes" },
  { value: "preview", label: "Preview" },
  { value: "export", label: "Export" },
];

function focusable(id: string): HTMLElement | null {
  const element = document.getElementById(id);
  if (!element) return null;
  if (element.matches("input, select, textarea, button")) return element;
  return element.querySelector<HTMLElement>("input, select, textarea, button");
}

/** The editor itself, once the files are open. */
export function AdminPage(props: {
  initial: AdminState;
  loadShard?: ShardLoader;
  notices?: string[];
}) {
  const styles = useLayoutStyles();
  const [state, dispatch] = useReducer(adminReducer, props.initial);
  const [tab, setTab] = useState<AdminTab>("policy");
  const [form, setForm] = useState<DraftForm>(EMPTY_FORM);
  const [message, setMessage] = useState("");
  const [focusTarget, setFocusTarget] = useState<string | undefined>();
  const panel = useRef<HTMLDivElement>(null);

  const policyCheck = useMemo(() => checkPolicy(state.policy), [state.policy]);
  const directoryCheck = useMemo(() => checkDirectory(state.directory), [state.directory]);
  const shardErrors = useMemo(
    () => (directoryCheck.ok ? checkShards(state.shards, directoryCheck.value) : []),
    [directoryCheck, state.shards],
  );
  const changes = useMemo(
    () => policyChanges(state.policy, state.live?.policy),
    [state.policy, state.live],
  );
  const problems: Problem[] = useMemo(() => {
    const errors = [
      ...(policyCheck.ok ? [] : [policyCheck.error]),
      ...(directoryCheck.ok ? [] : [directoryCheck.error]),
      ...shardErrors,
    ];
    return errors.map((error) => ({
      where: describeLocation(error, state.policy, state.directory),
      error,
    }));
  }, [policyCheck, directoryCheck, shardErrors, state.policy, state.directory]);
  const summary = useMemo(() => changeSummary(state, changes), [state, changes]);

  useEffect(() => {
    if (!focusTarget) return;
    (focusable(focusTarget) ?? panel.current)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget, tab]);

  const problemCount = (t: AdminTab) => problems.filter((p) => tabForError(p.error) === t).length;
  const policyError = policyCheck.ok ? undefined : policyCheck.error;
  const directoryError = directoryCheck.ok ? undefined : directoryCheck.error;

  return (
    <div className={styles.stack}>
      <header className={styles.stack} style={{ rowGap: "4px" }}>
        <h1 className={styles.heading} style={{ fontSize: "1.5rem", lineHeight: 1.3 }}>
          Member Mail Check: policy and members
        </h1>
        <Text className={styles.wrapText}>
          {state.directory.council || "Council not named yet"}. Policy from {state.source.policy};
          directory from {state.source.directory}.
        </Text>
        <div className={styles.row} style={{ alignItems: "center" }}>
          <OpenFiles dispatch={dispatch} onMessage={setMessage} />
          <Text role="status">{message}</Text>
        </div>
      </header>
      {(props.notices ?? []).map((notice) => (
        <MessageBar key={notice} intent="warning" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
      <ErrorSummary
        problems={problems}
        onShow={(problem) => {
          const tabName = tabForError(problem.error);
          setTab(tabName);
          setFocusTarget(
            fieldId(
              problem.error.file === POLICY_FILE ? "policy" : "directory",
              problem.error.path,
            ),
          );
        }}
      />
      <nav aria-label="Sections">
        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as AdminTab)}
          style={{ flexWrap: "wrap" }}
          size="medium"
        >
          {TABS.map(({ value, label }) => {
            const count = problemCount(value);
            return (
              <Tab key={value} value={value} id={`tab-${value}`} aria-controls="admin-panel">
                {label}
                {count > 0 && ` (${count} to fix)`}
              </Tab>
            );
          })}
        </TabList>
      </nav>
      <main>
        <div
          id="admin-panel"
          role="tabpanel"
          aria-labelledby={`tab-${tab}`}
          tabIndex={-1}
          ref={panel}
        >
          {tab === "policy" && (
            <PolicyEditor
              policy={state.policy}
              changes={changes}
              error={policyError}
              dispatch={dispatch}
            />
          )}
          {tab === "members" && (
            <MembersPanel directory={state.directory} error={directoryError} dispatch={dispatch} />
          )}
          {tab === "wards" && (
            <div className={styles.stack}>
              <h2 className={styles.heading}>Wards and member groups</h2>
              <WardsEditor directory={state.directory} error={directoryError} dispatch={dispatch} />
              <GroupsEditor
                directory={state.directory}
                error={directoryError}
                dispatch={dispatch}
              />
            </div>
          )}
          {tab === "postcodes" && (
            <PostcodeImport
              directory={state.directory}
              shards={state.shards}
              error={directoryError}
              shardErrors={shardErrors}
              dispatch={dispatch}
            />
          )}
          {tab === "preview" && (
            <PreviewPanel
              form={form}
              onForm={setForm}
              policy={policyCheck}
              directory={directoryCheck}
              directoryFile={state.directory}
              shards={state.shards}
              loadShard={props.loadShard}
            />
          )}
          {tab === "export" && (
            <ExportPanel
              policy={state.policy}
              directory={state.directory}
              shards={state.shards}
              problems={problems}
              summary={summary}
            />
          )}
        </div>
      </main>
    </div>
  );
}
