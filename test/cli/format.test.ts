import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/cli/format.js";

describe("formatDiagnostic", () => {
  const at = (file: string) => ({ file, start: { line: 2, column: 3 }, end: { line: 2, column: 4 } });
  it("prints echoed text on one line: control characters and line ends become visible escapes", () => {
    const line = formatDiagnostic({ code: "x", severity: "warning", message: "Unexpected `a\n::error file=x::pwned\r\u2028\u001b[2J`", place: at("docs/a\nb.md") });
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toBe("docs/a\\u000ab.md:2:3: warning: Unexpected `a\\u000a::error file=x::pwned\\u000d\\u2028\\u001b[2J` [x]");
  });
  it("never starts a line like a CI command", () => {
    expect(formatDiagnostic({ code: "x", severity: "error", message: "m", place: at("::error::x.md") })).toBe("./::error::x.md:2:3: error: m [x]");
  });
});
