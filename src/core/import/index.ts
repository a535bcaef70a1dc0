/** Member-directory importers: pure (no Node APIs), for the CLI and the admin page alike. */
export type { ImportOptions, ImportResult, ImportWarning } from "./types";
export { ImportError } from "./errors";
export { directoryFromModernGov } from "./moderngov";
export { directoryFromCsv, DIRECTORY_CSV_TEMPLATE } from "./csv";
export {
  csvColumns,
  distinctValues,
  postcodeShardsFromCsv,
  type PostcodeShards,
} from "./ons-postcodes";
export { roleFromPost, roleKindOfPost, splitPosts, ROLE_KINDS } from "./roles";
export { cleanMemberName } from "./person-name";
