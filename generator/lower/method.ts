import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrField, IrMethod, IrNamedType, IrTypeRef } from "../ir.js";
import type { MethodPageModel } from "../page.js";
import { closeOpenArray } from "./element-type.js";
import { rowToField } from "./field.js";
import { sampleCall } from "./sample-call.js";
import type { Profile } from "../profile/profile.js";
import { bindHttp } from "./http-binding.js";
import { fileStem, looseName, snakeToCamel, toPascalCase } from "../names.js";
import type { KnownTypes } from "./type-ref.js";

const PRIMITIVE_RESPONSES: Readonly<Record<string, IrTypeRef>> = {
  string: { kind: "primitive", name: "string" },
  number: { kind: "primitive", name: "number" },
  boolean: { kind: "primitive", name: "boolean" },
};

/** A lowered method with the client it belongs to and the parameter type it defines. */
export interface LoweredMethod {
  /** Client class name. */
  client: string;
  /** The method. */
  method: IrMethod;
  /** The parameter object type, or null for a method without parameters. */
  parametersType: IrNamedType | null;
  /**
   * How firmly the page names the method: 2 for a Method name section, or a
   * sample-code call or file name that agree with each other; 1 for a
   * sample-code call unlike the file name (a page copied from another, say).
   */
  nameConfidence: 1 | 2;
}

/**
 * Lower a method page: name, parameters, HTTP binding and return type. The
 * response table itself is lowered with the page's other types.
 *
 * @param page A page of kind `method`.
 * @param known Type names the docs define.
 * @returns The method and diagnostics.
 */
export function pageToMethod(page: MethodPageModel, known: KnownTypes, profile: Profile): { lowered: LoweredMethod; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const name = snakeToCamel(page.method.method);
  const parameters: IrField[] = [];
  const seen = new Set<string>();
  for (const row of page.request?.table?.rows ?? []) {
    const lowered = rowToField(row, known);
    for (const item of lowered.diagnostics) diagnostics.push(item);
    if (seen.has(lowered.field.name)) continue;
    seen.add(lowered.field.name);
    parameters.push({ ...lowered.field, type: closeOpenArray(lowered.field.type) });
  }
  const parametersTypeName = page.request?.typeName?.text ?? `${toPascalCase(name)}Params`;
  const parametersType: IrNamedType | null =
    parameters.length === 0
      ? null
      : {
          kind: "object",
          name: parametersTypeName,
          role: "parameters",
          description: `Parameters of \`${page.method.client}.${name}\`.`,
          fields: parameters,
          open: false,
          source: page.request!.table!.place,
          mergedFrom: [],
        };
  const binding = bindHttp({
    file: page.file,
    methodName: name,
    parameters,
    override: page.http,
    isObjectType: (typeName) => known.get(typeName) === "object",
    profile,
  });
  diagnostics.push(...binding.diagnostics);
  const returns = responseType(page, diagnostics);
  const method: IrMethod = {
    name,
    documentedName: page.method.method,
    kind: "request",
    summary: page.title?.text ?? name,
    description: page.description,
    http: binding.http,
    parametersType: parametersType?.name ?? null,
    parametersRequired: parameters.some((parameter) => parameter.required),
    returns,
    exampleResult: page.response?.example?.text.trimEnd() ?? null,
    usage: page.sampleCode ? sampleCall(page.sampleCode.text, page.method.method) : null,
    usageSource: page.sampleCode?.place ?? null,
    source: page.method.place,
    alsoDocumentedAt: [],
    pagination: null,
  };
  const agreesWithFile = looseName(name) === looseName(fileStem(page.file));
  const nameConfidence = page.method.foundIn === "sample-code" && !agreesWithFile ? 1 : 2;
  return { lowered: { client: page.method.client, method, parametersType, nameConfidence }, diagnostics };
}

/**
 * The name of the type a page's response table defines: the `Type:` line, or
 * `<Method>Response` when the page gives none.
 *
 * @param page A method page.
 * @returns The type name, or null when the response is a primitive or absent.
 */
export function responseTypeName(page: MethodPageModel): string | null {
  const written = page.response?.typeName?.text;
  if (written && PRIMITIVE_RESPONSES[written.toLowerCase()]) return null;
  if (written) return written;
  return page.response?.table ? `${toPascalCase(snakeToCamel(page.method.method))}Response` : null;
}

function responseType(page: MethodPageModel, diagnostics: Diagnostic[]): IrTypeRef {
  const written = page.response?.typeName?.text;
  const primitive = written ? PRIMITIVE_RESPONSES[written.toLowerCase()] : undefined;
  if (primitive) return primitive;
  const name = responseTypeName(page);
  if (name) {
    if (!written && page.response) {
      diagnostics.push(diagnostic("warning", "response-type-named", `Missing \`Type:\` line in the response section, expected the response type's name; named it \`${name}\``, page.response.place));
    }
    return { kind: "named", name };
  }
  diagnostics.push(diagnostic("warning", "missing-response", "Missing response section or type, expected `## Request response` with `Type: X`; the method returns unknown", page.method.place));
  return { kind: "unknown" };
}
