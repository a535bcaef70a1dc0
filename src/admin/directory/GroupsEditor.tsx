import {
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Dispatch } from "react";
import type { ConfigError, DirectoryFile, GroupKind, MemberGroup } from "../../core";
import { useLayoutStyles } from "../components/styles";
import { emptyGroup } from "../state/directory-edit";
import { fieldId } from "../state/field-ids";
import type { AdminAction } from "../state/reducer";
import { isAt, plainReason } from "../state/validation";
import { fieldValidation } from "../components/field-validation";

const KIND_LABELS: Record<GroupKind, string> = {
  "all-members": "Reaches every member",
  members: "Reaches the members ticked below",
  other: "A member-related mailbox (members not listed)",
};

function GroupCard(props: {
  group: MemberGroup;
  index: number;
  directory: DirectoryFile;
  error?: ConfigError;
  dispatch: Dispatch<AdminAction>;
}) {
  const styles = useLayoutStyles();
  const { group, index, dispatch } = props;
  const base = `/groups/${index}`;
  const errorFor = (field: string) =>
    props.error && isAt(props.error.path, `${base}/${field}`)
      ? plainReason(props.error)
      : undefined;
  const groupError =
    props.error && props.error.path === base ? plainReason(props.error) : undefined;
  const save = (change: Partial<MemberGroup>) =>
    dispatch({ type: "save-group", index, group: { ...group, ...change } });
  const headingId = `group-${index}-heading`;
  const chosen = new Set(group.members ?? []);
  return (
    <Card className={styles.card} role="region" aria-labelledby={headingId}>
      <div className={styles.stack}>
        <h4 id={headingId} className={styles.subheading} style={{ fontSize: "inherit" }}>
          {group.name || "(new group)"}
        </h4>
        <div className={styles.row}>
          <Field label="Group name" className={styles.grow} {...fieldValidation(errorFor("name"))}>
            <Input
              id={fieldId("directory", `${base}/name`)}
              value={group.name}
              onChange={(_, d) => save({ name: d.value })}
            />
          </Field>
          <Field
            label="Distribution list address"
            className={styles.grow}
            {...fieldValidation(errorFor("email"))}
          >
            <Input
              id={fieldId("directory", `${base}/email`)}
              type="email"
              value={group.email}
              onChange={(_, d) => save({ email: d.value })}
            />
          </Field>
        </div>
        <Field label="Who it reaches" {...fieldValidation(errorFor("kind"))}>
          <Select
            id={fieldId("directory", `${base}/kind`)}
            value={group.kind}
            onChange={(_, d) =>
              save({
                kind: d.value as GroupKind,
                ...(d.value === "members" ? { members: group.members ?? [] } : {}),
              })
            }
          >
            {(Object.keys(KIND_LABELS) as GroupKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </Select>
        </Field>
        {group.kind === "members" && (
          <fieldset
            id={fieldId("directory", `${base}/members`)}
            style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
          >
            <legend style={{ fontWeight: tokens.fontWeightSemibold, padding: 0 }}>
              Members of {group.name || "the group"} ({chosen.size})
            </legend>
            <div className={styles.row} style={{ maxHeight: "12rem", overflowY: "auto" }}>
              {props.directory.members.map((member) => (
                <Checkbox
                  key={member.id}
                  label={member.name}
                  checked={chosen.has(member.id)}
                  onChange={(_, d) =>
                    save({
                      members: d.checked
                        ? [...(group.members ?? []), member.id]
                        : (group.members ?? []).filter((id) => id !== member.id),
                    })
                  }
                />
              ))}
            </div>
            {(errorFor("members") ?? groupError) && (
              <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
                {errorFor("members") ?? groupError}
              </Text>
            )}
          </fieldset>
        )}
        <div>
          <Button
            icon={<DeleteRegular />}
            onClick={() => dispatch({ type: "remove-group", index })}
          >
            Remove {group.name || "group"}
          </Button>
        </div>
      </div>
    </Card>
  );
}

export function GroupsEditor(props: {
  directory: DirectoryFile;
  error?: ConfigError;
  dispatch: Dispatch<AdminAction>;
}) {
  const styles = useLayoutStyles();
  const groups = props.directory.groups ?? [];
  const groupError = props.error && isAt(props.error.path, "/groups") ? props.error : undefined;
  return (
    <section className={styles.stack} aria-labelledby="groups-heading">
      <h3 id="groups-heading" className={styles.subheading}>
        Member groups ({groups.length})
      </h3>
      <Text as="p" block style={{ margin: 0 }}>
        Distribution lists that reach members, such as All Members: sending to one counts as sending
        to its members.
      </Text>
      {groups.map((group, index) => (
        <GroupCard
          key={index}
          group={group}
          index={index}
          directory={props.directory}
          error={groupError}
          dispatch={props.dispatch}
        />
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() => props.dispatch({ type: "save-group", group: emptyGroup() })}
        >
          Add a member group
        </Button>
      </div>
    </section>
  );
}
