/** A small "show more / show less" button for the part of a card it controls. */
import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface DisclosureButtonProps {
  open: boolean;
  controls: string;
  onToggle(): void;
  children: ReactNode;
}

export function DisclosureButton({ open, controls, onToggle, children }: DisclosureButtonProps) {
  return (
    <Button
      appearance="transparent"
      size="small"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {children}
    </Button>
  );
}
