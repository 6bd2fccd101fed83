import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isLinkTemplate } from "../../generator/parse/guide-operations.js";
import type { PageModel } from "../../generator/page.js";
import { parsePage } from "../../generator/parse/page.js";
import { CORPUS } from "../support/paths.js";

const ENDPOINT_PAGE = `# Sessions

## End sessions on the server

- Interface description: Ends the sessions of some users.
- Interface address: \`POST\` \`https://<your domain>.example.com/api/apps/:appId/end-sessions\`
- Request header:

| Parameter | Type | Required | Description |
| --- | --- | --- | --- |
| x-authing-userpool-id | string | Yes | Pool. |

- Request parameters:

| Parameter | Type | Required | Description |
| --- | --- | --- | --- |
| userIds | string[] | Yes | Users. |
| appId | string | Yes | App. |

- Return data:

\`\`\`json
{ "code": 200 }
\`\`\`
`;

describe("guide operations", () => {
  it("reads an endpoint's verb, URL, header table, parameter table and example", () => {
    const { page: parsed, diagnostics } = parsePage(ENDPOINT_PAGE, "guide.md");
    const page = operationsOf(parsed);
    expect(parsed.kind).toBe("guide");
    expect(diagnostics).toEqual([]);
    expect(page.endpoints).toHaveLength(1);
    const [endpoint] = page.endpoints;
    expect(endpoint!.verb.text).toBe("POST");
    expect(endpoint!.url.text).toBe("https://<your domain>.example.com/api/apps/:appId/end-sessions");
    expect(endpoint!.url.place.start.line).toBe(6);
    expect(endpoint!.heading?.text).toBe("End sessions on the server");
    expect(endpoint!.description).toBe("Ends the sessions of some users.");
    expect(endpoint!.headers?.rows.map((row) => row.cells.name?.text)).toEqual(["x-authing-userpool-id"]);
    expect(endpoint!.parameters?.rows.map((row) => row.cells.name?.text)).toEqual(["userIds", "appId"]);
    expect(endpoint!.example?.text).toBe('{ "code": 200 }');
  });

  it("reads the labels in Chinese", () => {
    const chinese = ENDPOINT_PAGE.replace("Interface description", "接口描述")
      .replace("Interface address: ", "接口地址：")
      .replace("Request header", "请求头")
      .replace("Request parameters", "请求参数")
      .replace("Return data", "返回数据");
    const { page: parsed } = parsePage(chinese, "guide.md");
    const page = operationsOf(parsed);
    expect(page.endpoints[0]).toMatchObject({ verb: { text: "POST" }, description: "Ends the sessions of some users." });
    expect(page.endpoints[0]!.parameters?.rows).toHaveLength(2);
    expect(page.endpoints[0]!.example).not.toBeNull();
  });

  it("warns with a position when the address has no verb", () => {
    const { page: parsed, diagnostics } = parsePage("# G\n\n- Interface address: `https://x/api/y`\n", "guide.md");
    const page = operationsOf(parsed);
    expect(page.endpoints).toEqual([]);
    const warning = diagnostics.find((found) => found.code === "endpoint-address");
    expect(warning).toMatchObject({ severity: "warning", message: expect.stringContaining("`https://x/api/y`, expected a verb"), place: { start: { line: 3, column: 3 } } });
  });

  it("finds a link template with a placeholder, and not a plain URL", () => {
    const text = "# G\n\n## Sign out\n\nVisit `https://app.example.com/logout?redirect_uri={{CALLBACK}}` or `https://app.example.com/u`.\n";
    const { page: parsed, diagnostics } = parsePage(text, "guide.md");
    const page = operationsOf(parsed);
    expect(page.links.map((link) => link.url.text)).toEqual(["https://app.example.com/logout?redirect_uri={{CALLBACK}}"]);
    expect(page.links[0]!.heading?.text).toBe("Sign out");
    expect(diagnostics.map((found) => found.code)).not.toContain("guide-skipped");
  });

  it("reads nothing from method pages or guides without endpoints", () => {
    const { page: parsed, diagnostics } = parsePage("# Intro\n\nSee `https://x.example.com/a?b=1`.\n", "guide.md");
    const page = operationsOf(parsed);
    expect(page.endpoints).toEqual([]);
    expect(page.links).toEqual([]);
    expect(diagnostics.map((found) => found.code)).toEqual(["guide-skipped"]);
  });

  it("reads the upstream logout guide as written", () => {
    const file = path.join(CORPUS, "genauth-docs", "docs/guides/basics/authenticate-first-user/how-to-logout-user.md");
    const { page: parsed } = parsePage(readFileSync(file, "utf8"), "how-to-logout-user.md");
    const page = operationsOf(parsed);
    expect(page.endpoints.map((endpoint) => `${endpoint.verb.text} ${endpoint.url.text}`)).toEqual(["POST https://<your application domain name>.genauth.ai/api/applications/:appId/kick-active-users"]);
    expect(page.endpoints[0]!.headers?.rows).toHaveLength(2);
    expect(page.links.map((link) => link.url.text)).toEqual(["https://appdomain.genauth.ai/login/profile/logout?redirect_uri={{CALLBACK_URL}}"]);
  });
});

describe("isLinkTemplate", () => {
  it("wants an absolute URL with a placeholder or empty value in its query", () => {
    expect(isLinkTemplate("https://app/logout?redirect_uri={{CALLBACK_URL}}")).toBe(true);
    expect(isLinkTemplate("https://app/logout?redirect_uri=")).toBe(true);
    expect(isLinkTemplate("https://app/authorize?client_id=<id>&scope=openid")).toBe(true);
    expect(isLinkTemplate("https://app/u?tab=1")).toBe(false);
    expect(isLinkTemplate("/logout?redirect_uri=")).toBe(false);
    expect(isLinkTemplate("https://app/logout?=x")).toBe(false);
  });
  it("reads a long query with many `=` without backtracking (a nested regular expression would hang here)", () => {
    expect(isLinkTemplate(`https://h/p?${"a=b=".repeat(5000)}!`)).toBe(false);
  });
});

/** The endpoints and links a page documents: none unless it is a guide. */
function operationsOf(page: PageModel): Pick<Extract<PageModel, { kind: "guide" }>, "endpoints" | "links"> {
  return page.kind === "guide" ? page : { endpoints: [], links: [] };
}
