import path from "node:path";
import { describe, expect, it } from "vitest";
import type { IrObjectType } from "../../generator/ir.js";
import { generateFrom } from "../support/generate-from.js";
import { ROOT, SCRATCH } from "../support/paths.js";
import { typecheckPackage } from "../support/typecheck.js";

const result = await generateFrom("docs-input");
const files = result.files ?? [];

describe("docs-input", () => {
  it("generates with no diagnostics", () => {
    expect(result.diagnostics).toEqual([]);
    expect(files.map((file) => file.path)).toContain("src/authentication-client.gen.ts");
  });

  it("has the documented methods with the documented signatures", () => {
    const auth = files.find((file) => file.path === "src/authentication-client.gen.ts")!.text;
    expect(auth).toContain("deleteAccount(params: DeleteAccountParams, options?: RequestOptions): Promise<IsSuccessRespDto> {");
    expect(auth).toContain("return functions.deleteAccount(this, params, options);");
    expect(auth).toContain("getSecurityLevel(options?: RequestOptions): Promise<GetSecurityInfoRespDto>");
    const authFunctions = files.find((file) => file.path === "src/authentication-client.functions.gen.ts")!.text;
    expect(authFunctions).toContain("export function deleteAccount(client: AuthenticationClientBase, params: DeleteAccountParams, options?: RequestOptions): Promise<IsSuccessRespDto> {");
    expect(authFunctions).toContain('return client.makeRequest<IsSuccessRespDto>({ method: "POST", path: "/api/v3/delete-account", body: params }, options);');
    const management = files.find((file) => file.path === "src/management-client.functions.gen.ts")!.text;
    expect(management).toContain('{ method: "GET", path: "/api/v3/get-user", query: params }');
    const models = files.find((file) => file.path === "src/models.gen.ts")!.text;
    expect(models).toContain('userIdType?: "user_id" | "phone" | "email" | "username" | "external_id" | "identity" | "sync_relation";');
    expect(models).toContain('verifyMethod: "PHONE_PASSCODE" | "EMAIL_PASSCODE" | "PASSWORD";');
    expect(models).toContain("identities?: IdentityDto[];");
    const getUserParams = result.ir.types.find((type) => type.name === "GetUserParams") as IrObjectType;
    expect(getUserParams.fields.find((field) => field.name === "withCustomData")?.default).toEqual({ value: false, text: "false" });
  });

  it("type-checks under strict", () => {
    expect(typecheckPackage(files, path.join(SCRATCH, "docs-input"))).toEqual([]);
  });

  // The committed generated/ is the snapshot: one file each, so a PR diff shows exactly what changed in the client.
  it.each(files.map((file) => [file.path, file.text]))("generated/%s matches (run `npm run generate` after a change)", async (filePath, text) => {
    await expect(text).toMatchFileSnapshot(path.join(ROOT, "generated", filePath));
  });
});
