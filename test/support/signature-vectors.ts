/**
 * Test vectors of GenAuth's management API signature. The client runtime's
 * signer (templates/runtime/signing.ts) and the mock server's own verifier
 * (generator/profile/genauth/signature.ts) are both checked against them, so a
 * mistake one of them makes is not hidden by the other.
 */
export const VECTOR_KEYS = { accessKeyId: "ak-test", accessKeySecret: "sk-test" };

/** The headers of the vectors, plus unsigned ones that must not count. */
export const VECTOR_HEADERS: Readonly<Record<string, string>> = {
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

/** One signed request and what it signs to. */
export interface SignatureVector {
  name: string;
  request: { method: string; path: string; headers: Readonly<Record<string, string>>; parameters: object | undefined };
  /** The text signed, when the vector pins it. */
  signedText: string | null;
  /** The `authorization` header. */
  authorization: string;
}

export const SIGNATURE_VECTORS: readonly SignatureVector[] = [
  {
    name: "POST with a nested object",
    request: { method: "POST", path: "/api/v3/reset-user-principal-authentication-info", headers: VECTOR_HEADERS, parameters: { userId: "6229ffaxxxxxxxxcade3e3d9", options: { userIdType: "user_id" } } },
    signedText: null,
    authorization: "GenAuth ak-test:wPUTx46hPnJo375k2i9C5k4QJiY=",
  },
  {
    name: "GET, leaving undefined parameters out",
    request: { method: "GET", path: "/api/v3/get-user", headers: VECTOR_HEADERS, parameters: { withCustomData: true, userId: "6229ffaxxxxxxxxcade3e3d9", userIdType: undefined } },
    signedText: [
      "GET",
      "date:Sun, 22 Nov 2026 10:00:00 GMT",
      "x-genauth-lang:zh-CN",
      "x-genauth-sdk-version:gen-auth-node-sdk:1.0.0",
      "x-genauth-signature-method:HMAC-SHA1",
      "x-genauth-signature-nonce:9f86d081884c7d659a2feaa0c55ad015",
      "x-genauth-signature-version:1.0",
      "/api/v3/get-user?userId=6229ffaxxxxxxxxcade3e3d9&withCustomData=true",
    ].join("\n"),
    authorization: "GenAuth ak-test:Mf4RAaOA5Ko/xG0JnancPM9c6YQ=",
  },
];
