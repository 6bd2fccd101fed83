import { describe, expect, it } from "vitest";
import { expectedSignature, signedText } from "../../generator/profile/genauth/signature.js";
import { SIGNATURE_VECTORS, VECTOR_HEADERS, VECTOR_KEYS } from "../support/signature-vectors.js";

describe("the mock's own signature check", () => {
  it.each(SIGNATURE_VECTORS)("agrees with the test vector: $name", (vector) => {
    if (vector.signedText !== null) expect(signedText(vector.request)).toBe(vector.signedText);
    expect(`GenAuth ${VECTOR_KEYS.accessKeyId}:${expectedSignature(vector.request, VECTOR_KEYS.accessKeySecret)}`).toBe(vector.authorization);
  });

  it("sorts signed headers by name, so a name that is a prefix of another comes first", () => {
    const text = signedText({ method: "get", path: "/p", headers: { "X-GenAuth-A-B": "2", "x-genauth-a": " 1\t", Date: "D", accept: "x" }, parameters: undefined });
    expect(text).toBe("GET\ndate:D\nx-genauth-a:1\nx-genauth-a-b:2\n/p");
  });

  it("changes with every signed part", () => {
    const base = SIGNATURE_VECTORS[1]!.request;
    const reference = expectedSignature(base, VECTOR_KEYS.accessKeySecret);
    expect(expectedSignature({ ...base, method: "POST" }, VECTOR_KEYS.accessKeySecret)).not.toBe(reference);
    expect(expectedSignature({ ...base, headers: { ...VECTOR_HEADERS, date: "Mon, 23 Nov 2026 10:00:00 GMT" } }, VECTOR_KEYS.accessKeySecret)).not.toBe(reference);
    expect(expectedSignature({ ...base, parameters: { userId: "other" } }, VECTOR_KEYS.accessKeySecret)).not.toBe(reference);
    expect(expectedSignature(base, "another-secret")).not.toBe(reference);
    expect(expectedSignature({ ...base, headers: { ...VECTOR_HEADERS, "user-agent": "other" } }, VECTOR_KEYS.accessKeySecret)).toBe(reference);
  });
});
