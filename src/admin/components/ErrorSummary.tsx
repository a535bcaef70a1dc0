import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ConfigError } from "../../core";

export interface Problem {
  where: string;
  error: ConfigError;
}

/** Every problem that stops the export, each with a way to the place to fix it. */
export function ErrorSummary(props: { problems: Problem[]; onShow: (problem: Problem) => void }) {
  if (props.problems.length === 0) return null;
  const n = props.problems.length;
  return (
    <MessageBar intent="error" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>
          {n === 1 ? "1 problem to fix" : `${n} problems to fix`} before the files can be exported
        </MessageBarTitle>
        <ul style={{ margin: "4px 0 0", paddingLeft: "1.2rem", overflowWrap: "anywhere" }}>
          {props.problems.map((problem) => (
            <li key={problem.error.message}>
              {problem.where}: {problem.error.reason}.{" "}
              <Button size="small" appearance="transparent" onClick={() => props.onShow(problem)}>
                Go to {problem.where.split(" › ").slice(-2).join(" › ")}
              </Button>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
