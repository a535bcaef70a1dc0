import { Button, Card, Radio, RadioGroup, Field, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState, type Dispatch } from "react";
import type { DirectoryFile } from "../../core";
import {
  DIRECTORY_CSV_TEMPLATE,
  directoryFromCsv,
  directoryFromModernGov,
  type ImportResult,
  type ImportWarning,
} from "../../core/import";
import { downloadFile } from "../components/download";
import { FileButton, readFileText } from "../components/FileButton";
import { useLayoutStyles } from "../components/styles";
import type { AdminAction } from "../state/reducer";
import { errorMessage, importSummary } from "./import-text";

type Outcome = { summary: string; warnings: ImportWarning[] } | { error: string };

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function WarningList({ warnings }: { warnings: ImportWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <details>
      <summary>
        {warnings.length} thing{warnings.length === 1 ? "" : "s"} to check
      </summary>
      <ul style={{ margin: "4px 0", paddingLeft: "1.2rem", overflowWrap: "anywhere" }}>
        {warnings.map((w, i) => (
          <li key={i}>
            {w.line !== undefined && `Line ${w.line}: `}
            {w.member && `${w.member}: `}
            {w.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Members from a ModernGov GetCouncillorsByWard export or a spreadsheet (CSV). */
export function ImportPanel(props: { directory: DirectoryFile; dispatch: Dispatch<AdminAction> }) {
  const styles = useLayoutStyles();
  const [mode, setMode] = useState<"merge" | "replace">("merge");
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  async function run(files: File[], importer: (text: string, name: string) => ImportResult) {
    const file = files[0];
    if (!file) return;
    try {
      const text = await readFileText(file);
      const result = importer(text, file.name);
      props.dispatch({ type: "replace-directory", directory: result.directory, source: file.name });
      setOutcome({
        summary: importSummary(props.directory, result.directory, file.name),
        warnings: result.warnings,
      });
    } catch (error) {
      setOutcome({ error: errorMessage(error) });
    }
  }

  const options = (name: string) => ({
    source: name,
    updated: today(),
    ...(props.directory.council ? { council: props.directory.council } : {}),
    ...(mode === "merge" ? { base: props.directory } : {}),
  });

  return (
    <Card className={styles.card} role="region" aria-labelledby="import-heading">
      <div className={styles.stack}>
        <h3 id="import-heading" className={styles.subheading}>
          Import members
        </h3>
        <Text as="p" block style={{ margin: 0 }}>
          Bring the member list up to date from ModernGov (the GetCouncillorsByWard export, an XML
          file) or from a spreadsheet saved as CSV. Phone numbers and home addresses in an export
          are never copied into the directory.
        </Text>
        <Field label="How to use the import">
          <RadioGroup
            value={mode}
            onChange={(_, data) => setMode(data.value as "merge" | "replace")}
          >
            <Radio
              value="merge"
              label="Update the current directory (keeps member groups, postcodes, ward other names and ids)"
            />
            <Radio value="replace" label="Start a new directory from the import" />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <FileButton
            label="Import a ModernGov export (XML)"
            accept=".xml,text/xml,application/xml"
            testId="import-moderngov"
            onFiles={(files) =>
              void run(files, (text, name) => directoryFromModernGov(text, options(name)))
            }
          />
          <FileButton
            label="Import a CSV file"
            accept=".csv,text/csv"
            testId="import-csv"
            onFiles={(files) =>
              void run(files, (text, name) => directoryFromCsv(text, options(name)))
            }
          />
          <Button
            icon={<ArrowDownloadRegular />}
            onClick={() => downloadFile("members-template.csv", DIRECTORY_CSV_TEMPLATE, "text/csv")}
          >
            Download the CSV template
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {outcome && "summary" in outcome && (
            <div className={styles.stack} style={{ rowGap: "4px" }}>
              <Text>{outcome.summary}</Text>
              <WarningList warnings={outcome.warnings} />
            </div>
          )}
        </div>
        <div role="alert">
          {outcome && "error" in outcome && (
            <Text style={{ color: tokens.colorPaletteRedForeground1 }} className={styles.wrapText}>
              The file could not be imported: {outcome.error}
            </Text>
          )}
        </div>
      </div>
    </Card>
  );
}
