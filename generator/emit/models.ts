import type { InterfaceDeclarationStructure, JSDocStructure, OptionalKind, Project, PropertySignatureStructure, TypeAliasDeclarationStructure } from "ts-morph";
import type { IrEnumType, IrField, IrLiteral, IrNamedType, IrObjectType } from "../ir.js";
import { docBody, type DocBlock } from "./comment.js";
import { placeText } from "../ir-utils/place-text.js";
import { propertyName } from "./property-name.js";
import { typeText } from "../ir-utils/type-text.js";
import { tsMorph } from "./ts-morph.js";

const { IndentationText, QuoteKind, StructureKind } = tsMorph;

/**
 * The models file: every named type as TypeScript (objects as interfaces,
 * enums as string-literal unions, each with JSDoc from the docs), in IR order,
 * from the declarations `printDeclarations` gave; in pieces, the header and
 * each declaration apart (see `skeletonOf`).
 *
 * @param header The do-not-edit header.
 * @param declarations Each declaration's text, ending in a line break.
 * @returns The pieces; joined, the declarations parted by a blank line.
 */
export function modelsPieces(header: string, declarations: readonly string[]): string[] {
  return [`${header}\n\n`, ...declarations.flatMap((declaration, index) => (index === 0 ? [declaration] : ["\n", declaration]))];
}

/**
 * Print named types as declarations, one text per type, each ending in a line
 * break. They are printed in batches of one ts-morph source file each and cut
 * apart at the statements: printing all in one file holds the syntax tree of
 * the whole models file (about 80 MB at 5,000 pages), one file per declaration
 * is slow, and a declaration prints the same in any batch (tested).
 *
 * @param types Named types.
 * @returns Their declarations, in the same order.
 */
export function printDeclarations(types: readonly IrNamedType[]): string[] {
  if (types.length === 0) return [];
  const project = newProject();
  const texts: string[] = [];
  for (let start = 0; start < types.length; start += BATCH_SIZE) {
    const file = project.createSourceFile("models.gen.ts", { statements: types.slice(start, start + BATCH_SIZE).map(declarationOf) }, { overwrite: true });
    // Each statement's full text starts with the blank line that parts it from the one before.
    // The compiler's nodes, not ts-morph's wrappers: wrapping every statement would keep them all in memory.
    const tree = file.compilerNode;
    for (const statement of tree.statements) texts.push(`${statement.getFullText(tree).replace(/^\n+/, "")}\n`);
  }
  return texts;
}

/** Declarations per ts-morph source file. */
const BATCH_SIZE = 250;

function newProject(): Project {
  return new tsMorph.Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double },
  });
}

function declarationOf(type: IrNamedType): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  return type.kind === "enum" ? enumToTypeAlias(type) : objectToInterface(type);
}

/**
 * An object type as an interface structure.
 *
 * @param type An object type.
 * @returns The ts-morph structure.
 */
export function objectToInterface(type: IrObjectType): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: type.name,
    isExported: true,
    docs: jsDoc([
      { tag: null, text: type.description },
      { tag: null, text: type.open ? "The docs do not list this type's fields." : "" },
      { tag: "@see", text: placeText(type.source) },
    ]),
    properties: type.fields.map(fieldToProperty),
    indexSignatures: type.open ? [{ keyName: "key", keyType: "string", returnType: "unknown" }] : [],
  };
}

/**
 * An enum as a string-literal union type alias, its members described in the doc comment.
 *
 * @param type An enum type.
 * @returns The ts-morph structure.
 */
export function enumToTypeAlias(type: IrEnumType): TypeAliasDeclarationStructure {
  const memberLines = type.members.map((member) => `- \`${member.value}\`${member.description ? `: ${member.description}` : ""}`);
  return {
    kind: StructureKind.TypeAlias,
    name: type.name,
    isExported: true,
    type: type.members.map((member) => JSON.stringify(member.value)).join(" | ") || "never",
    docs: jsDoc([
      { tag: null, text: type.description },
      { tag: null, text: memberLines.join("\n") },
      { tag: "@see", text: placeText(type.source) },
    ]),
  };
}

/**
 * A field as a property signature with its doc comment.
 *
 * @param field A field or parameter.
 * @returns The ts-morph structure.
 */
export function fieldToProperty(field: IrField): OptionalKind<PropertySignatureStructure> {
  return {
    name: propertyName(field.name),
    type: typeText(field.type),
    hasQuestionToken: !field.required,
    docs: jsDoc(fieldDocBlocks(field)),
  };
}

/**
 * What a field's doc comment says: description, default and example.
 *
 * @param field A field or parameter.
 * @returns Doc blocks.
 */
export function fieldDocBlocks(field: IrField): DocBlock[] {
  return [
    { tag: null, text: field.description },
    { tag: "@defaultValue", text: literalText(field.default) },
    { tag: "@example", text: literalText(field.example) },
  ];
}

function literalText(literal: IrLiteral | null): string {
  if (literal === null) return "";
  return typeof literal.value === "string" ? literal.value : JSON.stringify(literal.value);
}

function jsDoc(blocks: readonly DocBlock[]): OptionalKind<JSDocStructure>[] {
  const body = docBody(blocks);
  return body.length === 0 ? [] : [{ description: body.join("\n") }];
}
