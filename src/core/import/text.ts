/** Small text helpers the importers share: cleaning exported text, slugs, email addresses. */

/**
 * The directory schema's email pattern (config/directory.schema.json#/definitions/email): a
 * local part, "@", and a domain with a dot somewhere after its first character and before its
 * last. The domain is read up to its first such dot, then the rest, so no two quantifiers can
 * trade characters and a 60,000-character address is checked in one pass.
 */
export const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;][^\s@<>",;.]*\.[^\s@<>",;]+$/;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  apos: "'",
  quot: '"',
  lt: "<",
  gt: ">",
  nbsp: " ",
};

/**
 * Decodes entities left in text after XML parsing. Some exports encode twice ("St Anne&amp;apos;s"
 * arrives as "St Anne&apos;s"), and CSV files made from web pages carry them too.
 */
export function decodeLeftoverEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (entity, body: string) => {
    const lower = body.toLowerCase();
    const code = lower.startsWith("#x")
      ? parseInt(lower.slice(2), 16)
      : lower.startsWith("#")
        ? parseInt(lower.slice(1), 10)
        : undefined;
    if (code !== undefined)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    return NAMED_ENTITIES[lower] ?? entity;
  });
}

/** Entities decoded, runs of whitespace (non-breaking spaces too) made one space, ends trimmed. */
export function cleanText(text: string): string {
  return decodeLeftoverEntities(text)
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** A lowercase key that ignores case, accents, apostrophes, punctuation and "&" versus "and". */
export function comparableKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "St Anne's & Kingsway" → "st-annes-and-kingsway"; `fallback` when nothing is left. */
export function slugify(text: string, fallback: string): string {
  const slug = comparableKey(text).replace(/ /g, "-");
  return slug === "" ? fallback : slug;
}

/** Hands out ids, never the same one twice: "jane-doe", then "jane-doe-2". */
export class IdAllocator {
  private readonly used = new Set<string>();

  reserve(id: string): void {
    this.used.add(id.toLowerCase());
  }

  isUsed(id: string): boolean {
    return this.used.has(id.toLowerCase());
  }

  allocate(base: string): string {
    let id = base;
    for (let n = 2; this.isUsed(id); n++) id = `${base}-${n}`;
    this.reserve(id);
    return id;
  }
}

/** The directory schema's id pattern. */
export function isValidId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id);
}

/**
 * Addresses in a cell ("a@x.example; b@y.example", "mailto:a@x.example") and the parts that are
 * not addresses. Parts are separated by ";" or ","; a part with spaces counts only when each of
 * its words is an address ("a@x.example b@y.example"), so "jane at x.example" is one bad part.
 */
export function splitEmails(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  const clean = (token: string) => token.replace(/^mailto:/i, "").replace(/^<(.*)>$/, "$1");
  for (const part of decodeLeftoverEntities(text).split(/[;,]/)) {
    const words = part
      .split(/[\s\u00a0]+/)
      .map(clean)
      .filter((word) => word !== "");
    if (words.length === 0) continue;
    if (!words.every((word) => EMAIL.test(word))) {
      invalid.push(words.join(" "));
      continue;
    }
    for (const email of words) {
      if (seen.has(email.toLowerCase())) continue;
      seen.add(email.toLowerCase());
      emails.push(email);
    }
  }
  return { emails, invalid };
}

/** "1 row", "3 rows". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** Today as YYYY-MM-DD (UTC, so the same day wherever the directory is built). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
