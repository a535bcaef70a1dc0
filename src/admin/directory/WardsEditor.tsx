import { Button, Card, Checkbox, Field, Input, Text } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useState, type Dispatch } from "react";
import type { ConfigError, DirectoryFile, Ward } from "../../core";
import { useLayoutStyles } from "../components/styles";
import { WordListField } from "../policy/WordListField";
import { membersOfWard, wardInUse } from "../state/directory-edit";
import { fieldId } from "../state/field-ids";
import type { AdminAction } from "../state/reducer";
import { isAt, plainReason } from "../state/validation";
import { fieldValidation } from "../components/field-validation";

function WardCard(props: {
  ward: Ward;
  index: number;
  directory: DirectoryFile;
  error?: ConfigError;
  dispatch: Dispatch<AdminAction>;
}) {
  const styles = useLayoutStyles();
  const { ward, index, dispatch } = props;
  const base = `/wards/${index}`;
  const errorFor = (field: string) =>
    props.error && isAt(props.error.path, `${base}/${field}`)
      ? plainReason(props.error)
      : undefined;
  const save = (change: Partial<Ward>) =>
    dispatch({ type: "save-ward", index, ward: { ...ward, ...change } });
  const inUse = wardInUse(props.directory, ward.id);
  const members = membersOfWard(props.directory, ward.id);
  const headingId = `ward-${index}-heading`;
  return (
    <Card className={styles.card} role="region" aria-labelledby={headingId}>
      <div className={styles.stack}>
        <h4 id={headingId} className={styles.subheading} style={{ fontSize: "inherit" }}>
          {ward.name || "(new ward)"}
        </h4>
        <div className={styles.row}>
          <Field label="Ward name" className={styles.grow} {...fieldValidation(errorFor("name"))}>
            <Input
              id={fieldId("directory", `${base}/name`)}
              value={ward.name}
              onChange={(_, d) => save({ name: d.value })}
            />
          </Field>
          <Field
            label="Ward id"
            hint="The ONS code (E05…) if the wards come from ONS data, otherwise a short name like frimley-green."
            className={styles.grow}
            {...fieldValidation(errorFor("id"))}
          >
            <Input
              id={fieldId("directory", `${base}/id`)}
              value={ward.id}
              onChange={(_, d) => save({ id: d.value })}
            />
          </Field>
        </div>
        <WordListField
          id={fieldId("directory", `${base}/aliases`)}
          label={`Other names for ${ward.name || "the ward"}`}
          hint="Places within the ward that people name on their own, such as a village. Avoid everyday words."
          noun="name"
          words={ward.aliases ?? []}
          onChange={(aliases) => save({ aliases })}
          error={errorFor("aliases")}
        />
        <Checkbox
          checked={ward.ambiguous === true}
          onChange={(_, d) => save({ ambiguous: d.checked === true })}
          label={`The name is also an everyday word: only count it as “${ward.name || "name"} ward”`}
        />
        <Text size={200} className={styles.wrapText}>
          Members: {members.map((m) => m.name).join(", ") || "none"}
        </Text>
        <div className={styles.row} style={{ alignItems: "center" }}>
          <Button
            icon={<DeleteRegular />}
            disabledFocusable={inUse !== undefined}
            aria-describedby={inUse ? `${headingId}-in-use` : undefined}
            onClick={() => dispatch({ type: "remove-ward", index })}
          >
            Remove {ward.name || "ward"}
          </Button>
          {inUse && (
            <Text size={200} id={`${headingId}-in-use`}>
              {inUse}
            </Text>
          )}
        </div>
      </div>
    </Card>
  );
}

export function WardsEditor(props: {
  directory: DirectoryFile;
  error?: ConfigError;
  dispatch: Dispatch<AdminAction>;
}) {
  const styles = useLayoutStyles();
  const [name, setName] = useState("");
  const wardError = props.error && isAt(props.error.path, "/wards") ? props.error : undefined;
  return (
    <section className={styles.stack} aria-labelledby="wards-heading">
      <h3 id="wards-heading" className={styles.subheading}>
        Wards ({props.directory.wards.length})
      </h3>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === "") return;
          props.dispatch({ type: "add-ward", name: name.trim() });
          setName("");
        }}
      >
        <Field label="New ward name" className={styles.grow}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Button icon={<AddRegular />} type="submit">
          Add ward
        </Button>
      </form>
      {props.directory.wards.map((ward, index) => (
        <WardCard
          key={index}
          ward={ward}
          index={index}
          directory={props.directory}
          error={wardError}
          dispatch={props.dispatch}
        />
      ))}
    </section>
  );
}
