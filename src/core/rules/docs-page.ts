/**
 * Where a rule's documentation page is served, relative to the add-in's pages (the build renders
 * docs/rules/<rule-id>.md there): the task pane's findings and the admin page's rule cards link
 * to it.
 */
export function ruleDocsPage(ruleId: string): string {
  return `docs/rules/${encodeURIComponent(ruleId)}.html`;
}
