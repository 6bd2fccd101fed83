/**
 * Base64 of the UTF-8 bytes of a text, without Node's Buffer (runs in browsers too).
 *
 * @param text Any text.
 * @returns Standard base64 with padding.
 */
export function base64OfText(text: string): string {
  return base64OfBytes(new TextEncoder().encode(text));
}

/**
 * Base64 of raw bytes.
 *
 * @param bytes The bytes.
 * @returns Standard base64 with padding.
 */
export function base64OfBytes(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Lower-case hexadecimal of raw bytes.
 *
 * @param bytes The bytes.
 * @returns Two characters per byte.
 */
export function hexOfBytes(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
