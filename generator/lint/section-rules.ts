import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { PageModel } from "../page.js";

/**
 * Sections a method page should have and does not: a `#` title (the method's
 * summary) and a request-parameter section (empty when the method takes none).
 * A missing response section is reported by lowering.
 *
 * @param pages Page models.
 * @returns One warning per missing section, at the method name.
 */
export function missingSections(pages: readonly PageModel[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const page of pages) {
    if (page.kind !== "method" || !page.method) continue;
    const name = `${page.method.client}.${page.method.method}`;
    if (!page.title) found.push(diagnostic("warning", "missing-section", `Missing \`# Title\` on the page of \`${name}\`, expected one line that summarises the method`, page.method.place));
    if (!page.request) {
      found.push(diagnostic("warning", "missing-section", `Missing request-parameter section on the page of \`${name}\`, expected \`## Request parameters\` (with no table when the method takes none)`, page.method.place));
    }
  }
  return found;
}
