import { isValid, toNormalised, toOutcode } from "postcode";
import type { PostcodeMention } from "./types";

/**
 * Full UK postcodes in text, and postcode → ward lookups from an inline map or from shards loaded
 * by outward code.
 */

/**
 * A candidate: outward code, an optional (possibly non-breaking) space, inward code. Bounded in
 * length, so scanning a text with it is linear. Word boundaries are checked by hand rather than
 * with lookbehind, which classic Outlook's ES2016 runtime lacks.
 */
const CANDIDATE = /[A-Za-z]{1,2}[0-9][A-Za-z0-9]?[ \u00a0]?[0-9][A-Za-z]{2}/g;

/** The letters C, I, K, M, O and V are never used in the last two letters of a postcode. */
const UNIT_LETTERS = /[ABD-HJLNP-UW-Z]{2}$/;

function isAlphanumeric(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/** "gu166aa" → "GU16 6AA"; undefined when it is not a valid full postcode. */
export function normalisePostcode(text: string): string | undefined {
  const candidate = text.trim().replace(/\u00a0/g, " ");
  if (!isValid(candidate)) return undefined;
  const normalised = toNormalised(candidate);
  return normalised !== null && UNIT_LETTERS.test(normalised) ? normalised : undefined;
}

/** Every full UK postcode in the text, with or without the space, any case, in order. */
export function findPostcodes(text: string): PostcodeMention[] {
  const mentions: PostcodeMention[] = [];
  // A long chain repeats the same few postcodes: validate each spelling once.
  const known = new Map<string, { postcode: string | undefined; outward: string | null }>();
  const validate = (raw: string) => {
    let result = known.get(raw);
    if (!result) {
      const postcode = normalisePostcode(raw);
      result = { postcode, outward: postcode === undefined ? null : toOutcode(postcode) };
      known.set(raw, result);
    }
    return result;
  };
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const { postcode, outward } =
      isAlphanumeric(text[start - 1]) || isAlphanumeric(text[end])
        ? { postcode: undefined, outward: null }
        : validate(match[0]);
    if (postcode === undefined || outward === null) {
      // Not a whole word or not valid: another candidate may start inside this one.
      CANDIDATE.lastIndex = start + 1;
      continue;
    }
    mentions.push({ postcode, outward, index: start });
  }
  return mentions;
}

/** Postcode → ward id, from the directory's inline map or from shards by outward code. */
export class PostcodeLookup {
  private readonly wardByPostcode = new Map<string, string>();
  private readonly loadedShards = new Set<string>();
  /** The shard folder ("postcodes/"), or undefined for an inline map (or none). */
  readonly shardFolder: string | undefined;

  constructor(postcodes: Record<string, string> | string | undefined) {
    if (typeof postcodes === "string") {
      this.shardFolder = postcodes;
    } else {
      this.shardFolder = undefined;
      if (postcodes) this.addAll(postcodes);
    }
  }

  wardFor(postcode: string): string | undefined {
    const normalised = normalisePostcode(postcode);
    return normalised === undefined ? undefined : this.wardByPostcode.get(normalised);
  }

  /** Outward codes of these postcodes whose shard is not loaded yet, each once, in order. */
  missingShards(postcodes: readonly PostcodeMention[]): string[] {
    if (this.shardFolder === undefined) return [];
    const missing = new Set<string>();
    for (const { outward } of postcodes) {
      if (!this.loadedShards.has(outward.toUpperCase())) missing.add(outward.toUpperCase());
    }
    return [...missing];
  }

  /** The shard file for an outward code, relative to directory.json ("postcodes/GU16.json"). */
  shardFile(outward: string): string | undefined {
    return this.shardFolder === undefined
      ? undefined
      : `${this.shardFolder}${outward.toUpperCase()}.json`;
  }

  addShard(outward: string, postcodes: Record<string, string>): void {
    this.loadedShards.add(outward.trim().toUpperCase());
    this.addAll(postcodes);
  }

  private addAll(postcodes: Record<string, string>): void {
    for (const [postcode, wardId] of Object.entries(postcodes)) {
      const normalised = normalisePostcode(postcode);
      if (normalised !== undefined) this.wardByPostcode.set(normalised, wardId);
    }
  }
}
