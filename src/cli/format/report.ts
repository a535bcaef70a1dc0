import type { Finding } from "../../core/findings";

/** What the check command found in one message file. */
export interface FileReport {
  /** As named on the command line. */
  file: string;
  findings: Finding[];
}
