import { base64OfBytes, hexOfBytes } from "./encoding.js";

/**
 * The WebCrypto implementation: the global one (browsers, Node 19 and later),
 * else Node 18's `node:crypto` webcrypto, loaded only when needed.
 *
 * @returns A WebCrypto object.
 */
export async function webCrypto(): Promise<Crypto> {
  const globalCrypto = (globalThis as { crypto?: Crypto }).crypto;
  if (globalCrypto?.subtle) return globalCrypto;
  const specifier = "node:crypto";
  const nodeCrypto = (await import(specifier)) as { webcrypto: Crypto };
  return nodeCrypto.webcrypto;
}

/**
 * HMAC-SHA1 of a text, as base64.
 *
 * @param secret The key, as UTF-8 text.
 * @param text The message, as UTF-8 text.
 * @returns The base64 digest.
 */
export async function hmacSha1Base64(secret: string, text: string): Promise<string> {
  const crypto = await webCrypto();
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  const digest = await crypto.subtle.sign("HMAC", key, encoder.encode(text));
  return base64OfBytes(new Uint8Array(digest));
}

/**
 * Random bytes as hexadecimal, from a cryptographic source.
 *
 * @param byteCount How many random bytes.
 * @returns `2 * byteCount` hex characters.
 */
export async function randomHex(byteCount: number): Promise<string> {
  const crypto = await webCrypto();
  return hexOfBytes(crypto.getRandomValues(new Uint8Array(byteCount)));
}
