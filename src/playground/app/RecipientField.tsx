/**
 * One recipient field (To, Cc or Bcc) as chips: type a name or an address and press Enter, ";"
 * or "," (or leave the box) to resolve it against the directory, or pick a suggestion. A chip
 * is removed with its button (click, Enter or Delete); Backspace in the empty box removes the
 * last one, as in Outlook.
 */
import { Field, Input, Tag, TagGroup } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { RecipientField as FieldName, ScriptedRecipient } from "../mailbox-state";
import { resolveTyped, type AddressBook } from "./address-book";
import type { Person } from "./draft";
import { useStyles } from "./styles";

/** "a@b.example;," → "a@b.example": a loop, as /[;,]+$/ rescans every run of separators. */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ";" || text[end - 1] === ",")) end--;
  return text.slice(0, end);
}

export interface RecipientFieldProps {
  field: FieldName;
  label: string;
  recipients: readonly ScriptedRecipient[];
  book: AddressBook;
  /** The id of the page's suggestions <datalist>. */
  suggestionsId: string;
  disabled?: boolean;
  onAdd(person: Person): void;
  onRemove(address: string): void;
  /** Tells screen reader users what changed. */
  announce(message: string): void;
}

export function RecipientField(props: RecipientFieldProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const inputId = useId();

  function resolve(): void {
    const text = withoutTrailingSeparators(typed.trim());
    if (text === "") return;
    const result = resolveTyped(text, props.book);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    props.onAdd(result.person);
    props.announce(`Added ${result.person.name} to ${props.label}.`);
    setTyped("");
    setProblem(undefined);
  }

  function remove(address: string): void {
    const who = props.recipients.find((r) => r.emailAddress === address);
    props.onRemove(address);
    props.announce(`Removed ${who?.displayName ?? address} from ${props.label}.`);
  }

  return (
    <Field
      label={{ children: props.label, htmlFor: inputId }}
      validationMessage={problem}
      validationState={problem ? "error" : "none"}
    >
      <div className={styles.recipients}>
        {props.recipients.length > 0 && (
          <TagGroup
            aria-label={`${props.label} recipients`}
            onDismiss={(_, data) => remove(String(data.value))}
            className={styles.recipients}
          >
            {props.recipients.map((r, i) => (
              <Tag
                key={`${r.emailAddress}-${i}`}
                value={r.emailAddress}
                dismissible
                dismissIcon={{ "aria-label": "remove" }}
                size="small"
                shape="circular"
                appearance={r.resolved === false ? "outline" : "brand"}
                title={r.emailAddress}
                className={styles.tag}
                disabled={props.disabled}
              >
                <span className={styles.tagText}>
                  {r.displayName}
                  {r.displayName !== r.emailAddress && ` <${r.emailAddress}>`}
                  {r.resolved === false && " (not resolved)"}
                </span>
              </Tag>
            ))}
          </TagGroup>
        )}
        <Input
          id={inputId}
          value={typed}
          list={props.suggestionsId}
          autoComplete="off"
          disabled={props.disabled}
          placeholder={props.recipients.length === 0 ? "Name or email address" : undefined}
          style={{ flex: "1 1 12em", minWidth: 0 }}
          onChange={(_, data) => {
            setTyped(data.value);
            setProblem(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" || event.key === ";" || event.key === ",") {
              if (typed.trim() === "") return;
              event.preventDefault();
              resolve();
            } else if (event.key === "Backspace" && typed === "") {
              const last = props.recipients[props.recipients.length - 1];
              if (last) remove(last.emailAddress);
            }
          }}
          onBlur={resolve}
        />
      </div>
    </Field>
  );
}
