import { describe, expect, it } from "vitest";
import { sampleCall } from "../../generator/lower/sample-call.js";

const SAMPLE = `import { AuthenticationClient } from "sdk";

const authenticationClient = new AuthenticationClient({ appId: "APP_ID" });

(async () => {
  authenticationClient.setAccessToken("TOKEN");
  const result = await authenticationClient.deleteAccount({
    // the token from the verification step
    deleteAccountToken: "x)x(",
    extra: { nested: [1, 2] },
  });
  console.log(JSON.stringify(result, null, 2));
})();`;

describe("sampleCall", () => {
  it("keeps the call statement, its comments and nested brackets, dedented, without the setup", () => {
    expect(sampleCall(SAMPLE, "deleteAccount")).toBe(
      'const result = await authenticationClient.deleteAccount({\n  // the token from the verification step\n  deleteAccountToken: "x)x(",\n  extra: { nested: [1, 2] },\n});',
    );
  });
  it("adds the semicolon a one-line call leaves out", () => {
    expect(sampleCall("await client.getProfile()", "getProfile")).toBe("await client.getProfile();");
  });
  it("gives nothing when the sample does not call the method, or never closes the call", () => {
    expect(sampleCall(SAMPLE, "getProfile")).toBeNull();
    expect(sampleCall("client.deleteAccount({ a: 1", "deleteAccount")).toBeNull();
  });
  it("finds the first line that calls the method, with spaces but no line break before the parenthesis, in any line endings", () => {
    expect(sampleCall("// client.deleteAccount\nclient.deleteAccount\n();\nconst r = await client.deleteAccount \t({\r\n  a: 1,\r\n});\r\n", "deleteAccount")).toBe("const r = await client.deleteAccount \t({\n  a: 1,\n});");
    expect(sampleCall("client.deleteAccountLater()", "deleteAccount")).toBeNull();
  });
});
