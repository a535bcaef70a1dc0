import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { DirectoryFile, Member, RoleKind } from "../../core";
import { useLayoutStyles } from "../components/styles";
import { ROLE_KIND_LABELS, ROLE_KINDS } from "../explain/option-text";
import { WordListField } from "../policy/WordListField";
import { slugify, uniqueId } from "../state/directory-edit";
import { checkMember } from "../state/member-check";
import { isAt, plainReason } from "../state/validation";
import { fieldValidation } from "../components/field-validation";

/** Add or edit one member in a dialog; problems show beside the field as they type. */
export function MemberForm(props: {
  directory: DirectoryFile;
  /** Undefined to add a member. */
  index?: number;
  initial: Member;
  onSave: (member: Member) => void;
  onCancel: () => void;
}) {
  const styles = useLayoutStyles();
  const adding = props.index === undefined;
  const [member, setMember] = useState<Member>(props.initial);
  const [idEdited, setIdEdited] = useState(!adding);
  const otherIds = useMemo(
    () => props.directory.members.filter((_, i) => i !== props.index).map((m) => m.id),
    [props.directory, props.index],
  );
  const error = useMemo(
    () => checkMember(props.directory, props.index, member),
    [props.directory, props.index, member],
  );
  const at = `/members/${props.index ?? props.directory.members.length}`;
  const errorFor = (field: string) =>
    error && isAt(error.path, `${at}/${field}`) ? plainReason(error) : undefined;
  const parties = useMemo(
    () =>
      [
        ...new Set(props.directory.members.map((m) => m.party).filter((p): p is string => !!p)),
      ].sort(),
    [props.directory],
  );
  const roles = member.roles ?? [];
  const update = (change: Partial<Member>) => setMember((m) => ({ ...m, ...change }));

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface
        style={{ maxWidth: "min(40rem, calc(100vw - 16px))", boxSizing: "border-box" }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!error) props.onSave(member);
          }}
        >
          <DialogBody>
            <DialogTitle>{adding ? "Add a member" : `Edit ${props.initial.name}`}</DialogTitle>
            <DialogContent className={styles.stack}>
              <Field
                label="Name"
                hint="Without titles: Jane Doe, not Cllr Jane Doe."
                required
                {...fieldValidation(errorFor("name"))}
              >
                <Input
                  value={member.name}
                  onChange={(_, data) =>
                    update({
                      name: data.value,
                      ...(idEdited ? {} : { id: uniqueId(slugify(data.value), otherIds) }),
                    })
                  }
                />
              </Field>
              <Field
                label="Id"
                hint="Letters, digits and hyphens; groups refer to the member by it."
                required
                {...fieldValidation(errorFor("id"))}
              >
                <Input
                  value={member.id}
                  onChange={(_, data) => {
                    setIdEdited(true);
                    update({ id: data.value });
                  }}
                />
              </Field>
              <WordListField
                label="Email addresses"
                hint="Every address the member uses for council business, council address first."
                noun="address"
                inputType="email"
                words={member.emails}
                onChange={(emails) => update({ emails })}
                error={errorFor("emails")}
              />
              <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
                <legend style={{ fontWeight: tokens.fontWeightSemibold, padding: 0 }}>Wards</legend>
                <div style={{ maxHeight: "14rem", overflowY: "auto" }} className={styles.row}>
                  {props.directory.wards.map((ward) => (
                    <Checkbox
                      key={ward.id}
                      label={ward.name}
                      checked={member.wards.includes(ward.id)}
                      onChange={(_, data) =>
                        update({
                          wards: data.checked
                            ? [...member.wards, ward.id]
                            : member.wards.filter((id) => id !== ward.id),
                        })
                      }
                    />
                  ))}
                </div>
                {errorFor("wards") && (
                  <Text
                    as="p"
                    block
                    role="alert"
                    style={{ color: tokens.colorPaletteRedForeground1 }}
                  >
                    {errorFor("wards")}
                  </Text>
                )}
              </fieldset>
              <Field label="Party or political group" {...fieldValidation(errorFor("party"))}>
                <Input
                  list="admin-parties"
                  value={member.party ?? ""}
                  onChange={(_, data) => update({ party: data.value })}
                />
              </Field>
              <datalist id="admin-parties">
                {parties.map((party) => (
                  <option key={party} value={party} />
                ))}
              </datalist>
              <fieldset
                style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
                className={styles.stack}
              >
                <legend style={{ fontWeight: tokens.fontWeightSemibold, padding: 0 }}>Roles</legend>
                {roles.length === 0 && <Text>No roles.</Text>}
                {roles.map((role, r) => (
                  <div key={r} className={styles.row}>
                    <Field label={`Role ${r + 1} kind`}>
                      <Select
                        value={role.kind}
                        onChange={(_, data) =>
                          update({
                            roles: roles.map((x, i) =>
                              i === r ? { ...x, kind: data.value as RoleKind } : x,
                            ),
                          })
                        }
                      >
                        {ROLE_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {ROLE_KIND_LABELS[kind]}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field
                      label={`Role ${r + 1} title`}
                      className={styles.grow}
                      {...fieldValidation(errorFor(`roles/${r}`))}
                    >
                      <Input
                        value={role.title}
                        onChange={(_, data) =>
                          update({
                            roles: roles.map((x, i) => (i === r ? { ...x, title: data.value } : x)),
                          })
                        }
                      />
                    </Field>
                    <Button
                      icon={<DeleteRegular />}
                      aria-label={`Remove role ${r + 1}`}
                      onClick={() => update({ roles: roles.filter((_, i) => i !== r) })}
                    />
                  </div>
                ))}
                <div>
                  <Button
                    icon={<AddRegular />}
                    onClick={() =>
                      update({ roles: [...roles, { kind: "portfolio-holder", title: "" }] })
                    }
                  >
                    Add a role
                  </Button>
                </div>
              </fieldset>
              {error && (
                <Text
                  as="p"
                  block
                  role="alert"
                  style={{ color: tokens.colorPaletteRedForeground1, margin: 0 }}
                >
                  Cannot save yet: {plainReason(error)}
                </Text>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabledFocusable={!!error}>
                {adding ? "Add member" : "Save member"}
              </Button>
              <Button onClick={props.onCancel}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
