import { Button, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import type { ConfigError, DirectoryFile, PolicyFile } from "../../core";
import { downloadFile } from "../components/download";
import { useLayoutStyles } from "../components/styles";
import type { Shards } from "../state/reducer";
import { buildZip, exportFiles, publishChecklist, zipName } from "./bundle";

/** Download the files for IT, once they are valid, with the steps to publish them. */
export function ExportPanel(props: {
  policy: PolicyFile;
  directory: DirectoryFile;
  shards: Shards;
  problems: { where: string; error: ConfigError }[];
  summary: string[];
}) {
  const styles = useLayoutStyles();
  const blocked = props.problems.length > 0;
  const shardCount = Object.keys(props.shards).length;
  const folder =
    typeof props.directory.postcodes === "string" ? props.directory.postcodes : "postcodes/";

  function download() {
    if (blocked) return;
    const files = exportFiles(props.policy, props.directory, props.shards);
    downloadFile(zipName(new Date()), buildZip(files), "application/zip");
  }

  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>Export</h2>
      <Text as="p" block style={{ margin: 0 }}>
        Download policy.json, directory.json
        {shardCount > 0 ? ` and ${shardCount} postcode file(s)` : ""} in one zip file and pass it to
        IT with the checklist below.
      </Text>
      {props.summary.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
          {props.summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <div id="export-status" role="status">
        {blocked ? (
          <div style={{ color: tokens.colorPaletteRedForeground1 }}>
            <Text weight="semibold">Export is not available until these problems are fixed:</Text>
            <ul style={{ margin: "4px 0", paddingLeft: "1.2rem", overflowWrap: "anywhere" }}>
              {props.problems.map(({ where, error }) => (
                <li key={error.message}>
                  {where}: {error.reason}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <Text>Both files are valid and ready to publish.</Text>
        )}
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          disabledFocusable={blocked}
          aria-describedby="export-status"
          onClick={download}
        >
          Download the settings (zip)
        </Button>
      </div>
      <section aria-labelledby="checklist-heading">
        <h3 id="checklist-heading" className={styles.subheading}>
          Publish checklist for IT
        </h3>
        <ol style={{ paddingLeft: "1.4rem", overflowWrap: "anywhere" }}>
          {publishChecklist({ shards: shardCount, folder }).map((step) => (
            <li key={step} style={{ marginBottom: "4px" }}>
              {step}
            </li>
          ))}
        </ol>
        <Text size={200}>The same checklist is in the zip as PUBLISH-CHECKLIST.txt.</Text>
      </section>
    </div>
  );
}
