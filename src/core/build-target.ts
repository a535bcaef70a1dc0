/**
 * Which build this is. False everywhere but the on-send script, whose build swaps this module for
 * build-target.on-send.ts (scripts/onsend-bundle.js): code under `if (!ON_SEND)` is then left out
 * of it. What is left out must be what only the task pane, the CLI and the admin page use (the
 * fixes findings offer: the pane checks again and offers them itself), so that the script keeps
 * within its 60 KB.
 */
export const ON_SEND: boolean = false;
