/**
 * Stands in for `entities/decode` in the on-send script (webpack.config.js). htmlparser2's
 * Tokenizer imports the full entity tables (~40 KB) even though we run it with
 * `decodeEntities: false` (html-events.ts decodes with ../text/html-entities), so its decoder is
 * never used: this stub only has to exist.
 */
export const DecodingMode = { Legacy: 0, Strict: 1, Attribute: 2 } as const;
export const htmlDecodeTree = new Uint16Array(0);
export const xmlDecodeTree = new Uint16Array(0);

function decodingIsOff(): never {
  throw new Error("entity decoding is off in this build");
}

export class EntityDecoder {
  startEntity(): void {
    decodingIsOff();
  }
  write(): number {
    return decodingIsOff();
  }
  end(): number {
    return 0;
  }
}
