/**
 * Stands in for `entities/decode` in the on-send script (webpack.config.js). htmlparser2's
 * Tokenizer imports the full entity tables (~40 KB) even though we run it with
 * `decodeEntities: false` (html-events.ts decodes with ../text/html-entities): it constructs a
 * decoder but never calls it, and reads the other names only while decoding. So they only have
 * to exist; were decoding ever turned on, the decoder having no methods would fail at once.
 */
export const DecodingMode = {};
export const htmlDecodeTree = null;
export const xmlDecodeTree = null;
export class EntityDecoder {}
