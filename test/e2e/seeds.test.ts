import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateFrom } from "../support/generate-from.js";
import { ROOT, SCRATCH } from "../support/paths.js";
import { signatureOf } from "../support/signature.js";

const SEEDS = path.resolve(ROOT, "..", "shared", "seeds");
const WORK = path.join(SCRATCH, "seeds");
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** Copy one seed, unchanged, into a folder of its own as a `.md` page, as a new user would, and generate from it alone. */
async function generateSeed(prefix: string) {
  const seed = readdirSync(SEEDS).find((name) => name.startsWith(`${prefix}_`));
  if (!seed) throw new Error(`seed ${prefix} is missing in ${SEEDS}`);
  const folder = path.join(WORK, prefix);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(path.join(SEEDS, seed), path.join(folder, "page.md"));
  const result = await generateFrom(folder);
  expect(result.diagnostics.filter((item) => item.severity === "error")).toEqual([]);
  expect(result.files).not.toBeNull();
  return result;
}

describe("the five seed renderings", () => {
  it("000 (website text, Python page), 001 (markdown source) and 002 (cleaned rendering) give the same deleteAccount", async () => {
    const [website, source, cleaned] = await Promise.all(["000", "001", "002"].map(generateSeed));
    const expected = signatureOf(source!.ir, "AuthenticationClient", "deleteAccount");
    expect(expected).toEqual({
      params: { deleteAccountToken: "string" },
      returns: { statusCode: "number", message: "string", "apiCode?": "number", "requestId?": "string", data: { success: "boolean" } },
    });
    expect(signatureOf(cleaned!.ir, "AuthenticationClient", "deleteAccount")).toEqual(expected);
    expect(signatureOf(website!.ir, "AuthenticationClient", "deleteAccount")).toEqual(expected);
    expect(website!.ir.clients[0]!.methods[0]!.documentedName).toBe("delete_account");
  });

  it("003 (website text) gives the same resetUserPrincipalAuthenticationInfo as the docs-input page, with the seven userIdType values", async () => {
    const [website, docsInput] = await Promise.all([generateSeed("003"), generateFrom(path.join(ROOT, "docs-input"))]);
    const signature = signatureOf(website.ir, "ManagementClient", "resetUserPrincipalAuthenticationInfo");
    expect(signature).toEqual(signatureOf(docsInput.ir, "ManagementClient", "resetUserPrincipalAuthenticationInfo"));
    expect(signature.params).toEqual({ userId: "string", "options?": { "userIdType?": { enum: ["user_id", "phone", "email", "username", "external_id", "identity", "sync_relation"] } } });
  });

  it("004 (the logout guide, website text) gives kickActiveUsers with both parameters and buildLogoutUrl", async () => {
    const guide = await generateSeed("004");
    const kick = guide.ir.clients.find((client) => client.name === "ManagementClient")!.methods.find((method) => method.name === "kickActiveUsers")!;
    expect(kick.http).toMatchObject({ verb: "POST", path: "/api/applications/{appId}/kick-active-users", pathParameters: ["appId"] });
    expect(signatureOf(guide.ir, "ManagementClient", "kickActiveUsers")).toEqual({ params: { userIds: ["string"], appId: "string" }, returns: { "code?": "number", "message?": "string" } });
    expect(kick.exampleResult).toMatch(/^\{[\s\S]*\}$/);
    expect(kick.exampleResult).not.toContain("Force user offline");
    const logout = guide.ir.clients.find((client) => client.name === "AuthenticationClient")!.methods.find((method) => method.name === "buildLogoutUrl")!;
    expect(logout).toMatchObject({ kind: "link", http: { path: "/login/profile/logout", wireNames: [{ parameter: "redirectUri", wire: "redirect_uri" }] } });
  });
});
