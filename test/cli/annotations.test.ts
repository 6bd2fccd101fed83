import { describe, expect, it } from "vitest";
import { githubAnnotation, sarifLog } from "../../generator/cli/annotations.js";
import type { Diagnostic } from "../../generator/diagnostics.js";

const place = (file: string, line: number) => ({ file, start: { line, column: 3 }, end: { line, column: 9 } });
const warning: Diagnostic = { code: "unknown-type", severity: "warning", message: "Unexpected type `x`\n::error::pwned, 100%", place: place("docs/a,b:c.md", 12) };
const error: Diagnostic = { code: "no-methods", severity: "error", message: "No methods", place: place("docs/z.md", 1), related: { message: "first", place: place("docs/y.md", 4) } };

describe("CI formats", () => {
  it("writes GitHub annotations with every value escaped, so page text cannot end or start a command", () => {
    expect(githubAnnotation(warning)).toBe("::warning file=docs/a%2Cb%3Ac.md,line=12,col=3,endLine=12,endColumn=9,title=unknown-type::Unexpected type `x`%0A::error::pwned, 100%25");
    expect(githubAnnotation(error)).toBe("::error file=docs/z.md,line=1,col=3,endLine=1,endColumn=9,title=no-methods::No methods (first: docs/y.md:4)");
    expect(githubAnnotation({ ...warning, severity: "info", message: "m" })).toMatch(/^::notice /);
  });

  it("writes SARIF 2.1.0 with rules, levels and regions", () => {
    const log = sarifLog([warning, error], "1.2.3") as { version: string; runs: { tool: { driver: { rules: { id: string }[]; version: string } }; results: Record<string, unknown>[] }[] };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.tool.driver).toMatchObject({ version: "1.2.3", rules: [{ id: "no-methods" }, { id: "unknown-type" }] });
    expect(log.runs[0]!.results[0]).toMatchObject({ ruleId: "unknown-type", ruleIndex: 1, level: "warning", locations: [{ physicalLocation: { artifactLocation: { uri: "docs/a,b:c.md" }, region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 9 } } }] });
    expect(log.runs[0]!.results[1]).toMatchObject({ level: "error", relatedLocations: [{ physicalLocation: { artifactLocation: { uri: "docs/y.md" } } }] });
  });
});
