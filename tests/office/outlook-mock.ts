/**
 * A compose item and `Office` namespace for tests, built on office-addin-mock's OfficeMockObject
 * (host "outlook"). Each async method calls back on a later microtask, as Outlook does, from a
 * mutable `state`, and records its calls. `faults` makes a named call fail ("failed" status) or
 * hang (never call back), e.g. `faults.fail.set("bcc.getAsync", "Internal error")`.
 */
import { OfficeMockObject } from "office-addin-mock";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Draft } from "../../src/core/draft";
import { emlToDraft } from "../../src/cli/eml-to-draft";
import { OFFICE_ENUMS } from "../helpers/office-enums";

export interface MockRecipient {
  emailAddress: string;
  displayName: string;
  recipientType?: string;
}

export interface MockAttachment {
  id: string;
  name: string;
  attachmentType: "file" | "item" | "cloud";
  size?: number;
  isInline?: boolean;
  /** What getAttachmentContentAsync returns. */
  content?: { format: string; content: string };
}

export interface MailboxState {
  to: MockRecipient[];
  cc: MockRecipient[];
  bcc: MockRecipient[];
  from?: MockRecipient;
  subject: string;
  bodyHtml: string;
  composeType: "newMail" | "reply" | "forward";
  attachments: MockAttachment[];
  sessionData: Record<string, string>;
  internetHeaders: Record<string, string>;
}

export interface MockCall {
  name: string;
  args: unknown[];
}

export interface Faults {
  /** call name → error message */
  fail: Map<string, string>;
  /** call names that never call back */
  hang: Set<string>;
  /** Fail only the nth call (1-based) of a name, e.g. the second "bcc.setAsync". */
  failNth: Map<string, number>;
}

export interface OutlookMock {
  /** The `Office` namespace (an OfficeMockObject). */
  office: any;
  item: any;
  state: MailboxState;
  faults: Faults;
  calls: MockCall[];
  callsTo(name: string): MockCall[];
  /** Requirement sets: Mailbox 1.1 … this version. */
  setMailboxVersion(version: string): void;
}

export const MAX_PER_CALL = 100;

function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

const copy = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

function addressesOf(list: unknown[]): MockRecipient[] {
  return list.map((r) =>
    typeof r === "string"
      ? { emailAddress: r, displayName: r }
      : {
          emailAddress: (r as any).emailAddress,
          displayName: (r as any).displayName ?? (r as any).emailAddress,
          ...((r as any).recipientType ? { recipientType: (r as any).recipientType } : {}),
        },
  );
}

export function createOutlookMock(
  initial: Partial<MailboxState> = {},
  version = "1.15",
): OutlookMock {
  const state: MailboxState = {
    to: [],
    cc: [],
    bcc: [],
    subject: "",
    bodyHtml: "<html><body></body></html>",
    composeType: "newMail",
    attachments: [],
    sessionData: {},
    internetHeaders: {},
    ...copy(initial),
  };
  const faults: Faults = { fail: new Map(), hang: new Set(), failNth: new Map() };
  const calls: MockCall[] = [];
  let mailboxVersion = version;

  /** Records the call and answers on a later microtask with `produce()`'s value, or a fault. */
  function respond(name: string, args: unknown[], callback: unknown, produce: () => unknown): void {
    calls.push({ name, args });
    const nth = calls.filter((c) => c.name === name).length;
    if (typeof callback !== "function") return;
    if (faults.hang.has(name)) return;
    const failure =
      faults.fail.get(name) ?? (faults.failNth.get(name) === nth ? "Failed (nth)" : undefined);
    void Promise.resolve().then(() => {
      if (failure !== undefined) {
        callback({ status: "failed", error: { code: 9000, name: "Error", message: failure } });
        return;
      }
      let value: unknown;
      try {
        value = produce();
      } catch (error) {
        callback({
          status: "failed",
          error: { code: 9001, name: "Error", message: String((error as Error).message) },
        });
        return;
      }
      callback({ status: "succeeded", value });
    });
  }

  function recipientsField(field: "to" | "cc" | "bcc") {
    return {
      getAsync: (...args: unknown[]) =>
        respond(`${field}.getAsync`, args, args[args.length - 1], () => copy(state[field])),
      setAsync: (list: unknown[], ...rest: unknown[]) =>
        respond(`${field}.setAsync`, [copy(list), ...rest], rest[rest.length - 1], () => {
          if (list.length > MAX_PER_CALL) throw new Error("NumberOfRecipientsExceeded");
          state[field] = addressesOf(list);
        }),
      addAsync: (list: unknown[], ...rest: unknown[]) =>
        respond(`${field}.addAsync`, [copy(list), ...rest], rest[rest.length - 1], () => {
          if (list.length > MAX_PER_CALL) throw new Error("NumberOfRecipientsExceeded");
          state[field] = state[field].concat(addressesOf(list));
        }),
    };
  }

  const seed = {
    host: "outlook",
    ...OFFICE_ENUMS,
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string) =>
          name === "Mailbox" && compareVersions(minVersion ?? "1.1", mailboxVersion) <= 0,
      },
      mailbox: {
        item: {
          itemType: "message",
          to: recipientsField("to"),
          cc: recipientsField("cc"),
          bcc: recipientsField("bcc"),
          from: {
            getAsync: (...args: unknown[]) =>
              respond("from.getAsync", args, args[args.length - 1], () => copy(state.from)),
          },
          subject: {
            getAsync: (...args: unknown[]) =>
              respond("subject.getAsync", args, args[args.length - 1], () => state.subject),
          },
          body: {
            getAsync: (coercion: string, ...rest: unknown[]) =>
              respond("body.getAsync", [coercion, ...rest], rest[rest.length - 1], () => {
                if (coercion !== "html") throw new Error("this mock only has the HTML body");
                return state.bodyHtml;
              }),
            setAsync: (html: string, ...rest: unknown[]) =>
              respond("body.setAsync", [html, ...rest], rest[rest.length - 1], () => {
                state.bodyHtml = html;
              }),
          },
          getComposeTypeAsync: (...args: unknown[]) =>
            respond("getComposeTypeAsync", args, args[args.length - 1], () => ({
              composeType: state.composeType,
              coercionType: "html",
            })),
          getAttachmentsAsync: (...args: unknown[]) =>
            respond("getAttachmentsAsync", args, args[args.length - 1], () =>
              state.attachments.map((attachment) => ({
                size: 1000,
                isInline: false,
                contentType:
                  attachment.attachmentType === "item" ? "message/rfc822" : "application/pdf",
                id: attachment.id,
                name: attachment.name,
                attachmentType: attachment.attachmentType,
              })),
            ),
          getAttachmentContentAsync: (id: string, ...rest: unknown[]) =>
            respond("getAttachmentContentAsync", [id, ...rest], rest[rest.length - 1], () => {
              const found = state.attachments.find((a) => a.id === id);
              if (!found?.content) throw new Error("InvalidAttachmentId");
              return copy(found.content);
            }),
          removeAttachmentAsync: (id: string, ...rest: unknown[]) =>
            respond("removeAttachmentAsync", [id, ...rest], rest[rest.length - 1], () => {
              const before = state.attachments.length;
              state.attachments = state.attachments.filter((a) => a.id !== id);
              if (state.attachments.length === before) throw new Error("InvalidAttachmentId");
            }),
          sessionData: {
            getAllAsync: (...args: unknown[]) =>
              respond("sessionData.getAllAsync", args, args[args.length - 1], () =>
                copy(state.sessionData),
              ),
            getAsync: (key: string, ...rest: unknown[]) =>
              respond("sessionData.getAsync", [key, ...rest], rest[rest.length - 1], () => {
                if (!(key in state.sessionData)) throw new Error("The key does not exist");
                return state.sessionData[key];
              }),
            setAsync: (key: string, value: string, ...rest: unknown[]) =>
              respond("sessionData.setAsync", [key, value, ...rest], rest[rest.length - 1], () => {
                state.sessionData[key] = value;
              }),
            removeAsync: (key: string, ...rest: unknown[]) =>
              respond("sessionData.removeAsync", [key, ...rest], rest[rest.length - 1], () => {
                delete state.sessionData[key];
              }),
          },
          internetHeaders: {
            getAsync: (names: string[], ...rest: unknown[]) =>
              respond("internetHeaders.getAsync", [names, ...rest], rest[rest.length - 1], () => {
                const found: Record<string, string> = {};
                for (const name of names) {
                  if (name in state.internetHeaders)
                    found[name] = state.internetHeaders[name] as string;
                }
                return found;
              }),
            setAsync: (headers: Record<string, string>, ...rest: unknown[]) =>
              respond(
                "internetHeaders.setAsync",
                [copy(headers), ...rest],
                rest[rest.length - 1],
                () => {
                  Object.assign(state.internetHeaders, headers);
                },
              ),
            removeAsync: (names: string[], ...rest: unknown[]) =>
              respond(
                "internetHeaders.removeAsync",
                [names, ...rest],
                rest[rest.length - 1],
                () => {
                  for (const name of names) delete state.internetHeaders[name];
                },
              ),
          },
        },
      },
    },
    actions: {
      associate: function (name: string, handler: unknown) {
        (this as any).associated = { ...((this as any).associated ?? {}), [name]: handler };
      },
    },
  };

  const office = new OfficeMockObject(seed) as any;
  return {
    office,
    item: office.context.mailbox.item,
    state,
    faults,
    calls,
    callsTo: (name) => calls.filter((c) => c.name === name),
    setMailboxVersion: (v) => {
      mailboxVersion = v;
    },
  };
}

/** Office's view of a Draft's recipients (display name defaults to the address, as Outlook does). */
export function toMockRecipients(list: Draft["to"]): MockRecipient[] {
  return list.map((r) => ({
    emailAddress: r.address,
    displayName: r.name ?? r.address,
    recipientType: r.type ?? "user",
  }));
}

/** Mailbox state holding a Draft, as Outlook would show it in compose. */
export function stateFromDraft(draft: Draft): Partial<MailboxState> {
  const composeType =
    draft.composeType === "reply"
      ? "reply"
      : draft.composeType === "forward"
        ? "forward"
        : "newMail";
  return {
    to: toMockRecipients(draft.to),
    cc: toMockRecipients(draft.cc),
    bcc: toMockRecipients(draft.bcc),
    ...(draft.from?.address
      ? {
          from: {
            emailAddress: draft.from.address,
            displayName: draft.from.name ?? draft.from.address,
          },
        }
      : {}),
    subject: draft.subject,
    bodyHtml:
      draft.body.type === "html"
        ? draft.body.content
        : `<html><body><pre>${draft.body.content.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</pre></body></html>`,
    composeType,
  };
}

export const REPO = join(__dirname, "..", "..");

/** One of the sample council's messages (config/samples/*.eml) as a Draft, via the CLI's reader. */
export async function sampleDraft(file: string): Promise<Draft> {
  const raw = readFileSync(join(REPO, "config", "samples", file));
  return (await emlToDraft(new Uint8Array(raw), file)).draft;
}
