/**
 * The text of a page file: UTF-8 (a byte-order mark is dropped), or UTF-16
 * when a byte-order mark says so.
 *
 * @param bytes The file's bytes.
 * @param file The page's path, for the message.
 * @returns The text.
 * @throws When the bytes are not valid text: the message names the file, line and column of the first bad byte.
 */
export function decodePage(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode("utf-16le", bytes.subarray(2), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode("utf-16be", bytes.subarray(2), file);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return strictDecode("utf-8", bytes.subarray(start), file);
}

function strictDecode(encoding: string, bytes: Uint8Array, file: string): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    const nul = text.indexOf("\u0000");
    if (nul >= 0) throw new Error(`${file}:${placeOf(text, nul)}: error: Unexpected NUL character, expected a text page (is it a binary file?)`);
    return text;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const good = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
    const bad = good.indexOf("\ufffd");
    throw new Error(`${file}:${placeOf(good, Math.max(bad, 0))}: error: Unexpected bytes that are not ${encoding.toUpperCase()}, expected a UTF-8 page (or UTF-16 with a byte-order mark)`);
  }
}

/** `line:column` of an offset in a text, 1-based. */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}
