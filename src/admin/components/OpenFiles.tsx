import type { Dispatch } from "react";
import { classifyConfig, openDirectory, openPolicy, parseFileText } from "../config/load";
import type { AdminAction } from "../state/reducer";
import { FileButton, readFileText } from "./FileButton";

/** What opening one file did: the action for the editor, or why it could not be opened. */
export function openConfigText(
  text: string,
  name: string,
): { action?: AdminAction; message: string } {
  const parsed = parseFileText(text, name);
  if (!parsed.ok) return { message: parsed.message };
  const kind = classifyConfig(parsed.file);
  if (kind === "policy") {
    const opened = openPolicy(parsed.file, name);
    if (!opened.ok) return { message: opened.message };
    return {
      action: { type: "loaded", policy: opened.file, live: false, source: name },
      message: `Opened ${name}.`,
    };
  }
  if (kind === "directory") {
    const opened = openDirectory(parsed.file, name);
    if (!opened.ok) return { message: opened.message };
    return {
      action: { type: "loaded", directory: opened.file, live: false, source: name },
      message: `Opened ${name}.`,
    };
  }
  return { message: `${name} is neither a policy.json nor a directory.json.` };
}

/** Open policy.json and/or directory.json from this computer instead of the live ones. */
export function OpenFiles(props: {
  dispatch: Dispatch<AdminAction>;
  onMessage: (message: string) => void;
}) {
  async function open(files: File[]) {
    const messages: string[] = [];
    for (const file of files) {
      const { action, message } = openConfigText(await readFileText(file), file.name);
      if (action) props.dispatch(action);
      messages.push(message);
    }
    props.onMessage(messages.join(" "));
  }
  return (
    <FileButton
      label="Open files from this computer"
      accept=".json,application/json"
      multiple
      testId="open-files"
      onFiles={(f) => void open(f)}
    />
  );
}
