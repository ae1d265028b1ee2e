import { useRef, useState } from "react";
import { Button, Field, makeStyles, tokens } from "@fluentui/react-components";

export interface FilePickerProps {
  /** Field label: what file to pick. */
  label: string;
  /** Text of the button (the browser's own "Choose File" would not follow the pane's language). */
  buttonText: string;
  /** Text shown before a file is chosen. */
  noFileText: string;
  accept: string;
  /** Test id of the (hidden) file input. */
  testId: string;
  onFile(file: File): void;
}

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
});

/** A Fluent button that opens the file dialog, with the chosen file's name beside it. */
export function FilePicker({ label, buttonText, noFileText, accept, testId, onFile }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  return (
    <Field label={label}>
      <div className={styles.row}>
        {/* the Field's label cannot name a button inside a div: say which file, after the visible text */}
        <Button size="small" aria-label={`${buttonText} (${label})`} onClick={() => input.current?.click()}>
          {buttonText}
        </Button>
        <span className={styles.name}>{name || noFileText}</span>
        <input
          ref={input}
          type="file"
          accept={accept}
          hidden
          data-testid={testId}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) {
              setName(file.name);
              onFile(file);
            }
            e.currentTarget.value = ""; // picking the same file again still fires change
          }}
        />
      </div>
    </Field>
  );
}
