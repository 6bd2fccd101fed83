import type { SdkDraft } from "../../generator/lower/client-runtime.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { IrMethod, IrObjectType, IrSdk } from "../../generator/ir.js";
import { BASE_MEMBERS, RUNTIME_NAMES, settleIdentifiers } from "../../generator/lower/identifiers.js";
import { ROOT } from "../support/paths.js";

const place = { file: "docs/a.md", start: { line: 3, column: 1 }, end: { line: 3, column: 2 } };
const method = (name: string, parametersType: string | null, returns: string): IrMethod => ({
  name, documentedName: name, kind: "request", summary: "", description: "", parametersType, parametersRequired: false, returns: { kind: "named", name: returns }, exampleResult: null, usage: null, usageSource: null, source: place, alsoDocumentedAt: [], pagination: null,
  http: { verb: "POST", path: "/x", origin: "rule", pathParameters: [], wireNames: [], headers: [], server: null, parametersIn: "body", idempotent: false },
});
const object = (name: string, fieldType = "string"): IrObjectType => ({ kind: "object", name, role: "dto", description: "", open: false, source: place, mergedFrom: [], fields: [{ name: "f", type: fieldType === "string" ? { kind: "primitive", name: "string" } : { kind: "array", items: { kind: "named", name: fieldType } }, required: true, description: "", default: null, example: null, source: place }] });

describe("settleIdentifiers", () => {
  it("renames reserved, built-in and runtime names, base-class members and non-identifiers, everywhere they are referred to, with a warning each", () => {
    const ir: SdkDraft = {
      clients: [{ name: "ApiClient", methods: [method("request", "class", "Promise"), method("get.user", null, "RequestOptions"), method("ok", null, "Promise")] }],
      types: [object("Promise", "class"), object("RequestOptions"), object("class")],
    };
    const { ir: settled, diagnostics } = settleIdentifiers(ir);
    expect(settled.clients.map((client) => client.name)).toEqual(["ApiClient_"]);
    expect(settled.clients[0]!.methods.map((item) => [item.name, item.parametersType, item.returns])).toEqual([
      ["getUser", null, { kind: "named", name: "RequestOptions_" }],
      ["ok", null, { kind: "named", name: "Promise_" }],
      ["request_", "Class", { kind: "named", name: "Promise_" }],
    ]);
    expect(settled.types.map((type) => type.name)).toEqual(["Class", "Promise_", "RequestOptions_"]);
    expect((settled.types[1] as IrObjectType).fields[0]!.type).toEqual({ kind: "array", items: { kind: "named", name: "Class" } });
    expect(diagnostics.map((item) => item.message.replace(/: it .*; emitted as/, " ->"))).toEqual([
      "Unexpected client name `ApiClient` -> `ApiClient_`",
      "Unexpected type name `Promise` -> `Promise_`",
      "Unexpected type name `RequestOptions` -> `RequestOptions_`",
      "Unexpected type name `class` -> `Class`",
      "Unexpected method of `ApiClient` name `get.user` -> `getUser`",
      "Unexpected method of `ApiClient` name `request` -> `request_`",
    ]);
    expect(diagnostics.every((item) => item.severity === "warning" && item.code === "renamed-identifier" && item.place === place)).toBe(true);
  });

  it("appends `_` until the name is free, and leaves a clean IR as the same object", () => {
    const ir: SdkDraft = { clients: [{ name: "AuthenticationClient", methods: [method("constructor", null, "A"), method("constructor_", null, "A")] }], types: [object("A")] };
    expect(settleIdentifiers(ir).ir.clients[0]!.methods.map((item) => item.name)).toEqual(["constructor_", "constructor__"]);
    const clean: SdkDraft = { clients: [{ name: "AuthenticationClient", methods: [method("deleteAccount", null, "A")] }], types: [object("A")] };
    expect(settleIdentifiers(clean).ir).toBe(clean);
  });

  it("knows every name the runtime exports and every member of the client base classes", () => {
    const runtime = path.join(ROOT, "templates", "runtime");
    const index = ["index.ts", "public.ts"].map((file) => readFileSync(path.join(runtime, file), "utf8")).join("\n");
    const exported = [...index.matchAll(/export (?:type )?\{([^}]+)\}/g)].flatMap((match) => match[1]!.split(",").map((name) => name.trim())).filter((name) => name !== "");
    expect(exported.length).toBeGreaterThan(20);
    for (const name of exported) expect(RUNTIME_NAMES.has(name), name).toBe(true);
    for (const file of ["client.ts", "authentication.ts", "management.ts"]) {
      const members = [...readFileSync(path.join(runtime, file), "utf8").matchAll(/^ {2}(?:(?:protected|public|override|async|static|get|set) )*([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\(.*\{$/gm)]
        .map((match) => match[1]!)
        .filter((name) => !["if", "for", "while", "switch", "catch", "return"].includes(name));
      expect(members.length, file).toBeGreaterThan(0);
      for (const name of members) expect(BASE_MEMBERS.has(name), `${file}: ${name}`).toBe(true);
    }
  });
});
