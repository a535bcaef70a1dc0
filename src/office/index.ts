/** The Office adapter's public surface: the only code that touches Office.* (task pane and on-send handler). */
export { officeCall, OfficeCallError, type OfficeAsyncResult, type OfficeCallback } from "./async";
export {
  detectFeatures,
  ALL_FEATURES,
  type MailboxFeatures,
  type Requirements,
} from "./requirements";
export { withTimeout, type Timers } from "./timers";
export { readDraft, toComposeType, HTML_COERCION, type ReadDraftOptions } from "./read-draft";
export { readEmlHeaders, decodeEncodedWords } from "./eml-headers";
export {
  CONSENT_HEADER,
  CONSENT_SESSION_KEY,
  consentHeaderValue,
  parseConsents,
  asciiJson,
} from "./consents";
export {
  MAX_RECIPIENTS_PER_CALL,
  addRecipients,
  setRecipients,
  getRecipients,
  toRecipient,
  RecipientsNotRestoredError,
  type OfficeRecipient,
  type OfficeRecipientInput,
} from "./recipients";
export {
  applyFixToItem,
  undoFixOnItem,
  writeConsents,
  FixIncompleteError,
  ChangedSinceError,
  type AppliedFix,
  type ApplyFixOptions,
  type FixUndo,
} from "./apply-fix";
export {
  ConfigLoader,
  describeError,
  POLICY_PATH,
  DIRECTORY_PATH,
  type ConfigLoadResult,
  type ConfigLoaderOptions,
  type ConfigSource,
  type FetchLike,
  type FetchResponseLike,
  type KeyValueStorage,
  type LoadedConfig,
} from "./config-loader";
export { checkWithShards, type DraftCheckResult } from "./check-draft";
export {
  ComposeSession,
  type ComposeContext,
  type DraftCheck,
  type PolicyState,
} from "./compose-session";
