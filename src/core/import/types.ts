/** What the member-directory importers take and give (the admin page and the CLI both use them). */
import type { DirectoryFile, Role } from "../directory/types";

/** Something the importer did not use as given: shown to the administrator, one line each. */
export interface ImportWarning {
  /** The CSV line (1 = the header row), when the input has lines that matter. */
  line?: number;
  /** The councillor concerned, by name. */
  member?: string;
  message: string;
}

export interface ImportOptions {
  /** The directory's "council" (default: the base directory's, else ""). */
  council?: string;
  /** The directory's "updated" date, YYYY-MM-DD (default: today). */
  updated?: string;
  /**
   * An existing directory.json to merge into: its groups, postcodes, ignoredPostcodes, notes,
   * ward ids, names, aliases and flags, member ids and extra addresses are kept, so a scheduled
   * sync neither churns ids nor loses hand-made data.
   */
  base?: DirectoryFile;
  /** The input's name in error messages, such as the file name (default: "the export"). */
  source?: string;
}

export interface ImportResult {
  directory: DirectoryFile;
  warnings: ImportWarning[];
}

/** A ward as an export names it, before it is matched to the base directory and given an id. */
export interface ImportedWard {
  /** The name to give a new ward. */
  name: string;
  /** Other names for the same ward to look for in the base directory (the exported form). */
  otherNames?: string[];
}

/** One councillor as read from an export, before wards are resolved and ids settled. */
export interface ImportedMember {
  name: string;
  /** Valid addresses, council address first, each once. */
  emails: string[];
  /** The member's wards (a CSV cell may give a base ward's id as the name). */
  wards: ImportedWard[];
  party?: string;
  roles: Role[];
  /** The export's own key for the person (ModernGov councillorid): joins a member listed in several wards. */
  sourceKey?: string;
  /** An id asked for by the input (the CSV "id" column). */
  id?: string;
  /** Where the member was read, for warnings. */
  line?: number;
}
