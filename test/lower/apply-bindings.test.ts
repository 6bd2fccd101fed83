import { describe, expect, it } from "vitest";
import { analyse } from "../../generator/analyse.js";
import { parseBindings } from "../../generator/parse/bindings.js";

const PAGE = (method: string, file: string) => ({
  file,
  text: ["# T", "", "## Method name", "", "`" + method + "`", "", "## Request parameters", "", "| Name | Type | Required | Description |", "| - | - | - | - |", "| deviceId | string | Yes | d |", "", "## Request response", "", "Type: `string`", ""].join("\n"),
});
const pages = [PAGE("AuthenticationClient.list", "docs/mydevices-list.md"), PAGE("AuthenticationClient.unbind", "docs/mydevices-unbind.md")];

describe("bindings file", () => {
  it("sets the verb and path of the methods it names, ahead of the rule, with path parameters", () => {
    const { bindings, diagnostics } = parseBindings("AuthenticationClient.list:\n  method: get\n  path: /api/v3/mydevices/list\nAuthenticationClient.unbind:\n  path: /api/v3/mydevices/{deviceId}/unbind\n", "bindings.yaml");
    expect(diagnostics).toEqual([]);
    const { ir } = analyse(pages, { bindings });
    const [list, unbind] = ir.clients[0]!.methods;
    expect(list!.http).toMatchObject({ verb: "GET", path: "/api/v3/mydevices/list", origin: "bindings", parametersIn: "query", idempotent: true });
    expect(unbind!.http).toMatchObject({ verb: "POST", path: "/api/v3/mydevices/{deviceId}/unbind", pathParameters: ["deviceId"], origin: "bindings" });
  });

  it("reads JSON too", () => {
    const { bindings } = parseBindings('{ "AuthenticationClient.list": { "method": "DELETE" } }', "bindings.json");
    expect(analyse(pages, { bindings }).ir.clients[0]!.methods[0]!.http).toMatchObject({ verb: "DELETE", path: "/api/v3/mydevices-list", parametersIn: "query" });
  });

  it("is an error, at its line and column, for an entry that names no documented method or is malformed", () => {
    const text = "AuthenticationClient.nosuch:\n  method: GET\nbad key:\n  method: GET\nAuthenticationClient.list:\n  method: FETCH\n  verb: GET\nAuthenticationClient.unbind:\n  path: /api/../admin\n";
    const parsed = parseBindings(text, "bindings.yaml");
    const { diagnostics } = analyse(pages, { bindings: parsed.bindings });
    const all = [...parsed.diagnostics, ...diagnostics].map((item) => [item.severity, item.place.file, item.place.start.line, item.place.start.column, item.message.split(",")[0]]);
    expect(all).toEqual(
      expect.arrayContaining([
        ["error", "bindings.yaml", 1, 1, "Unexpected binding for `AuthenticationClient.nosuch`"],
        ["error", "bindings.yaml", 3, 1, "Unexpected key `bad key`"],
        ["error", "bindings.yaml", 5, 1, "Unexpected `verb` for `AuthenticationClient.list`"],
        ["error", "bindings.yaml", 6, 11, "Unexpected HTTP method `FETCH`"],
        ["error", "bindings.yaml", 9, 9, "Unexpected path `/api/../admin`"],
      ]),
    );
  });
});
