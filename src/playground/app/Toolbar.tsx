/**
 * What the playground adds around the compose window: ready-made scenarios (one per rule), the
 * Reply / Forward starters, the ribbon's "Check for members" button, and which Outlook to
 * simulate (the Mailbox requirement set decides what the Smart Alert can offer).
 */
import {
  Button,
  Field,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Select,
} from "@fluentui/react-components";
import {
  ArrowForwardRegular,
  ArrowReplyRegular,
  ChevronDownRegular,
  ShieldCheckmarkRegular,
} from "@fluentui/react-icons";
import { SCENARIOS, type Scenario } from "./scenarios";
import type { StarterKind } from "./starters";
import { useStyles } from "./styles";

/** The simulated clients: what each Mailbox version means for Smart Alerts. */
export const CLIENTS: { version: string; label: string }[] = [
  { version: "1.15", label: "Outlook on the web (Mailbox 1.15)" },
  { version: "1.14", label: "Plain alert text (Mailbox 1.14)" },
  { version: "1.12", label: "No Review, no Send Anyway (1.12)" },
];

export interface ToolbarProps {
  busy: boolean;
  mailboxVersion: string;
  onScenario(scenario: Scenario): void;
  onStarter(kind: StarterKind): void;
  onOpenPane(): void;
  onClient(version: string): void;
}

export function Toolbar(props: ToolbarProps) {
  const styles = useStyles();
  return (
    <div className={styles.toolbar}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button icon={<ChevronDownRegular />} iconPosition="after" disabled={props.busy}>
            Scenarios
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {SCENARIOS.map((s) => (
              <MenuItem key={s.id} onClick={() => props.onScenario(s)}>
                {s.label}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button
        icon={<ArrowReplyRegular />}
        disabled={props.busy}
        onClick={() => props.onStarter("reply")}
      >
        Reply to a member’s email
      </Button>
      <Button
        icon={<ArrowForwardRegular />}
        disabled={props.busy}
        onClick={() => props.onStarter("forward")}
      >
        Forward a member’s email
      </Button>
      <Button icon={<ShieldCheckmarkRegular />} disabled={props.busy} onClick={props.onOpenPane}>
        Check for members
      </Button>
      <Field label="Simulated Outlook" className={styles.toolbarField}>
        <Select
          className={styles.fill}
          select={{ className: styles.fill }}
          value={props.mailboxVersion}
          disabled={props.busy}
          onChange={(_, data) => props.onClient(data.value)}
        >
          {CLIENTS.map((c) => (
            <option key={c.version} value={c.version}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
