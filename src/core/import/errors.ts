/**
 * An export that cannot be used at all (not XML, no councillors, a required CSV column missing).
 * The message is one line naming the input, and the line when known: `members.csv: line 1: ...`.
 */
export class ImportError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${source}: ${line === undefined ? "" : `line ${line}: `}${reason}`);
    this.name = "ImportError";
  }
}
