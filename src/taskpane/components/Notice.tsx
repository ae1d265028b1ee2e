import { MessageBar, MessageBarBody, type MessageBarProps } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

/**
 * A Fluent MessageBar whose group is labelled by its own text. Without a MessageBarTitle,
 * MessageBar points `aria-labelledby` at a title id that does not exist (axe:
 * aria-valid-attr-value); the pane's messages are one sentence, so the body is the label.
 */
export function Notice({
  children,
  ...props
}: Omit<MessageBarProps, "children"> & { children: ReactNode; "data-testid"?: string }) {
  const id = useId();
  return (
    <MessageBar {...props} aria-labelledby={id}>
      <MessageBarBody id={id}>{children}</MessageBarBody>
    </MessageBar>
  );
}
