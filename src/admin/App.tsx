import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { PRESET_IDS, type DirectoryFile, type PolicyFile } from "../core";
import { usePrefersDark } from "./components/useColorScheme";
import { AdminPage } from "./AdminPage";
import { loadHostConfig, loadHostShard, type Fetcher } from "./config/load";
import type { ShardLoader } from "./preview/PreviewPanel";
import { initialState, type AdminState } from "./state/reducer";

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

interface Ready {
  state: AdminState;
  notices: string[];
  loadShard?: ShardLoader;
}

/**
 * Loads the live policy.json and directory.json from this page's own host (its only network
 * requests), then opens the editor. When a file cannot be loaded the editor opens anyway, with
 * a starting point and a notice, so files can be opened from the computer instead.
 */
export async function startingState(baseUrl: string, fetcher: Fetcher): Promise<Ready> {
  const host = await loadHostConfig(baseUrl, fetcher);
  const notices: string[] = [];
  let policy: PolicyFile = { preset: PRESET_IDS[1] };
  let directory: DirectoryFile = { council: "", updated: today(), wards: [], members: [] };
  if (host.policy.ok) policy = host.policy.file;
  else
    notices.push(
      `${host.policy.message} Starting from a preset: open the council's policy.json from this computer if you have it.`,
    );
  if (host.directory.ok) directory = host.directory.file;
  else
    notices.push(
      `${host.directory.message} Starting with an empty directory: open directory.json or import the members.`,
    );
  const state = initialState(policy, directory);
  state.source = {
    policy: host.policy.ok ? "the live file on this site" : "a new file",
    directory: host.directory.ok ? "the live file on this site" : "a new file",
  };
  state.live = {
    ...(host.policy.ok ? { policy: host.policy.file } : {}),
    ...(host.directory.ok ? { directory: host.directory.file } : {}),
  };
  const folder = typeof directory.postcodes === "string" ? directory.postcodes : undefined;
  const loadShard: ShardLoader | undefined =
    host.directory.ok && folder
      ? (outward) => loadHostShard(baseUrl, folder, outward, fetcher)
      : undefined;
  return { state, notices, ...(loadShard ? { loadShard } : {}) };
}

export function App(props: { baseUrl: string; fetcher: Fetcher }) {
  const dark = usePrefersDark();
  const [ready, setReady] = useState<Ready | undefined>();
  useEffect(() => {
    let cancelled = false;
    void startingState(props.baseUrl, props.fetcher).then((r) => {
      if (!cancelled) setReady(r);
    });
    return () => {
      cancelled = true;
    };
  }, [props.baseUrl, props.fetcher]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <div
        style={{ maxWidth: "64rem", margin: "0 auto", padding: "12px", boxSizing: "border-box" }}
      >
        {ready ? (
          <AdminPage initial={ready.state} notices={ready.notices} loadShard={ready.loadShard} />
        ) : (
          <Spinner label="Loading the live settings…" />
        )}
      </div>
    </FluentProvider>
  );
}
