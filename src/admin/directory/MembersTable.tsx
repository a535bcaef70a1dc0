import { Button, Text } from "@fluentui/react-components";
import { DeleteRegular, EditRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { DirectoryFile, Member } from "../../core";
import { useLayoutStyles } from "../components/styles";

function MemberRow(props: {
  member: Member;
  wardNames: Map<string, string>;
  hasError: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const styles = useLayoutStyles();
  const [confirming, setConfirming] = useState(false);
  const { member } = props;
  const headingId = `member-${member.id}-name`;
  return (
    <li
      aria-labelledby={headingId}
      style={{
        borderBottom: "1px solid var(--colorNeutralStroke2)",
        paddingBottom: "8px",
      }}
    >
      <h3 id={headingId} className={styles.subheading} style={{ fontSize: "inherit" }}>
        {member.name || "(no name)"}
        {props.hasError && <span> — has a problem to fix</span>}
      </h3>
      <dl
        style={{
          margin: "4px 0",
          display: "grid",
          gridTemplateColumns: "minmax(5rem, auto) 1fr",
          gap: "2px 8px",
        }}
      >
        <dt>Wards</dt>
        <dd style={{ margin: 0 }} className={styles.wrapText}>
          {member.wards.map((id) => props.wardNames.get(id) ?? id).join(", ") || "none"}
        </dd>
        <dt>Party</dt>
        <dd style={{ margin: 0 }}>{member.party ?? "not given"}</dd>
        <dt>Roles</dt>
        <dd style={{ margin: 0 }} className={styles.wrapText}>
          {(member.roles ?? []).map((r) => r.title).join("; ") || "none"}
        </dd>
        <dt>Email</dt>
        <dd style={{ margin: 0 }} className={styles.wrapText}>
          {member.emails.join(", ") || "none"}
        </dd>
      </dl>
      {confirming ? (
        <div className={styles.row} role="group" aria-label={`Confirm removing ${member.name}`}>
          <Text>Remove {member.name} from the directory?</Text>
          <Button appearance="primary" onClick={props.onRemove}>
            Remove
          </Button>
          <Button onClick={() => setConfirming(false)}>Keep</Button>
        </div>
      ) : (
        <div className={styles.row}>
          <Button icon={<EditRegular />} onClick={props.onEdit} aria-label={`Edit ${member.name}`}>
            Edit
          </Button>
          <Button
            icon={<DeleteRegular />}
            onClick={() => setConfirming(true)}
            aria-label={`Remove ${member.name}`}
          >
            Remove
          </Button>
        </div>
      )}
    </li>
  );
}

/** The members as a list (it reads the same at 320 px as on a desktop). */
export function MembersTable(props: {
  directory: DirectoryFile;
  indices: number[];
  errorIndex?: number;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}) {
  const styles = useLayoutStyles();
  const wardNames = new Map(props.directory.wards.map((w) => [w.id, w.name]));
  if (props.indices.length === 0)
    return (
      <Text as="p" block>
        No members match.
      </Text>
    );
  return (
    <ul className={styles.list} aria-label="Members">
      {props.indices.map((i) => {
        const member = props.directory.members[i];
        if (!member) return null;
        return (
          <MemberRow
            key={`${i}-${member.id}`}
            member={member}
            wardNames={wardNames}
            hasError={props.errorIndex === i}
            onEdit={() => props.onEdit(i)}
            onRemove={() => props.onRemove(i)}
          />
        );
      })}
    </ul>
  );
}
