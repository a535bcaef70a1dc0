import { Button, Field, Input, Tag, TagGroup, Text, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { useLayoutStyles } from "../components/styles";
import { fieldValidation } from "../components/field-validation";

/**
 * A list of words or phrases as chips: remove one with its chip (click, Enter or Delete), add
 * one with the box below (Enter or Add). Duplicates are refused whatever their capitals.
 */
export function WordListField(props: {
  label: string;
  hint?: string;
  words: readonly string[];
  onChange: (words: string[]) => void;
  /** A problem with the list from the schema check, shown under it. */
  error?: string;
  /** What one entry is called in messages: "word", "address", "name". */
  noun?: string;
  id?: string;
  inputType?: "text" | "email";
}) {
  const styles = useLayoutStyles();
  const [draft, setDraft] = useState("");
  const [message, setMessage] = useState<string | undefined>();
  const [status, setStatus] = useState("");
  const hintId = useId();
  const noun = props.noun ?? "word or phrase";

  function add() {
    const word = draft.trim();
    if (word === "") {
      setMessage(`Type a ${noun} first.`);
      return;
    }
    if (props.words.some((w) => w.toLowerCase() === word.toLowerCase())) {
      setMessage(`“${word}” is already in the list.`);
      return;
    }
    props.onChange([...props.words, word]);
    setDraft("");
    setMessage(undefined);
    setStatus(`Added “${word}”.`);
  }

  function remove(word: string) {
    props.onChange(props.words.filter((w) => w !== word));
    setStatus(`Removed “${word}”.`);
  }

  return (
    <fieldset
      id={props.id}
      aria-describedby={props.hint ? hintId : undefined}
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
    >
      <legend style={{ fontWeight: tokens.fontWeightSemibold, padding: 0 }}>{props.label}</legend>
      {props.hint && (
        <Text
          as="p"
          block
          size={200}
          id={hintId}
          className={styles.muted}
          style={{ margin: "2px 0 6px" }}
        >
          {props.hint}
        </Text>
      )}
      {props.words.length === 0 ? (
        <Text as="p" block size={200} style={{ margin: "4px 0" }}>
          The list is empty.
        </Text>
      ) : (
        <TagGroup
          aria-label={props.label}
          onDismiss={(_, data) => remove(String(data.value))}
          style={{ flexWrap: "wrap", gap: "4px", maxWidth: "100%" }}
        >
          {props.words.map((word) => (
            <Tag
              key={word}
              value={word}
              dismissible
              dismissIcon={{ "aria-label": "remove" }}
              size="small"
              shape="circular"
              appearance="outline"
              style={{ maxWidth: "100%" }}
            >
              <span className={styles.wrapText}>{word}</span>
            </Tag>
          ))}
        </TagGroup>
      )}
      {props.error && (
        <Text
          as="p"
          block
          role="alert"
          style={{ color: tokens.colorPaletteRedForeground1, margin: "4px 0" }}
        >
          {props.error}
        </Text>
      )}
      <div className={styles.row} style={{ marginTop: "6px" }}>
        <Field
          label={`Add to “${props.label}”`}
          {...fieldValidation(message)}
          className={styles.grow}
        >
          <Input
            type={props.inputType ?? "text"}
            value={draft}
            onChange={(_, data) => {
              setDraft(data.value);
              setMessage(undefined);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                add();
              }
            }}
          />
        </Field>
        <Button icon={<AddRegular />} onClick={add}>
          Add
        </Button>
      </div>
      <span role="status" className={styles.visuallyHidden}>
        {status}
      </span>
    </fieldset>
  );
}
