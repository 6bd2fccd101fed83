import { describe, expect, it } from "vitest";
import { parsePage } from "../support/parse-any.js";
import { renderingOf, toMarkdown } from "../../generator/parse/renderings/index.js";

const CLEANED = [
  "Close a session",
  "Ends the current session of the signed-in user.",
  "Method name",
  "AuthenticationClient.closeSession",
  "Request parameters",
  "| Name | Type | Required | Description |",
  "|---|---|---|---|",
  "| sessionId | string | Yes | Which session |",
  "Sample code",
  "ts",
  "const client = new AuthenticationClient({});",
  "// Request parameters are below",
  "await client.closeSession({ sessionId: \"s1\" });Request response",
  "Type: ClosedRespDto",
  "| Name | Type | Description |",
  "|---|---|---|",
  "| statusCode | number | Status |",
  "| data | <a ClosedDto | Result |",
  "Sample result:",
  "json",
  "{",
  "\"statusCode\": 200",
  "}Data structure",
  "ClosedDto",
  "| Name | Type | Required | Description |",
  "|---|---|---|---|",
  "| closed | boolean | yes | Whether it was closed |",
].join("\n");

const WEBSITE = [
  "Docs home", "  • SDK", "    • Node.js",
  "¶ Close a session",
  "Update time: 2026-01-01 00:00:00",
  "Edit",
  "Ends the current session.",
  "¶ Method name",
  "AuthenticationClient.close_session",
  "¶ Request parameters",
  "NameType",
  "Required",
  "Default value",
  "Description",
  "Sample value",
  "sessionIdstringYes-Which session to closes1",
  "modestringNofastHow to close it, one of:",
  "- fast: at once",
  "- slow: after the last request",
  "optionsCloseOptionsDtoNo-More options",
  "",
  "¶ Request response",
  "Type: ClosedRespDto",
  "NameTypeDescription",
  "statusCodenumberStatus of the call",
  "dataClosedDtoResult",
  "Example result:",
  "{",
  "  \"statusCode\": 200",
  "}",
  "¶ Data structure",
  "¶ ClosedDto",
  "NameType",
  "Is it required",
  "Description",
  "closedbooleanyesWhether it was closed",
  "¶ CloseOptionsDto",
  "NameType",
  "Is it required",
  "Description",
  "forcebooleannoSkip the checks",
  "Previous article: Open a session",
  "¶ Footer heading that is not read",
].join("\n");

const fields = (markdown: string, file: string) => {
  const { page, diagnostics } = parsePage(markdown, file);
  return {
    page,
    diagnostics,
    request: page.request?.table?.rows.map((row) => [row.cells.name?.text, row.cells.type?.text ?? row.cells.type?.anchors[0], row.cells.required?.text ?? null, row.place.start.line]),
    response: page.response?.table?.rows.map((row) => [row.cells.name?.text, row.cells.type?.anchors[0] ?? row.cells.type?.text]),
    dtos: page.dtos?.map((dto) => [dto.name.text, dto.table?.rows.map((row) => row.cells.name?.text)]),
  };
};

describe("renderings", () => {
  it("tells the forms apart", () => {
    expect(renderingOf(CLEANED.split("\n"))).toBe("cleaned");
    expect(renderingOf(WEBSITE.split("\n"))).toBe("website");
    expect(renderingOf(["# Title", "", "## Method name"])).toBe("markdown");
    expect(toMarkdown("# Title\n\n## Method name\n")).toMatchObject({ lineOf: null, rendering: "markdown" });
  });

  it("reads a cleaned rendering: labels on their own lines or glued to code, unfenced code, broken links, a DTO name before its table", () => {
    const { page, request, response, dtos, diagnostics } = fields(CLEANED, "docs/close.md");
    expect(diagnostics).toEqual([]);
    expect(page.title?.text).toBe("Close a session");
    expect(page.method?.method).toBe("closeSession");
    expect(request).toEqual([["sessionId", "string", "Yes", 8]]);
    expect(page.response?.typeName?.text).toBe("ClosedRespDto");
    expect(response).toEqual([["statusCode", "number"], ["data", "ClosedDto"]]);
    expect(page.response?.example?.text).toBe('{\n"statusCode": 200\n}');
    expect(dtos).toEqual([["ClosedDto", ["closed"]]]);
  });

  it("reads website text: navigation and footer dropped, ¶ headings, glued header and row cells split by what the page says, continued cells joined", () => {
    const { page, request, response, dtos } = fields(WEBSITE, "docs/close.md");
    expect(page.title?.text).toBe("Close a session");
    expect(page.description).toBe("Ends the current session.");
    expect(page.method?.method).toBe("close_session");
    expect(request).toEqual([
      ["sessionId", "string", "Yes", 16],
      ["mode", "string", "No", 17],
      ["options", "CloseOptionsDto", "No", 20],
    ]);
    const mode = page.request!.table!.rows[1]!;
    expect(mode.cells.default?.text).toBe("fast");
    expect(mode.cells.description?.text).toBe("How to close it, one of:\n- `fast`: at once\n- `slow`: after the last request");
    expect(response).toEqual([["statusCode", "number"], ["data", "ClosedDto"]]);
    expect(page.response?.example?.text).toBe('{\n  "statusCode": 200\n}');
    expect(dtos).toEqual([["ClosedDto", ["closed"]], ["CloseOptionsDto", ["force"]]]);
  });

  it("warns where a sample value may be glued to a description, at the table's first row", () => {
    const { diagnostics } = parsePage(WEBSITE, "docs/close.md");
    expect(diagnostics.map((item) => [item.code, item.place.start.line])).toEqual([["table-repaired", 16]]);
  });

  it("warns when a page names a method but none is made from it", () => {
    const { page, diagnostics } = parsePage("# A guide\n\nCall `AuthenticationClient.closeSession` when the user leaves.\n", "docs/guide.md");
    expect(page.kind).toBe("skipped");
    expect(diagnostics).toMatchObject([{ severity: "warning", code: "no-method-found", place: { start: { line: 3 } } }]);
    expect(diagnostics[0]!.message).toContain("`AuthenticationClient.closeSession`");
  });
});
