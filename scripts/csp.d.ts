// Types for scripts/csp.js (plain Node, run without a build step), for the tests.
export function contentSecurityPolicy(page: string): string;
export function withPolicyMeta(html: string, page: string): string;
export const PAGES_WITH_SCHEMA_CHECKS: ReadonlySet<string>;
