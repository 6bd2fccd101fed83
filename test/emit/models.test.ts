import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { docBody } from "../../generator/emit/comment.js";
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

describe("doc comments", () => {
  it("print from text as ts-morph prints them from a JSDoc structure, for any text the docs give", () => {
    const printed = (docs: unknown[]) =>
      tsMorph.printStructure({ kind: tsMorph.StructureKind.Interface, name: "T", properties: [{ name: "a", type: "string", docs: docs as string[] }], docs: docs as string[] }, { indentNumberOfSpaces: 2 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(null, "@example", "@see"), fc.string({ unit: "binary", maxLength: 40 })), { maxLength: 4 }), (blocks) => {
        const body = docBody(blocks.map(([tag, text]) => ({ tag, text })));
        fc.pre(body.length > 0);
        const text = body.join("\n");
        expect(printed([text])).toBe(printed([{ description: text }]));
      }),
      { numRuns: 2000 },
    );
  });
});
