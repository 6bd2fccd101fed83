import { fileHeader } from "../../generator/emit/header.js";
import { modelsPieces, printDeclarations } from "../../generator/emit/models.js";
import type { IrNamedType } from "../../generator/ir.js";

/**
 * The models file as emit writes it, printed with the given step.
 *
 * @param types Named types.
 * @param source What the header names.
 * @param print Prints the declarations (`printDeclarations`, or a cached step).
 * @returns The file text.
 */
export function modelsFile(types: readonly IrNamedType[], source: string, print: (types: readonly IrNamedType[]) => string[] = printDeclarations): string {
  return modelsPieces(fileHeader(source), print(types)).join("");
}
