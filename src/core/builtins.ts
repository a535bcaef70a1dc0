/**
 * Stand-ins for the built-ins newer than ES2016 that core, office and the on-send handler would
 * otherwise use. Classic Outlook before build 2403 runs the on-send script on an ES2016 engine:
 * `Object.entries` or `Array.prototype.flatMap` there is `undefined`, and calling it throws on
 * every Send. Lint (eslint.config.mjs) refuses the later built-ins in those folders, and
 * tests/build/es2016-runtime.test.ts runs the built script with them deleted.
 */

/** `Object.entries` (ES2017). */
export function entriesOf<T>(object: Readonly<Record<string, T>>): [string, T][] {
  return Object.keys(object).map((key): [string, T] => [key, object[key] as T]);
}

/** `Object.fromEntries` (ES2019). */
export function fromEntries<T>(pairs: readonly (readonly [string, T])[]): Record<string, T> {
  const object: Record<string, T> = {};
  for (const [key, value] of pairs) object[key] = value;
  return object;
}

/** `list.flatMap(each)` (ES2019), for callbacks that return arrays. */
export function flatMap<T, U>(list: readonly T[], each: (item: T) => readonly U[]): U[] {
  const flat: U[] = [];
  for (const item of list) for (const value of each(item)) flat.push(value);
  return flat;
}
