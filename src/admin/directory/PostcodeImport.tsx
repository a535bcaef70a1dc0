import { Button, Card, Field, Select, Text, tokens } from "@fluentui/react-components";
import { DeleteRegular, TableSimpleRegular } from "@fluentui/react-icons";
import { useState, type Dispatch } from "react";
import type { ConfigError, DirectoryFile } from "../../core";
import {
  csvColumns,
  distinctValues,
  postcodeShardsFromCsv,
  type ImportWarning,
} from "../../core/import";
import { FileButton, readFileText } from "../components/FileButton";
import { useLayoutStyles } from "../components/styles";
import { WordListField } from "../policy/WordListField";
import { fieldId } from "../state/field-ids";
import type { AdminAction, Shards } from "../state/reducer";
import { isAt, plainReason } from "../state/validation";
import { errorMessage } from "./import-text";
import { WarningList } from "./ImportPanel";
import {
  guessPostcodeColumn,
  guessWardColumn,
  guessWardMapping,
  shardSummary,
} from "./postcode-columns";

const MAX_CODES = 500;

interface Loaded {
  name: string;
  csv: string;
  columns: string[];
}

/** Postcode → ward files from an ONS Postcode Directory style CSV, one per outward code. */
export function PostcodeImport(props: {
  directory: DirectoryFile;
  shards: Shards;
  /** Problems in the directory's postcode settings or in a built shard. */
  error?: ConfigError;
  shardErrors: ConfigError[];
  dispatch: Dispatch<AdminAction>;
}) {
  const styles = useLayoutStyles();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [postcodeColumn, setPostcodeColumn] = useState("");
  const [wardColumn, setWardColumn] = useState("");
  const [codes, setCodes] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [result, setResult] = useState<{ text: string; warnings: ImportWarning[] } | undefined>();

  function chooseWardColumn(csv: string, column: string) {
    setWardColumn(column);
    try {
      const values = distinctValues(csv, column, MAX_CODES);
      setCodes(values);
      setMapping(guessWardMapping(values, props.directory.wards));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  async function open(files: File[]) {
    const file = files[0];
    if (!file) return;
    setResult(undefined);
    setProblem(undefined);
    try {
      const csv = await readFileText(file);
      const columns = csvColumns(csv);
      setLoaded({ name: file.name, csv, columns });
      setPostcodeColumn(guessPostcodeColumn(columns) ?? "");
      chooseWardColumn(csv, guessWardColumn(columns) ?? "");
    } catch (error) {
      setLoaded(undefined);
      setProblem(errorMessage(error));
    }
  }

  function build() {
    if (!loaded) return;
    try {
      const built = postcodeShardsFromCsv(
        loaded.csv,
        { postcode: postcodeColumn, ward: wardColumn },
        mapping,
      );
      props.dispatch({ type: "set-shards", shards: built.shards });
      const files = Object.keys(built.shards).length;
      setResult({
        text: `Built ${built.count} postcode${built.count === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} (one per outward code); ${built.skipped} row${built.skipped === 1 ? "" : "s"} skipped.`,
        warnings: built.warnings,
      });
      setProblem(undefined);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  const mapped = Object.values(mapping).filter(Boolean).length;
  const summary = shardSummary(props.shards);
  const folder =
    typeof props.directory.postcodes === "string" ? props.directory.postcodes : undefined;
  const ignoredError =
    props.error && isAt(props.error.path, "/ignoredPostcodes")
      ? plainReason(props.error)
      : undefined;
  const postcodesError =
    props.error && isAt(props.error.path, "/postcodes") ? plainReason(props.error) : undefined;

  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>Postcodes</h2>
      <Text as="p" block style={{ margin: 0 }}>
        A postcode in an email tells the add-in which ward it is about. Build the postcode files
        from the ONS Postcode Directory (ONSPD) or the National Statistics Postcode Lookup, cut down
        to your council's area: pick the postcode column and the ward code column, then say which of
        your wards each ward code is.
      </Text>
      <Text as="p" block style={{ margin: 0 }}>
        {folder
          ? `The directory reads postcodes from the folder ${folder} beside it (one file per outward code, such as ${folder}GU16.json).`
          : typeof props.directory.postcodes === "object"
            ? `The directory lists ${Object.keys(props.directory.postcodes).length} postcodes itself; building files moves them into a postcodes/ folder.`
            : "The directory has no postcodes yet."}
      </Text>
      {postcodesError && (
        <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          Postcodes: {postcodesError}
        </Text>
      )}

      <Card className={styles.card} role="region" aria-labelledby="postcode-import-heading">
        <div className={styles.stack}>
          <h3 id="postcode-import-heading" className={styles.subheading}>
            Import postcodes
          </h3>
          <div>
            <FileButton
              label="Choose a postcode CSV file"
              accept=".csv,text/csv"
              testId="import-postcodes"
              onFiles={(f) => void open(f)}
            />
          </div>
          {loaded && (
            <>
              <Text>
                {loaded.name}: {loaded.columns.length} columns.
              </Text>
              <div className={styles.row}>
                <Field label="Postcode column" className={styles.grow}>
                  <Select value={postcodeColumn} onChange={(_, d) => setPostcodeColumn(d.value)}>
                    {loaded.columns.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </Select>
                </Field>
                <Field label="Ward code column" className={styles.grow}>
                  <Select
                    value={wardColumn}
                    onChange={(_, d) => chooseWardColumn(loaded.csv, d.value)}
                  >
                    {loaded.columns.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </Select>
                </Field>
              </div>
              <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
                <legend style={{ fontWeight: tokens.fontWeightSemibold, padding: 0 }}>
                  Which ward is each code? ({mapped} of {codes.length} mapped)
                </legend>
                <Text
                  as="p"
                  block
                  size={200}
                  className={styles.muted}
                  style={{ margin: "2px 0 6px" }}
                >
                  Postcodes whose code is left as “Not one of our wards” are skipped.
                  {codes.length >= MAX_CODES &&
                    ` Only the first ${MAX_CODES} codes are listed: cut the file down to your council's area first.`}
                </Text>
                <div
                  className={styles.stack}
                  style={{ rowGap: "6px", maxHeight: "24rem", overflowY: "auto" }}
                >
                  {codes.map((code) => (
                    <Field key={code} label={`Ward for code ${code}`}>
                      <Select
                        value={mapping[code] ?? ""}
                        onChange={(_, d) => setMapping({ ...mapping, [code]: d.value })}
                      >
                        <option value="">Not one of our wards</option>
                        {props.directory.wards.map((w) => (
                          <option key={w.id} value={w.id}>
                            {w.name}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  ))}
                </div>
              </fieldset>
              <div>
                <Button
                  appearance="primary"
                  icon={<TableSimpleRegular />}
                  onClick={build}
                  disabledFocusable={mapped === 0}
                >
                  Build postcode files
                </Button>
                {mapped === 0 && <Text size={200}> Map at least one ward code first.</Text>}
              </div>
            </>
          )}
          <div role="status" aria-live="polite">
            {result && (
              <div className={styles.stack} style={{ rowGap: "4px" }}>
                <Text>{result.text}</Text>
                <WarningList warnings={result.warnings} />
              </div>
            )}
          </div>
          <div role="alert">
            {problem && (
              <Text
                style={{ color: tokens.colorPaletteRedForeground1 }}
                className={styles.wrapText}
              >
                The postcodes could not be imported: {problem}
              </Text>
            )}
          </div>
        </div>
      </Card>

      <section className={styles.stack} aria-labelledby="shards-heading">
        <h3 id="shards-heading" className={styles.subheading}>
          Postcode files to publish
        </h3>
        {summary.length === 0 ? (
          <Text as="p" block style={{ margin: 0 }}>
            None built on this page: the postcode files already on the server stay as they are.
          </Text>
        ) : (
          <>
            <ul
              className={styles.list}
              style={{ flexDirection: "row", flexWrap: "wrap", columnGap: "12px" }}
            >
              {summary.map(({ outward, count }) => (
                <li key={outward}>
                  {outward}.json: {count} postcode{count === 1 ? "" : "s"}
                </li>
              ))}
            </ul>
            <div>
              <Button
                icon={<DeleteRegular />}
                onClick={() => props.dispatch({ type: "set-shards", shards: {} })}
              >
                Discard the built postcode files
              </Button>
            </div>
          </>
        )}
        {props.shardErrors.map((error) => (
          <Text
            key={error.file}
            role="alert"
            style={{ color: tokens.colorPaletteRedForeground1 }}
            className={styles.wrapText}
          >
            {error.message}
          </Text>
        ))}
      </section>

      <WordListField
        id={fieldId("directory", "/ignoredPostcodes")}
        label="The council's own postcodes"
        hint="Postcodes in every officer's signature (the council offices): they never make an email about a ward."
        noun="postcode"
        words={props.directory.ignoredPostcodes ?? []}
        onChange={(words) =>
          props.dispatch({ type: "directory-ignored-postcodes", postcodes: words })
        }
        error={ignoredError}
      />
    </div>
  );
}
