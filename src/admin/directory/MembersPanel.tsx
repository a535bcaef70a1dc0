import { Button, Field, Input, SearchBox, Text, Textarea } from "@fluentui/react-components";
import { PersonAddRegular } from "@fluentui/react-icons";
import { useMemo, useState, type Dispatch } from "react";
import type { ConfigError, DirectoryFile } from "../../core";
import { useLayoutStyles } from "../components/styles";
import { emptyMember, searchMembers } from "../state/directory-edit";
import { fieldId } from "../state/field-ids";
import type { AdminAction } from "../state/reducer";
import { isAt, plainReason, pointerTokens } from "../state/validation";
import { ImportPanel } from "./ImportPanel";
import { MemberForm } from "./MemberForm";
import { MembersTable } from "./MembersTable";
import { fieldValidation } from "../components/field-validation";

export function MembersPanel(props: {
  directory: DirectoryFile;
  error?: ConfigError;
  dispatch: Dispatch<AdminAction>;
}) {
  const styles = useLayoutStyles();
  const { directory, dispatch } = props;
  const [query, setQuery] = useState("");
  const [editing, setEditing] = useState<{ index?: number } | undefined>();
  const indices = useMemo(() => searchMembers(directory, query), [directory, query]);
  const errorFor = (path: string) =>
    props.error && isAt(props.error.path, path) ? plainReason(props.error) : undefined;
  const tokens = props.error ? pointerTokens(props.error.path) : [];
  const errorIndex = tokens[0] === "members" ? Number(tokens[1]) : undefined;
  const editingMember =
    editing && (editing.index === undefined ? emptyMember() : directory.members[editing.index]);

  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>Members</h2>
      <div className={styles.row}>
        <Field
          label="Council name"
          className={styles.grow}
          {...fieldValidation(errorFor("/council"))}
        >
          <Input
            id={fieldId("directory", "/council")}
            value={directory.council}
            onChange={(_, data) =>
              dispatch({ type: "directory-text", field: "council", value: data.value })
            }
          />
        </Field>
        <Field
          label="Date the list was last checked"
          hint="As YYYY-MM-DD, e.g. 2026-11-01."
          className={styles.grow}
          {...fieldValidation(errorFor("/updated"))}
        >
          <Input
            id={fieldId("directory", "/updated")}
            value={directory.updated}
            onChange={(_, data) =>
              dispatch({ type: "directory-text", field: "updated", value: data.value })
            }
          />
        </Field>
      </div>
      <Field
        label="Notes for administrators"
        hint="Where the data came from and who keeps it up to date."
      >
        <Textarea
          id={fieldId("directory", "/notes")}
          resize="vertical"
          value={directory.notes ?? ""}
          onChange={(_, data) =>
            dispatch({ type: "directory-text", field: "notes", value: data.value })
          }
        />
      </Field>

      <ImportPanel directory={directory} dispatch={dispatch} />

      <h3 className={styles.subheading}>Members ({directory.members.length})</h3>
      {errorIndex !== undefined && props.error && (
        <Text role="alert">
          {directory.members[errorIndex]?.name ?? "A member"}: {plainReason(props.error)}.{" "}
          <Button appearance="transparent" onClick={() => setEditing({ index: errorIndex })}>
            Edit {directory.members[errorIndex]?.name ?? "the member"}
          </Button>
        </Text>
      )}
      <div className={styles.row}>
        <Field
          label="Search members"
          hint="By name, address, party, role or ward."
          className={styles.grow}
        >
          <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
        </Field>
        <Button icon={<PersonAddRegular />} onClick={() => setEditing({})}>
          Add a member
        </Button>
      </div>
      <Text role="status" aria-live="polite">
        {query ? `${indices.length} of ${directory.members.length} members match “${query}”.` : ""}
      </Text>
      <MembersTable
        directory={directory}
        indices={indices}
        errorIndex={errorIndex}
        onEdit={(index) => setEditing({ index })}
        onRemove={(index) => dispatch({ type: "remove-member", index })}
      />
      {editing && editingMember && (
        <MemberForm
          directory={directory}
          index={editing.index}
          initial={editingMember}
          onCancel={() => setEditing(undefined)}
          onSave={(member) => {
            dispatch({ type: "save-member", index: editing.index, member });
            setEditing(undefined);
          }}
        />
      )}
    </div>
  );
}
