import type { IrClient, IrMethod, IrPagination } from "../ir.js";
import { docCommentLines, type DocBlock } from "./comment.js";
import { placeText } from "../ir-utils/place-text.js";
import { fileHeader } from "./header.js";
import { propertyName } from "./property-name.js";
import { typeText } from "../ir-utils/type-text.js";
import { isIdempotent } from "../../templates/runtime/retry.js";

/** What `templates/client.ts.hbs` prints for one client. */
export interface ClientView {
  header: string;
  className: string;
  /** The runtime class it extends, e.g. `ManagementClientBase`. */
  baseClass: string;
  /** The runtime type of its constructor options. */
  optionsType: string;
  /** ` = {}` when the options may be left out (they can all come from the environment), else empty. */
  optionsDefault: string;
  /** Types imported from the models file, sorted. */
  typeImports: string[];
  classDoc: string[];
  /** Each method as `method.ts.hbs` renders it, without the final line break. */
  methods: string[];
}

/** What the client template prints for one method. */
export interface MethodView {
  name: string;
  /** Doc comment lines, each without indentation. */
  docLines: string[];
  /** e.g. `params: DeleteAccountParams, options?: RequestOptions`. */
  parameterList: string;
  /** e.g. `Promise<UserSingleRespDto>`, or `string` for a link builder. */
  returnType: string;
  /**
   * The one runtime call the method returns, e.g.
   * `this.request<X>({ method: "POST", path: "/api/v3/delete-account", body: params }, options)`;
   * reads sent by POST add `idempotent: true`, paths with `{name}` add `pathParameters`.
   */
  call: string;
}

/**
 * The view model of one client file.
 *
 * @param client A client of the IR (lowering guarantees every type it names is defined).
 * @param source What to name in the do-not-edit header.
 * @param methods Its methods, rendered.
 * @returns Everything the template prints, precomputed.
 */
export function clientToView(client: IrClient, source: string, methods: string[]): ClientView {
  return {
    header: fileHeader(source),
    className: client.name,
    baseClass: client.runtime.baseClass,
    optionsType: client.runtime.optionsType,
    optionsDefault: client.runtime.optionsOptional ? " = {}" : "",
    typeImports: client.typeImports,
    classDoc: docCommentLines([{ tag: null, text: `The \`${client.name}\` of the API: ${client.methods.length} methods.` }]),
    methods,
  };
}

/**
 * The view model of one method: its signature and the one-line runtime call.
 *
 * @param method A method of the IR.
 * @returns The method view.
 */
export function methodToView(method: IrMethod): MethodView {
  // Optional parameters are `params?:`, not `= {}`: a field named like an Object member (`toString`) makes `{}` unassignable.
  const parameter = method.parametersType ? `params${method.parametersRequired ? "" : "?"}: ${method.parametersType}` : "";
  const params = method.parametersRequired ? "params" : "params ?? {}";
  const docLines = docCommentLines(methodDocBlocks(method));
  const pathPart = method.http.pathParameters.length > 0 ? `, pathParameters: ${JSON.stringify(method.http.pathParameters)}` : "";
  if (method.kind === "link") {
    const queryPart = method.parametersType ? `, query: ${params}` : "";
    return {
      name: method.name,
      docLines,
      parameterList: parameter,
      returnType: "string",
      call: `this.buildUrl({ path: ${JSON.stringify(method.http.path)}${pathPart}${queryPart}${wireNamesPart(method)} })`,
    };
  }
  const returnType = typeText(method.returns);
  const parameterPart = method.parametersType ? `, ${method.http.parametersIn}: ${params}` : "";
  const literal = `{ method: ${JSON.stringify(method.http.verb)}, path: ${JSON.stringify(method.http.path)}${pathPart}${parameterPart}${idempotentPart(method)} }`;
  return {
    name: method.name,
    docLines,
    parameterList: parameter === "" ? "options?: RequestOptions" : `${parameter}, options?: RequestOptions`,
    returnType: `Promise<${returnType}>`,
    call: `this.request<${returnType}>(${literal}, options)`,
  };
}

/**
 * The view model of a paged method's iterator (`listUsersAll`): every item of
 * every page, through the runtime's `paginate`, one line like every method.
 *
 * @param method A method of the IR with pagination.
 * @param pagination Its pagination.
 * @returns The iterator's view.
 */
export function iteratorToView(method: IrMethod, pagination: IrPagination): MethodView {
  const itemType = typeText(pagination.itemType);
  const parameters = `Omit<${method.parametersType}, ${JSON.stringify(pagination.pageParameter)}>`;
  const params = pagination.parametersRequired ? "params" : "params?";
  const size = pagination.sizeParameter ? `${params.replace("?", "")}${pagination.parametersRequired ? "" : "?"}.${pagination.sizeParameter}` : "undefined";
  const path = (keys: readonly string[] | null): string => (keys ? `[${keys.map((key) => JSON.stringify(key)).join(", ")}]` : "null");
  const shape = `{ firstPage: 1, items: ${path(pagination.itemsPath)}, total: ${path(pagination.totalPath)}, pageSize: ${size} }`;
  const pageProperty = propertyName(pagination.pageParameter);
  const pageEntry = pageProperty === "page" ? "page" : `${pageProperty}: page`;
  const variable = "item";
  return {
    name: pagination.iteratorName,
    docLines: docCommentLines([
      { tag: null, text: `Every item of \`${method.name}\`, page after page: each page is fetched when the one before is used up, with the same retries and errors.` },
      { tag: "@example", text: `\`\`\`ts\nfor await (const ${variable} of client.${pagination.iteratorName}(${pagination.parametersRequired ? "{ … }" : ""})) console.log(${variable});\n\`\`\`` },
    ]),
    parameterList: `${params}: ${parameters}, options?: RequestOptions`,
    returnType: `AsyncGenerator<${itemType}, void, undefined>`,
    call: `this.paginate<${itemType}>((page) => this.${method.name}({ ...params, ${pageEntry} }, options), ${shape})`,
  };
}

/** `, wireNames: { redirectUri: "redirect_uri" }` for a link whose query keys differ from its parameter names. */
function wireNamesPart(method: IrMethod): string {
  if (method.http.wireNames.length === 0) return "";
  const pairs = method.http.wireNames.map(({ parameter, wire }) => `${propertyName(parameter)}: ${JSON.stringify(wire)}`);
  return `, wireNames: { ${pairs.join(", ")} }`;
}

/** The documented headers, which the client supplies, or empty. */
function headersText(method: IrMethod): string {
  if (method.http.headers.length === 0) return "";
  return `Headers (supplied by the client): ${method.http.headers.map((header) => `\`${header.name}\``).join(", ")}.`;
}

/** `, idempotent: true` for a read the verb alone does not show to be safe to retry. */
function idempotentPart(method: IrMethod): string {
  return method.http.idempotent && !isIdempotent(method.http.verb, undefined) ? ", idempotent: true" : "";
}

/**
 * What a method's doc comment says.
 *
 * @param method A method of the IR.
 * @returns Summary, description, HTTP binding, example result and source page.
 */
export function methodDocBlocks(method: IrMethod): DocBlock[] {
  return [
    { tag: null, text: method.summary },
    { tag: null, text: method.description },
    { tag: null, text: method.kind === "link" ? `Builds \`${method.http.path}\` on the client's host; sends nothing.` : `\`${method.http.verb} ${method.http.path}\`` },
    { tag: null, text: headersText(method) },
    { tag: "@example", text: method.usage ? `\`\`\`ts\n${method.usage}\n\`\`\`` : "" },
    { tag: "@example", text: method.exampleResult ? `Result:\n\`\`\`json\n${method.exampleResult}\n\`\`\`` : "" },
    { tag: "@see", text: placeText(method.source) },
  ];
}
