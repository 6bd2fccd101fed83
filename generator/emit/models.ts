import {
  IndentationText,
  Project,
  QuoteKind,
  StructureKind,
  type InterfaceDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type TypeAliasDeclarationStructure,
} from "ts-morph";
import type { IrEnumType, IrField, IrLiteral, IrNamedType, IrObjectType } from "../ir.js";
import { docBody, type DocBlock } from "./comment.js";
import type { EmitMemo } from "./emit-memo.js";
import { fileHeader, placeText } from "./header.js";
import { propertyName } from "./property-name.js";
import { typeText } from "./type-text.js";

/**
 * Write every named type as TypeScript: objects as interfaces, enums as
 * string-literal unions, each with JSDoc from the docs. Declarations come in
 * IR order (sorted by name), fields in documented order.
 *
 * @param types Named types of the IR.
 * @param source What to name in the do-not-edit header.
 * @param memo What earlier emits of the same session printed; only types that are new objects are printed.
 * @returns The file text, the same with or without a memo.
 */
export function emitModels(types: readonly IrNamedType[], source: string, memo?: EmitMemo): string {
  if (!memo) {
    const project = newProject();
    const batches: string[] = [];
    for (let start = 0; start < types.length; start += BATCH_SIZE) {
      const statements = types.slice(start, start + BATCH_SIZE).map(declarationOf);
      batches.push(project.createSourceFile("models.gen.ts", { statements }, { overwrite: true }).getFullText());
    }
    return `${fileHeader(source)}\n\n${batches.join("\n")}`;
  }
  // Printed one declaration at a time, joined by a blank line: the same bytes as one
  // file of all of them (tested), so watch mode re-prints only the types that changed.
  return memo.files.reuse("src/models.gen.ts", [source, ...types], () => {
    const project = memo.project ?? (memo.project = newProject());
    const texts = types.map((type) => {
      let text = memo.declarations.get(type);
      if (text === undefined) {
        text = project.createSourceFile("declaration.ts", { statements: [declarationOf(type)] }, { overwrite: true }).getFullText();
        memo.declarations.set(type, text);
      }
      return text;
    });
    return `${fileHeader(source)}\n\n${texts.join("\n")}`;
  });
}

/**
 * Declarations printed per ts-morph source file. Printing all of them in one
 * file holds the syntax tree of the whole models file (about 80 MB at 5,000
 * pages); one file per declaration is slow. Batches give the same bytes.
 */
const BATCH_SIZE = 250;

function newProject(): Project {
  return new Project({
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
