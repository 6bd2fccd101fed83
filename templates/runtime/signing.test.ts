import { describe, expect, it } from "vitest";
import { hmacSha1Base64 } from "./crypto.js";
import { canonicalHeaders, canonicalResource, signatureAuthorization, stringToSign } from "./signing.js";

/** The headers of the test vectors, plus unsigned ones that must not count. */
const VECTOR_HEADERS = {
  accept: "application/json",
  "content-type": "application/json",
  "user-agent": "test-agent/1.0",
  date: "Sun, 22 Nov 2026 10:00:00 GMT",
  "x-genauth-lang": "zh-CN",
  "x-genauth-sdk-version": "gen-auth-node-sdk:1.0.0",
  "x-genauth-signature-method": "HMAC-SHA1",
  "x-genauth-signature-nonce": "9f86d081884c7d659a2feaa0c55ad015",
  "x-genauth-signature-version": "1.0",
};
const KEYS = { accessKeyId: "ak-test", accessKeySecret: "sk-test" };

describe("management API signature", () => {
  it("reproduces the POST test vector", async () => {
    const signed = stringToSign({
      method: "POST",
      path: "/api/v3/reset-user-principal-authentication-info",
      headers: VECTOR_HEADERS,
      parameters: { userId: "6229ffaxxxxxxxxcade3e3d9", options: { userIdType: "user_id" } },
    });
    expect(await signatureAuthorization(KEYS, signed)).toBe("GenAuth ak-test:wPUTx46hPnJo375k2i9C5k4QJiY=");
  });

  it("reproduces the GET test vector, leaving undefined parameters out", async () => {
    const signed = stringToSign({
      method: "GET",
      path: "/api/v3/get-user",
      headers: VECTOR_HEADERS,
      parameters: { withCustomData: true, userId: "6229ffaxxxxxxxxcade3e3d9", userIdType: undefined },
    });
    expect(signed).toBe(
      [
        "GET",
        "date:Sun, 22 Nov 2026 10:00:00 GMT",
        "x-genauth-lang:zh-CN",
        "x-genauth-sdk-version:gen-auth-node-sdk:1.0.0",
        "x-genauth-signature-method:HMAC-SHA1",
        "x-genauth-signature-nonce:9f86d081884c7d659a2feaa0c55ad015",
        "x-genauth-signature-version:1.0",
        "/api/v3/get-user?userId=6229ffaxxxxxxxxcade3e3d9&withCustomData=true",
      ].join("\n"),
    );
    expect(await signatureAuthorization(KEYS, signed)).toBe("GenAuth ak-test:Mf4RAaOA5Ko/xG0JnancPM9c6YQ=");
  });

  it("signs only date and x-genauth-* headers, sorted, values trimmed and line breaks made spaces", () => {
    expect(canonicalHeaders({ "X-GenAuth-B": " two\tparts\n", date: "D", accept: "x", "x-genauth-a": "1" })).toBe("date:D\nx-genauth-a:1\nx-genauth-b:two parts\n");
  });

  it("writes the path alone without parameters, objects as JSON otherwise", () => {
    expect(canonicalResource("/p", undefined)).toBe("/p");
    expect(canonicalResource("/p", { only: undefined })).toBe("/p");
    expect(canonicalResource("/p", { b: [1, 2], a: null, c: { d: "e" } })).toBe('/p?a=null&b=[1,2]&c={"d":"e"}');
  });

  it("computes HMAC-SHA1 as base64 (RFC 2202 test case 2)", async () => {
    expect(await hmacSha1Base64("Jefe", "what do ya want for nothing?")).toBe(btoa(String.fromCharCode(...[0xef, 0xfc, 0xdf, 0x6a, 0xe5, 0xeb, 0x2f, 0xa2, 0xd2, 0x74, 0x16, 0xd5, 0xf1, 0x84, 0xdf, 0x9c, 0x25, 0x9a, 0x7c, 0x79])));
  });
});
