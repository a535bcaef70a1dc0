/** jsdom lacks TextEncoder/TextDecoder, which the .eml reader behind the sample drafts uses. */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
