import type { DirectoryFile } from "../../../src/core/directory/types";

/** A small, valid directory for unit tests; tests copy and break it. */
export function smallDirectory(): DirectoryFile {
  return {
    council: "Test Borough Council",
    updated: "2026-11-01",
    wards: [
      { id: "frimley", name: "Frimley" },
      { id: "frimley-green", name: "Frimley Green", aliases: ["Frimley Green village"] },
      { id: "st-annes", name: "St Anne's & Kingsway" },
      { id: "town", name: "Town", ambiguous: true },
      { id: "mytchett", name: "Mytchett & Deepcut", aliases: ["Deepcut"] },
    ],
    members: [
      {
        id: "jane-doe",
        name: "Jane Doe",
        emails: ["jane.doe@council.example", "Jane.Doe@HomeMail.example"],
        wards: ["frimley-green"],
        party: "Liberal Democrats",
      },
      {
        id: "amir-khan",
        name: "Amir Khan",
        emails: ["amir.khan@council.example"],
        wards: ["frimley"],
        roles: [{ kind: "portfolio-holder", title: "Portfolio Holder for Planning" }],
      },
      {
        id: "zoe-brien",
        name: "Zoë O'Brien",
        emails: ["zoe.obrien@council.example"],
        wards: ["st-annes"],
      },
      {
        id: "tom-town",
        name: "Tom Town",
        emails: ["tom.town@council.example"],
        wards: ["town", "frimley-green"],
      },
    ],
    groups: [
      { email: "all.members@council.example", name: "All Members", kind: "all-members" },
      {
        email: "executive@council.example",
        name: "Executive",
        kind: "members",
        members: ["amir-khan"],
      },
    ],
    postcodes: { "GU16 6AA": "frimley-green", gu167hs: "frimley" },
  };
}

/** A deep copy that a test may change freely. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
