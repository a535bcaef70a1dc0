/**
 * The compose message (Office.context.mailbox.item) over a MailboxState: the members the add-in
 * uses, typed as @types/office-js declares them, each answering through the Responder. Members
 * the simulated Mailbox version lacks are removed from the object, as a real client lacks them.
 */
import { OutlookError, type Responder, copy } from "./async-call";
import {
  htmlToText,
  resolvedView,
  textToHtml,
  toScriptedRecipient,
  type MailboxState,
  type RecipientField,
  type RecipientInput,
  type ScriptedAttachment,
} from "./mailbox-state";
import { INTRODUCED_IN, compareVersions, sessionDataLimit, type GatedMember } from "./requirements";

/** Outlook's limit on recipients in one setAsync or addAsync call. */
export const MAX_RECIPIENTS_PER_CALL = 100;

export const RECIPIENTS_CHANGED = "olkRecipientsChanged";

type ComposeMember<K extends keyof Office.MessageCompose> = Office.MessageCompose[K];

/** The part of Office.MessageCompose the simulation implements; optional parts are version-gated. */
export interface ScriptedItem {
  itemType: string;
  to: Pick<Office.Recipients, "getAsync" | "setAsync" | "addAsync">;
  cc: Pick<Office.Recipients, "getAsync" | "setAsync" | "addAsync">;
  bcc: Pick<Office.Recipients, "getAsync" | "setAsync" | "addAsync">;
  subject: Pick<Office.Subject, "getAsync" | "setAsync">;
  body: Pick<Office.Body, "getAsync" | "setAsync">;
  removeAttachmentAsync: ComposeMember<"removeAttachmentAsync">;
  /** Mailbox 1.7 */
  from?: Pick<Office.From, "getAsync">;
  addHandlerAsync?: ComposeMember<"addHandlerAsync">;
  removeHandlerAsync?: ComposeMember<"removeHandlerAsync">;
  /** Mailbox 1.8 */
  getAttachmentsAsync?: ComposeMember<"getAttachmentsAsync">;
  getAttachmentContentAsync?: ComposeMember<"getAttachmentContentAsync">;
  getInitializationContextAsync?: ComposeMember<"getInitializationContextAsync">;
  internetHeaders?: Office.InternetHeaders;
  /** Mailbox 1.10 */
  getComposeTypeAsync?: ComposeMember<"getComposeTypeAsync">;
  /** Mailbox 1.11 */
  sessionData?: Office.SessionData;
}

/** Office.RecipientsChangedEventArgs, for a message (the attendee fields are always false). */
export function recipientsChangedEvent(
  fields: readonly RecipientField[],
): Office.RecipientsChangedEventArgs {
  return {
    type: RECIPIENTS_CHANGED,
    changedRecipientFields: {
      to: fields.includes("to"),
      cc: fields.includes("cc"),
      bcc: fields.includes("bcc"),
      optionalAttendees: false,
      requiredAttendees: false,
      resources: false,
    },
  };
}

export interface ItemDeps {
  state: MailboxState;
  responder: Responder;
  version: () => string;
  /** Makes a change to one recipient field, raising RecipientsChanged if getAsync's view changed. */
  editField: (field: RecipientField, change: () => void) => void;
  handlers: Map<string, RecipientsChangedHandler[]>;
}

export type RecipientsChangedHandler = (event: Office.RecipientsChangedEventArgs) => void;

function attachmentDetails(a: ScriptedAttachment): Office.AttachmentDetailsCompose {
  return {
    id: a.id,
    name: a.name,
    attachmentType: a.attachmentType,
    size: a.size ?? 1000,
    isInline: a.isInline ?? false,
  } as Office.AttachmentDetailsCompose;
}

function attachmentContent(a: ScriptedAttachment): Office.AttachmentContent {
  return (copy(a.content) ?? {
    format: a.attachmentType === "item" ? "eml" : "base64",
    content: "",
  }) as Office.AttachmentContent;
}

/** Builds the item with every member; `applyVersion` then removes what the version lacks. */
export function createScriptedItem(deps: ItemDeps): {
  item: ScriptedItem;
  applyVersion: () => void;
} {
  const { state, handlers } = deps;
  /** A member answering through the Responder after `required` positional parameters. */
  const method =
    (name: string, required: number, operation: (params: unknown[]) => unknown) =>
    (...args: unknown[]): void =>
      deps.responder.respond(name, args, required, operation);

  function recipients(field: RecipientField): ScriptedItem["to"] {
    const write =
      (verb: "setAsync" | "addAsync") =>
      (...args: unknown[]): void => {
        // office.js checks the argument's type before calling Outlook, and throws.
        if (!Array.isArray(args[0])) throw new TypeError(`${field}.${verb}: expected an array`);
        const list = copy(args[0] as RecipientInput[]);
        method(`${field}.${verb}`, 1, () => {
          if (list.length > MAX_RECIPIENTS_PER_CALL) {
            throw new OutlookError("NumberOfRecipientsExceeded");
          }
          const added = list.map((r) => toScriptedRecipient(r));
          deps.editField(field, () => {
            state[field] = verb === "addAsync" ? state[field].concat(added) : added;
          });
        })(...args);
      };
    return {
      getAsync: method(`${field}.getAsync`, 0, () => resolvedView(state[field])),
      setAsync: write("setAsync"),
      addAsync: write("addAsync"),
    };
  }

  const body: ScriptedItem["body"] = {
    getAsync: method("body.getAsync", 1, ([coercion]) => {
      if (coercion === "html") return state.bodyHtml;
      if (coercion === "text") return htmlToText(state.bodyHtml);
      throw new OutlookError("InvalidParameterValueError", `Unknown coercion type: ${coercion}`);
    }),
    setAsync: (...args: unknown[]): void => {
      // Without coercionType the data is taken as text.
      const options = args[1];
      const html =
        typeof options === "object" &&
        (options as { coercionType?: unknown } | null)?.coercionType === "html";
      method("body.setAsync", 1, ([data]) => {
        state.bodyHtml = html ? String(data) : textToHtml(String(data));
      })(...args);
    },
  };

  const sessionData: Office.SessionData = {
    getAllAsync: method("sessionData.getAllAsync", 0, () => copy(state.sessionData)),
    getAsync: method("sessionData.getAsync", 1, ([key]) => {
      const value = state.sessionData[String(key)];
      if (value === undefined) throw new OutlookError("KeyNotFound");
      return value;
    }),
    setAsync: method("sessionData.setAsync", 2, ([key, value]) => {
      const next = { ...state.sessionData, [String(key)]: String(value) };
      if (JSON.stringify(next).length > sessionDataLimit(deps.version())) {
        throw new OutlookError("SessionObjectMaxLengthExceeded");
      }
      state.sessionData = next;
    }),
    removeAsync: method("sessionData.removeAsync", 1, ([key]) => {
      delete state.sessionData[String(key)];
    }),
    clearAsync: method("sessionData.clearAsync", 0, () => {
      state.sessionData = {};
    }),
  };

  const internetHeaders: Office.InternetHeaders = {
    // A header not set is left out of the answer, as Outlook does.
    getAsync: method("internetHeaders.getAsync", 1, ([names]) => {
      const found: Record<string, string> = {};
      for (const name of names as string[]) {
        const value = state.internetHeaders[name];
        if (value !== undefined) found[name] = value;
      }
      return found;
    }),
    setAsync: method("internetHeaders.setAsync", 1, ([headers]) => {
      for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
        state.internetHeaders[name] = String(value);
      }
    }),
    removeAsync: method("internetHeaders.removeAsync", 1, ([names]) => {
      for (const name of names as string[]) delete state.internetHeaders[name];
    }),
  };

  const gated: Required<Pick<ScriptedItem, GatedMember>> = {
    from: { getAsync: method("from.getAsync", 0, () => copy(state.from)) },
    addHandlerAsync: method("addHandlerAsync", 2, ([eventType, handler]) => {
      if (eventType !== RECIPIENTS_CHANGED || typeof handler !== "function") {
        throw new OutlookError("InvalidParameterValueError", `Not simulated: ${String(eventType)}`);
      }
      const list = handlers.get(RECIPIENTS_CHANGED) ?? [];
      if (!list.includes(handler as RecipientsChangedHandler)) {
        list.push(handler as RecipientsChangedHandler);
      }
      handlers.set(RECIPIENTS_CHANGED, list);
    }),
    removeHandlerAsync: method("removeHandlerAsync", 1, ([eventType]) => {
      handlers.delete(String(eventType));
    }),
    getAttachmentsAsync: method("getAttachmentsAsync", 0, () =>
      state.attachments.map(attachmentDetails),
    ),
    getAttachmentContentAsync: method("getAttachmentContentAsync", 1, ([id]) => {
      const found = state.attachments.find((a) => a.id === id);
      if (!found) throw new OutlookError("InvalidAttachmentId");
      return attachmentContent(found);
    }),
    getInitializationContextAsync: method("getInitializationContextAsync", 0, () => {
      if (state.contextData === undefined) throw new OutlookError("GenericResponseError");
      return state.contextData;
    }),
    internetHeaders,
    getComposeTypeAsync: method("getComposeTypeAsync", 0, () => ({
      composeType: state.composeType,
      coercionType: "html",
    })),
    sessionData,
  };

  const item: ScriptedItem = {
    itemType: "message",
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    subject: {
      getAsync: method("subject.getAsync", 0, () => state.subject),
      setAsync: method("subject.setAsync", 1, ([subject]) => {
        state.subject = String(subject);
      }),
    },
    body,
    removeAttachmentAsync: method("removeAttachmentAsync", 1, ([id]) => {
      const before = state.attachments.length;
      state.attachments = state.attachments.filter((a) => a.id !== id);
      if (state.attachments.length === before) throw new OutlookError("InvalidAttachmentId");
    }),
  };

  function applyVersion(): void {
    const members = item as unknown as Record<string, unknown>;
    for (const name of Object.keys(INTRODUCED_IN) as GatedMember[]) {
      if (compareVersions(INTRODUCED_IN[name], deps.version()) <= 0) members[name] = gated[name];
      else delete members[name];
    }
  }
  applyVersion();
  return { item, applyVersion };
}
