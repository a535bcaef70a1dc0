/**
 * Mailbox requirement sets: which version of the API a simulated client has, and the first
 * version with each part of the compose item the simulation implements, from the "[Api set:
 * Mailbox 1.x]" remarks in @types/office-js (the same text as learn.microsoft.com).
 */

/** Compares "1.8" and "1.10" as versions, not as numbers or strings. */
export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

export function isMailboxVersion(version: string): boolean {
  return /^1\.\d{1,2}$/.test(version);
}

/**
 * Item members the simulated client lacks below these versions (they are absent, as on a real
 * client). Everything else the simulation has is Mailbox 1.1, except `body.getAsync/setAsync`
 * (1.3 in the docs) which stay from 1.1: the add-in reads the body at every version, and no
 * Outlook still in support is older than 1.3.
 */
export const INTRODUCED_IN = {
  from: "1.7",
  addHandlerAsync: "1.7",
  removeHandlerAsync: "1.7",
  getAttachmentsAsync: "1.8",
  getAttachmentContentAsync: "1.8",
  getInitializationContextAsync: "1.8",
  internetHeaders: "1.8",
  getComposeTypeAsync: "1.10",
  sessionData: "1.11",
} as const;

export type GatedMember = keyof typeof INTRODUCED_IN;

/** sessionData's size limit per add-in: 50,000 characters up to Mailbox 1.15, more from 1.16. */
export function sessionDataLimit(version: string): number {
  return compareVersions(version, "1.16") >= 0 ? 2_621_440 : 50_000;
}

/** Office.context.requirements for a client with Mailbox 1.1 … `version()`. */
export function requirementsFor(version: () => string): Office.RequirementSetSupport {
  return {
    isSetSupported(name: string, minVersion?: string | number): boolean {
      // A number works too (1.1), though 1.10 as a number is 1.1: Office's own trap.
      const wanted = minVersion === undefined ? "1.1" : String(minVersion);
      return name.toLowerCase() === "mailbox" && compareVersions(wanted, version()) <= 0;
    },
  };
}
