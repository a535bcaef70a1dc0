/** The CLI's exit statuses (DESIGN.md defines 0, 1 and 2; 3 marks a bug, not a bad input). */
export const EXIT = {
  /** Nothing at warn or block. */
  ok: 0,
  /** Something at warn or block. */
  findings: 1,
  /** A file cannot be read or is invalid, or the command line is wrong. */
  invalid: 2,
  /** An internal error: a rule or the CLI itself threw. */
  internal: 3,
} as const;
