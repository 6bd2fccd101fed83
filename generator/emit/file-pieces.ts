import type { GeneratedFile } from "./emit.js";

/**
 * A generated file kept in pieces (a watch session's large files, see
 * `skeletonOf`): its `text` is the pieces joined, made only when something
 * reads it; writers and comparisons that know `pieces` never need it. The file
 * equals (`toEqual`) the plain file of the same text: `pieces` is not enumerable.
 *
 * @param path Path with `/` separators.
 * @param pieces The text in pieces, in order.
 * @returns The file.
 */
export function piecedFile(path: string, pieces: readonly string[]): GeneratedFile {
  if (pieces.length === 1) return { path, text: pieces[0]! };
  let text: string | undefined;
  const file = { path } as GeneratedFile;
  Object.defineProperty(file, "text", { enumerable: true, get: () => (text ??= pieces.join("")) });
  Object.defineProperty(file, "pieces", { enumerable: false, value: pieces });
  return file;
}

/**
 * Whether two files hold the same text, comparing piece by piece where both
 * are in pieces (an unchanged piece is the same string object, so it costs a
 * pointer), else their texts.
 *
 * @param a A file.
 * @param b Another.
 * @returns True when their texts are equal; pieces cut differently count as different, which only costs a write.
 */
export function sameContent(a: GeneratedFile, b: GeneratedFile): boolean {
  if (a.pieces && b.pieces) return a.pieces.length === b.pieces.length && a.pieces.every((piece, index) => piece === b.pieces![index]);
  return a.text === b.text;
}

/**
 * The file, ending in a line break.
 *
 * @param file A generated file.
 * @returns The same file when it ends in one, else a copy with one added.
 */
export function withFinalNewline(file: GeneratedFile): GeneratedFile {
  if (file.pieces) return file.pieces.at(-1)!.endsWith("\n") ? file : piecedFile(file.path, [...file.pieces, "\n"]);
  return file.text.endsWith("\n") ? file : { path: file.path, text: `${file.text}\n` };
}
