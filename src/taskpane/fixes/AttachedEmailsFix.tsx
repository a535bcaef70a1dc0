/** Remove attached emails: asks first, since Outlook cannot give a removed attachment back. */
import { Text } from "@fluentui/react-components";
import { fixButtonText } from "../model/fix-text";
import type { FixProps } from "./fix-props";
import { PanelFix } from "./PanelFix";

export function AttachedEmailsFix({
  finding,
  fix,
  disabled,
  onFix,
}: FixProps<"remove-attached-emails">) {
  const names = fix.attachments.map((a) => a.name ?? "an attached email");
  return (
    <PanelFix
      buttonText={fixButtonText(fix)}
      label={fix.label}
      disabled={disabled}
      confirmText="Remove"
      onConfirm={() => onFix(finding, fix)}
    >
      <Text>
        {names.length === 1
          ? `“${names[0]}” will be removed.`
          : `${names.length} attached emails will be removed.`}{" "}
        This cannot be undone here: to put it back, attach it again from the original email.
      </Text>
    </PanelFix>
  );
}
