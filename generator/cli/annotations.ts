import type { Diagnostic } from "../diagnostics.js";

/**
 * A diagnostic as a GitHub Actions workflow command, which the run shows as an
 * annotation on the file and line: `::warning file=…,line=…,col=…,title=code::message`.
 * Values are escaped as GitHub asks, so text from pages can never end the
 * command or start another.
 *
 * @param item A diagnostic.
 * @returns One line.
 */
export function githubAnnotation(item: Diagnostic): string {
  const level = item.severity === "error" ? "error" : item.severity === "warning" ? "warning" : "notice";
  const { file, start, end } = item.place;
  const properties = [`file=${property(file)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, `title=${property(item.code)}`];
  const related = item.related ? ` (${item.related.message}: ${item.related.place.file}:${item.related.place.start.line})` : "";
  return `::${level} ${properties.join(",")}::${data(item.message + related)}`;
}

function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function property(text: string): string {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * Diagnostics as a SARIF 2.1.0 log, for code-scanning tools.
 *
 * @param diagnostics The problems.
 * @param version doc2sdk's version.
 * @returns The SARIF document.
 */
export function sarifLog(diagnostics: readonly Diagnostic[], version: string): object {
  const rules = [...new Set(diagnostics.map((item) => item.code))].sort();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "doc2sdk", version, informationUri: "https://www.npmjs.com/package/doc2sdk", rules: rules.map((id) => ({ id })) } },
        results: diagnostics.map((item) => ({
          ruleId: item.code,
          ruleIndex: rules.indexOf(item.code),
          level: item.severity === "error" ? "error" : item.severity === "warning" ? "warning" : "note",
          message: { text: item.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: item.place.file },
                region: { startLine: item.place.start.line, startColumn: item.place.start.column, endLine: item.place.end.line, endColumn: item.place.end.column },
              },
            },
          ],
          ...(item.related
            ? { relatedLocations: [{ message: { text: item.related.message }, physicalLocation: { artifactLocation: { uri: item.related.place.file }, region: { startLine: item.related.place.start.line, startColumn: item.related.place.start.column } } }] }
            : {}),
        })),
      },
    ],
  };
}
