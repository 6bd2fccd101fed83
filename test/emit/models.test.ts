import { describe, expect, it } from "vitest";
import type { IrNamedType } from "../../generator/ir.js";
import { enumToTypeAlias, objectToInterface, printDeclarations } from "../../generator/emit/models.js";
import { tsMorph } from "../../generator/emit/ts-morph.js";
import { analyseFolders } from "../support/analyse-folder.js";
import { CORPUS } from "../support/paths.js";

/** The declarations as a ts-morph source file holding all of them prints them, cut apart at its statements. */
function printedInASourceFile(types: readonly IrNamedType[]): string[] {
  const project = new tsMorph.Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: tsMorph.IndentationText.TwoSpaces, quoteKind: tsMorph.QuoteKind.Double },
  });
  const statements = types.map((type) => (type.kind === "enum" ? enumToTypeAlias(type) : objectToInterface(type)));
  const file = project.createSourceFile("models.gen.ts", { statements });
  return file.getStatements().map((statement) => `${statement.getFullText().replace(/^\n+/, "")}\n`);
}

describe("printDeclarations", () => {
  it("prints each named type of the shared corpus as a ts-morph source file holding them all does", async () => {
    const { ir } = await analyseFolders(CORPUS);
    expect(ir.types.length).toBeGreaterThan(100);
    expect(ir.types.some((type) => type.kind === "enum")).toBe(true);
    const printed = printDeclarations(ir.types);
    expect(printed).toEqual(printedInASourceFile(ir.types));
    expect(printed.every((text) => text.endsWith("}\n") || text.endsWith(";\n"))).toBe(true);
  });
});
