/**
 * A scripted Outlook mailbox: an `Office` namespace with one compose message, behaving as the
 * part of Outlook the add-in uses does (asynchronous answers, requirement sets per simulated
 * client, resolved recipients only, 100 recipients per call, sessionData, internet headers,
 * compose type, RecipientsChanged), plus a scripting handle to play the officer and break
 * things. Browser-safe and DOM-free: the jest tests' mock (tests/office/outlook-mock.ts), the
 * browser tests' stand-in for office.js (office-sim.ts) and the compose playground share it.
 */
import { createResponder, copy, type Faults, type MailboxCall } from "./async-call";
import {
  emptyState,
  resolvedView,
  toScriptedRecipient,
  type MailboxState,
  type RecipientField,
  type RecipientInput,
  type ScriptedAttachment,
} from "./mailbox-state";
import { SIM_ENUMS, type SimEnums } from "./office-enums";
import { compareVersions, isMailboxVersion, requirementsFor } from "./requirements";
import {
  RECIPIENTS_CHANGED,
  createScriptedItem,
  recipientsChangedEvent,
  type RecipientsChangedHandler,
  type ScriptedItem,
} from "./scripted-item";

export { MAX_RECIPIENTS_PER_CALL, type ScriptedItem } from "./scripted-item";
export { OUTLOOK_ERRORS, FAULT_CODE, type Faults, type MailboxCall } from "./async-call";
export {
  RECIPIENT_FIELDS,
  type MailboxState,
  type RecipientField,
  type RecipientInput,
  type ScriptedAttachment,
  type ScriptedComposeType,
  type ScriptedRecipient,
} from "./mailbox-state";

export type ThemeName = "light" | "dark" | "black";
export type SimTheme = Pick<
  Office.OfficeTheme,
  | "bodyBackgroundColor"
  | "bodyForegroundColor"
  | "controlBackgroundColor"
  | "controlForegroundColor"
  | "isDarkTheme"
>;

/** Office.context.officeTheme presets (close to Outlook's, not its exact values); black is high contrast. */
export const THEMES: Readonly<Record<ThemeName, SimTheme>> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#242424",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  },
  black: {
    bodyBackgroundColor: "#000000",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#000000",
    controlForegroundColor: "#FFFF00",
    isDarkTheme: true,
  },
};

export interface ReadyInfo {
  host: string;
  platform: string;
}

/** A handler given to Office.actions.associate (an on-send handler takes the event). */
export type AssociatedHandler = (event: never) => unknown;

/** The `Office` namespace, as far as the add-in uses it. */
export interface SimulatedOffice extends SimEnums {
  onReady(callback?: (info: ReadyInfo) => void): Promise<ReadyInfo>;
  context: {
    host: string;
    platform: string;
    displayLanguage: string;
    contentLanguage: string;
    /** Mailbox 1.14, and never for an add-in with event-based activation (as this one is). */
    officeTheme?: SimTheme;
    requirements: Office.RequirementSetSupport;
    /** `item` may be set to undefined, as when no item is open. */
    mailbox: {
      item: ScriptedItem | undefined;
      /** Mailbox 1.9: opens a new email beside this one (recorded in state.openedMessages). */
      displayNewMessageFormAsync?: (
        form: Office.MessageForm,
        callback?: (result: Office.AsyncResult<void>) => void,
      ) => void;
    };
  };
  actions: {
    associate(name: string, handler: AssociatedHandler): void;
    /** What was associated, by name (not part of Office). */
    associated: Record<string, AssociatedHandler>;
  };
}

/** The officer's own edits: recipient changes raise RecipientsChanged, as in Outlook. */
export interface UserActions {
  /** Replaces a field with resolved recipients (picked from the address book). */
  setRecipients(field: RecipientField, list: readonly RecipientInput[]): void;
  addRecipients(field: RecipientField, list: readonly RecipientInput[]): void;
  /** Removes every recipient with this address (case-insensitive). */
  removeRecipient(field: RecipientField, emailAddress: string): void;
  /** Text typed into a field but not resolved yet: getAsync does not report it. */
  typeRecipient(field: RecipientField, text: string): void;
  /** Resolves what was typed (Tab or a suggestion); text that is not an address stays unresolved. */
  resolveRecipients(field: RecipientField): void;
  setSubject(subject: string): void;
  /** Replaces the body's HTML. */
  typeBody(html: string): void;
  attach(attachment: ScriptedAttachment): void;
  detach(id: string): void;
}

export interface ScriptedMailboxOptions {
  /** Mailbox requirement set of the simulated client: 1.1 … this. Default "1.15". */
  mailboxVersion?: string;
  /** 0 (default): answers on the next microtask; above 0: after that many ms (for people). */
  latencyMs?: number;
  theme?: ThemeName;
  /**
   * Outlook gives no `officeTheme` to add-ins that use event-based activation, as this one does
   * (learn.microsoft.com, Office.Context.officeTheme). Default false: the theme is there from
   * Mailbox 1.14 so the pane's theme handling can be tried.
   */
  eventBasedActivation?: boolean;
}

export interface ScriptedMailbox {
  office: SimulatedOffice;
  /** The compose message (also office.context.mailbox.item, unless a test cleared that). */
  item: ScriptedItem;
  /** Live state: change it directly for silent edits, or through `user` to raise events. */
  state: MailboxState;
  user: UserActions;
  faults: Faults;
  /** Every Office call the add-in made, in order (user edits are not calls). */
  calls: MailboxCall[];
  callsTo(name: string): MailboxCall[];
  readonly mailboxVersion: string;
  setMailboxVersion(version: string): void;
  latencyMs: number;
  setTheme(name: ThemeName): void;
  /**
   * Calls `listener` whenever the state may have changed: after any Office call's operation and
   * any `user` edit (not for direct edits of `state`: call `notify` after those). For a UI that
   * shows the mailbox, such as the compose playground. Returns the unsubscribe function.
   */
  subscribe(listener: () => void): () => void;
  notify(): void;
}

function checkVersion(version: string): string {
  if (!isMailboxVersion(version)) throw new Error(`Not a Mailbox version: "${version}"`);
  return version;
}

export function createScriptedMailbox(
  initial: Partial<MailboxState> = {},
  options: ScriptedMailboxOptions = {},
): ScriptedMailbox {
  const state: MailboxState = { ...emptyState(), ...copy(initial) };
  let version = checkVersion(options.mailboxVersion ?? "1.15");
  const responder = createResponder(options.latencyMs ?? 0);
  const handlers = new Map<string, RecipientsChangedHandler[]>();
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // a watcher's failure must not fail the add-in's Office call
      }
    }
  };
  responder.afterOperation = notify;

  /**
   * An edit of one field, by the add-in or the officer: when what getAsync reports changed,
   * every RecipientsChanged handler is told, later, as Outlook does.
   */
  const edit = (field: RecipientField, change: () => void): void => {
    const before = JSON.stringify(resolvedView(state[field]));
    change();
    if (JSON.stringify(resolvedView(state[field])) === before) return;
    const event = recipientsChangedEvent([field]);
    for (const handler of handlers.get(RECIPIENTS_CHANGED) ?? []) {
      responder.later(() => handler(event));
    }
  };
  const { item, applyVersion } = createScriptedItem({
    state,
    responder,
    handlers,
    version: () => version,
    editField: edit,
  });
  const resolved = (list: readonly RecipientInput[]) => list.map((r) => toScriptedRecipient(r));

  const actions: UserActions = {
    setRecipients: (field, list) => edit(field, () => (state[field] = resolved(list))),
    addRecipients: (field, list) =>
      edit(field, () => (state[field] = state[field].concat(resolved(list)))),
    removeRecipient: (field, emailAddress) =>
      edit(field, () => {
        const address = emailAddress.toLowerCase();
        state[field] = state[field].filter((r) => r.emailAddress.toLowerCase() !== address);
      }),
    typeRecipient: (field, text) =>
      state[field].push({ emailAddress: text, displayName: text, resolved: false }),
    resolveRecipients: (field) =>
      edit(field, () => {
        state[field] = state[field].map((r) => (r.resolved === false ? toScriptedRecipient(r) : r));
      }),
    setSubject: (subject) => (state.subject = subject),
    typeBody: (html) => (state.bodyHtml = html),
    attach: (attachment) => state.attachments.push(copy(attachment)),
    detach: (id) => (state.attachments = state.attachments.filter((a) => a.id !== id)),
  };
  // Every user edit, then the watchers are told.
  const user = Object.fromEntries(
    Object.entries(actions).map(([name, action]) => [
      name,
      (...args: unknown[]) => {
        (action as (...a: unknown[]) => void)(...args);
        notify();
      },
    ]),
  ) as unknown as UserActions;

  const ready: ReadyInfo = { host: "Outlook", platform: "OfficeOnline" };
  const officeTheme: SimTheme = { ...THEMES[options.theme ?? "light"] };
  const associated: Record<string, AssociatedHandler> = {};
  const office: SimulatedOffice = {
    ...SIM_ENUMS,
    onReady: (callback) =>
      Promise.resolve().then(() => {
        callback?.({ ...ready });
        return { ...ready };
      }),
    context: {
      ...ready,
      displayLanguage: "en-GB",
      contentLanguage: "en-GB",
      requirements: requirementsFor(() => version),
      mailbox: { item },
    },
    actions: {
      associate: (name, handler) => {
        associated[name] = handler;
      },
      associated,
    },
  };

  /** officeTheme comes and goes with the version, as the item's members do. */
  const applyTheme = (): void => {
    const themed = !options.eventBasedActivation && compareVersions("1.14", version) <= 0;
    if (themed) office.context.officeTheme = officeTheme;
    else delete office.context.officeTheme;
  };
  applyTheme();

  /** Mailbox 1.9's displayNewMessageFormAsync, with that version or later, as Outlook has it. */
  const openMessage = (...args: unknown[]): void =>
    responder.respond("displayNewMessageFormAsync", args, 1, ([given]) => {
      const form = (given ?? {}) as Office.MessageForm;
      const shown = (list: unknown): string[] =>
        (Array.isArray(list) ? list : []).map((r: string | Office.EmailAddressDetails) =>
          typeof r === "string" ? r : `${r.displayName || r.emailAddress} <${r.emailAddress}>`,
        );
      state.openedMessages = [
        ...(state.openedMessages ?? []),
        {
          to: shown(form.toRecipients),
          cc: shown(form.ccRecipients),
          bcc: shown((form as { bccRecipients?: unknown }).bccRecipients),
          subject: String(form.subject ?? ""),
          htmlBody: String(form.htmlBody ?? ""),
        },
      ];
    });
  const applyMailboxMethods = (): void => {
    if (compareVersions("1.9", version) <= 0)
      office.context.mailbox.displayNewMessageFormAsync = openMessage;
    else delete office.context.mailbox.displayNewMessageFormAsync;
  };
  applyMailboxMethods();

  return {
    office,
    item,
    state,
    user,
    faults: responder.faults,
    calls: responder.calls,
    callsTo: (name) => responder.calls.filter((c) => c.name === name),
    get mailboxVersion() {
      return version;
    },
    setMailboxVersion: (next) => {
      version = checkVersion(next);
      applyVersion();
      applyTheme();
      applyMailboxMethods();
      notify();
    },
    get latencyMs() {
      return responder.latencyMs;
    },
    set latencyMs(ms: number) {
      responder.latencyMs = Math.max(0, ms);
    },
    setTheme: (name) => Object.assign(officeTheme, THEMES[name]),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify,
  };
}
