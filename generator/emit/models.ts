import type { InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, TypeAliasDeclarationStructure } from "ts-morph";
import type { IrEnumType, IrField, IrLiteral, IrNamedType, IrObjectType } from "../ir.js";
import { docBody, type DocBlock } from "./comment.js";
import { placeText } from "../ir-utils/place-text.js";
import { propertyName } from "./property-name.js";
import { typeText } from "../ir-utils/type-text.js";
import { tsMorph } from "./ts-morph.js";

const { StructureKind } = tsMorph;

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
 * break, with ts-morph's structure printers (`printStructure`): the same text
 * that adding the structures to a source file gives (tested), without
 * TypeScript parsing it back into a syntax tree (a third of the time, and no
 * tree of the whole models file in memory).
 *
 * @param types Named types.
 * @returns Their declarations, in the same order.
 */
export function printDeclarations(types: readonly IrNamedType[]): string[] {
  return types.map((type) => `${tsMorph.printStructure(declarationOf(type), PRINT_OPTIONS)}\n`);
}

/** Two-space indents; double quotes and line feeds are the printer's defaults. */
const PRINT_OPTIONS = { indentNumberOfSpaces: 2 };

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

/**
 * A doc comment for a structure: as text, which ts-morph prints as it is (a
 * `JSDocStructure` is first written to a writer of its own, the same text
 * twice over, a writer made for every commented property).
 */
function jsDoc(blocks: readonly DocBlock[]): string[] {
  const body = docBody(blocks);
  return body.length === 0 ? [] : [body.join("\n")];
}
