/**
 * Which Mailbox requirement sets the client supports, asked once per use. A client that lacks a
 * set simply does without that part (no compose type, no consents, plain-text dialog message).
 */

/** Office.context.requirements, structurally. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface MailboxFeatures {
  /** 1.7: `from.getAsync` in compose. */
  from: boolean;
  /** 1.8: getAttachmentsAsync, getAttachmentContentAsync, internetHeaders. */
  attachmentsAndHeaders: boolean;
  /** 1.10: getComposeTypeAsync. */
  composeType: boolean;
  /** 1.11: sessionData (where consents are kept). */
  sessionData: boolean;
  /** 1.14: sendModeOverride, cancelLabel, commandId, contextData in event.completed. */
  smartAlertsOptions: boolean;
  /** 1.15: errorMessageMarkdown. */
  markdownMessage: boolean;
}

function supports(requirements: Requirements | undefined, version: string): boolean {
  try {
    return requirements?.isSetSupported("Mailbox", version) === true;
  } catch {
    return false;
  }
}

export function detectFeatures(requirements: Requirements | undefined): MailboxFeatures {
  return {
    from: supports(requirements, "1.7"),
    attachmentsAndHeaders: supports(requirements, "1.8"),
    composeType: supports(requirements, "1.10"),
    sessionData: supports(requirements, "1.11"),
    smartAlertsOptions: supports(requirements, "1.14"),
    markdownMessage: supports(requirements, "1.15"),
  };
}

/** Every feature on: for callers (tests, the task pane on a known-new client) that skip detection. */
export const ALL_FEATURES: MailboxFeatures = {
  from: true,
  attachmentsAndHeaders: true,
  composeType: true,
  sessionData: true,
  smartAlertsOptions: true,
  markdownMessage: true,
};
