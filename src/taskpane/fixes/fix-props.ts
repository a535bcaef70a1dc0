/**
 * What every fix component is given: its own file so that FixActions, which renders the fix
 * components, and the components, which take these props, do not import each other.
 */
import type { Finding, Fix } from "../../core/findings";
import type { FixInput } from "../../core/fixes";
import type { ComposeSession } from "../../office/compose-session";

export interface FixProps<K extends Fix["kind"] = Fix["kind"]> {
  finding: Finding;
  fix: Extract<Fix, { kind: K }>;
  session: ComposeSession;
  disabled: boolean;
  onFix(finding: Finding, fix: Fix, input?: FixInput): Promise<void>;
}
