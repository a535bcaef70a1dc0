import { Button } from "@fluentui/react-components";
import { ArrowUploadRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useLayoutStyles } from "./styles";

/**
 * A button that opens the file picker. The input itself is visually hidden (and out of the tab
 * order, the button stands for it) but keeps an accessible name for tests and assistive tech.
 */
export function FileButton(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  testId?: string;
  describedBy?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const styles = useLayoutStyles();
  return (
    <>
      <Button
        icon={<ArrowUploadRegular />}
        onClick={() => input.current?.click()}
        aria-describedby={props.describedBy}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        className={styles.visuallyHidden}
        tabIndex={-1}
        aria-hidden="true"
        accept={props.accept}
        multiple={props.multiple}
        data-testid={props.testId}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}

/** The text of a picked file. */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("could not read the file"));
    reader.readAsText(file);
  });
}
