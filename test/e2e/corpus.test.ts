import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { IrEnumType, IrMethod, IrObjectType, IrSdk } from "../../generator/ir.js";
import { generateFrom } from "../support/generate-from.js";
import { CORPUS, SCRATCH } from "../support/paths.js";
import { typecheckPackage } from "../support/typecheck.js";

const FOLDERS = {
  node: "genauth-docs/docs/reference/sdk/node",
  python: "genauth-docs/docs/reference/sdk/python",
  chinese: "authing-docs-factory",
  guides: "genauth-docs/docs/guides",
  all: ".",
} as const;

if (!existsSync(CORPUS)) throw new Error(`The shared corpus is missing at ${CORPUS}; it must sit beside the clone`);
const results = Object.fromEntries(await Promise.all(Object.entries(FOLDERS).map(async ([key, folder]) => [key, await generateFrom(path.join(CORPUS, folder))] as const)));

function method(ir: IrSdk, client: string, name: string): IrMethod {
  const found = ir.clients.find((item) => item.name === client)?.methods.find((item) => item.name === name);
  if (!found) throw new Error(`no ${client}.${name}`);
  return found;
}
function object(ir: IrSdk, name: string): IrObjectType {
  const found = ir.types.find((type) => type.name === name);
  if (found?.kind !== "object") throw new Error(`no object ${name}`);
  return found;
}
function fieldsOf(ir: IrSdk, name: string): [string, string, boolean][] {
  return object(ir, name).fields.map((field) => [field.name, field.type.kind === "named" ? field.type.name : field.type.kind === "primitive" ? field.type.name : field.type.kind, field.required]);
}

describe("shared corpus", () => {
  describe.each(Object.keys(FOLDERS))("%s", (key) => {
    const result = results[key]!;
    it("parses every method page with zero errors, each warning positioned", () => {
      expect(result.diagnostics.filter((item) => item.severity === "error")).toEqual([]);
      for (const item of result.diagnostics) expect(item.place.start.line).toBeGreaterThan(0);
      expect(result.files).not.toBeNull();
    });
    it("type-checks under strict", () => {
      expect(typecheckPackage(result.files!, path.join(SCRATCH, `corpus-${key}`))).toEqual([]);
    });
  });

  it("merges the same method documented twice, with a note", () => {
    const duplicates = results.node!.diagnostics.filter((item) => item.code === "duplicate-method");
    expect(duplicates.length).toBeGreaterThan(0);
    expect(duplicates.every((item) => item.related !== undefined)).toBe(true);
  });

  it("checks method signatures against their pages", () => {
    const node = results.node!.ir;
    const chinese = results.chinese!.ir;
    const python = results.python!.ir;
    // 1. deleteAccount: one required string
    expect(fieldsOf(node, method(node, "AuthenticationClient", "deleteAccount").parametersType!)).toEqual([["deleteAccountToken", "string", true]]);
    expect(method(node, "AuthenticationClient", "deleteAccount").returns).toEqual({ kind: "named", name: "IsSuccessRespDto" });
    // 2. resetUserPrincipalAuthenticationInfo: userId required, options optional DTO with the userIdType enum
    const reset = method(node, "ManagementClient", "resetUserPrincipalAuthenticationInfo");
    expect(fieldsOf(node, reset.parametersType!)).toEqual([["userId", "string", true], ["options", "ResetUserPrincipalAuthenticationInfoOptionsDto", false]]);
    expect(object(node, "ResetUserPrincipalAuthenticationInfoOptionsDto").fields[0]!.type).toEqual({ kind: "literal-union", values: ["user_id", "phone", "email", "username", "external_id", "identity", "sync_relation"] });
    // 3. the Python page's snake_case name becomes camelCase
    expect(method(python, "AuthenticationClient", "deleteAccount").documentedName).toBe("delete_account");
    expect(method(python, "ManagementClient", "resetUserPrincipalAuthenticationInfo").documentedName).toBe("reset_user_principal_authentication_info");
    // 4. signInByCredentials: connection enum, nested payload DTOs optional
    const signIn = fieldsOf(node, method(node, "AuthenticationClient", "signInByCredentials").parametersType!);
    expect(signIn.slice(0, 2)).toEqual([["connection", "literal-union", true], ["passwordPayload", "SignInByPasswordPayloadDto", false]]);
    // 5. getUserAuthResourceStruct: the page names its parameter type; the response nests an enum table
    const struct = method(node, "AuthenticationClient", "getUserAuthResourceStruct");
    expect(struct.parametersType).toBe("GetUserAuthResourceStructDto");
    expect(node.types.find((type) => type.name === "ResourceType")).toMatchObject({ kind: "enum" });
    expect((node.types.find((type) => type.name === "ResourceType") as IrEnumType).members.map((member) => member.value)).toEqual(["STRING", "ARRAY", "TREE"]);
    expect(fieldsOf(node, "GetUserAuthResourceStructDataDto")[2]).toEqual(["resourceType", "ResourceType", true]);
    // 6. checkPermissionByArrayResource (Chinese): string[] parameter, array of nested DTO in the response
    expect(fieldsOf(chinese, method(chinese, "AuthenticationClient", "checkPermissionByArrayResource").parametersType!)).toEqual([["resources", "array", true], ["action", "string", true]]);
    expect(object(chinese, "CheckResourcePermissionDataDto").fields[0]!.type).toEqual({ kind: "array", items: { kind: "named", name: "CheckResourcePermissionRespDto" } });
    // 7. getSecurityLevel (Chinese): no parameters, GET by the rule
    const security = method(chinese, "AuthenticationClient", "getSecurityLevel");
    expect(security.parametersType).toBeNull();
    expect(security.http).toMatchObject({ verb: "GET", path: "/api/v3/get-security-info" });
    // 8. bindEmail (Chinese): two required strings, POST
    const bindEmail = method(chinese, "AuthenticationClient", "bindEmail");
    expect(fieldsOf(chinese, bindEmail.parametersType!)).toEqual([["passCode", "string", true], ["email", "string", true]]);
    expect(bindEmail.http.verb).toBe("POST");
    // 9. getProfile: the `is` required cell read as yes in UserDto
    expect(fieldsOf(node, "UserDto")[0]).toEqual(["userId", "string", true]);
    // 10. getExtidps: named from the file name, no parameters; its `data | array` is the one DTO the page defines and never links
    const extIdps = method(node, "AuthenticationClient", "getExtidps");
    expect(extIdps.parametersType).toBeNull();
    expect(object(node, "GetExtIdpsRespDto").fields.find((field) => field.name === "data")!.type).toEqual({ kind: "array", items: { kind: "named", name: "ExtIdpInfoDto" } });
    // 11. signin pages whose LoginTokenResponseDataDto is an include: the page that documents it wins the merge
    expect(object(node, "LoginTokenResponseDataDto").open).toBe(false);
  });
});
