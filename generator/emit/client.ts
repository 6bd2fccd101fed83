import type { IrClient, IrMethod, IrPagination } from "../ir.js";
import { docCommentLines, type DocBlock } from "./comment.js";
import { placeText } from "../ir-utils/place-text.js";
import { fileHeader } from "./header.js";
import { functionsModuleName } from "./module-name.js";
import { propertyName } from "./property-name.js";
import { typeText } from "../ir-utils/type-text.js";
import { isIdempotent } from "../../templates/runtime/retry.js";
import { RESERVED_WORDS } from "../ir-utils/reserved-words.js";

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
  /** The module of its standalone functions, e.g. `management-client.functions.gen`. */
  functionsModule: string;
  classDoc: string[];
  /** Each method as `method.ts.hbs` renders it, without the final line break. */
  methods: string[];
}

/** What `templates/functions.ts.hbs` prints for one client. */
export interface FunctionsView {
  header: string;
  className: string;
  baseClass: string;
  /** Whether a paged method's iterator needs the runtime's `paginate`. */
  usesPaginate: boolean;
  typeImports: string[];
  /** Each function as `function.ts.hbs` renders it, without the final line break. */
  functions: string[];
}

/** What the client template prints for one method. */
export interface MethodView {
  name: string;
  /** The name a standalone function is declared under when `name` cannot be (a reserved word): it is then exported as `name`; else empty. */
  localName?: string;
  /** Doc comment lines, each without indentation. */
  docLines: string[];
  /** e.g. `params: DeleteAccountParams, options?: RequestOptions`. */
  parameterList: string;
  /** The names in `parameterList`, in order, e.g. `["params", "options"]`: what a delegating method passes on. */
  parameterNames: string[];
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
    functionsModule: functionsModuleName(client.name),
    classDoc: docCommentLines([{ tag: null, text: `The \`${client.name}\` of the API: ${client.methods.length} methods.` }]),
    methods,
  };
}

/**
 * The view model of a client's functions module.
 *
 * @param client A client of the IR.
 * @param source What to name in the do-not-edit header.
 * @param functions Its functions, rendered.
 * @returns Everything the template prints.
 */
export function functionsToView(client: IrClient, source: string, functions: string[]): FunctionsView {
  return {
    header: fileHeader(source),
    className: client.name,
    baseClass: client.runtime.baseClass,
    usesPaginate: client.methods.some((method) => method.pagination !== null),
    typeImports: client.typeImports,
    functions,
  };
}

/** What a client's functions module binds besides its functions, which the functions must not be named. */
export interface FunctionsModule {
  /** The client's runtime class, the functions' first parameter type. */
  baseClass: string;
  /** Every name the module binds: its imports, `paginate`, and `client` (each function's first parameter). */
  bound: ReadonlySet<string>;
}

/**
 * The names a client's functions module binds.
 *
 * @param client A client of the IR.
 * @returns Its base class and the bound names.
 */
export function functionsModuleOf(client: IrClient): FunctionsModule {
  return { baseClass: client.runtime.baseClass, bound: new Set([client.runtime.baseClass, "RequestOptions", "paginate", "client", ...client.typeImports]) };
}

/**
 * A function view with the client as its first parameter.
 *
 * @param view The view of the call (`methodToView`, `iteratorToView`).
 * @param module The functions module it is declared in.
 * @returns The standalone function's view.
 */
export function functionView(view: MethodView, module: FunctionsModule): MethodView {
  const parameterList = view.parameterList === "" ? `client: ${module.baseClass}` : `client: ${module.baseClass}, ${view.parameterList}`;
  const binding = functionBinding(view.name, module.bound);
  return { ...view, parameterList, localName: binding === view.name ? "" : binding };
}

/**
 * The name a method's standalone function is bound to in its module: the
 * method's own, unless that is a reserved word (`delete`) or a name the module
 * already binds (an import, `paginate`, `client`): then `$` is appended until it is free.
 *
 * @param methodName A settled method name.
 * @param bound The names the module binds.
 * @returns The binding, e.g. `delete$` for `delete`.
 */
export function functionBinding(methodName: string, bound: ReadonlySet<string>): string {
  let binding = methodName;
  while (RESERVED_WORDS.has(binding) || bound.has(binding)) binding += "$";
  return binding;
}

/**
 * The view model of one method's standalone function (`getUser(client, params, options)`,
 * in the client's functions module): its signature without the client, and
 * the one-line runtime call. The class method delegates to it (`classMethodView`),
 * so importing one function brings that method's code and not the whole client's.
 *
 * @param method A method of the IR.
 * @returns The method view; the function takes `client` first.
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
      parameterNames: method.parametersType ? ["params"] : [],
      returnType: "string",
      call: `client.makeUrl({ path: ${JSON.stringify(method.http.path)}${pathPart}${queryPart}${wireNamesPart(method)} })`,
    };
  }
  const returnType = typeText(method.returns);
  const parameterPart = method.parametersType ? `, ${method.http.parametersIn}: ${params}` : "";
  const literal = `{ method: ${JSON.stringify(method.http.verb)}, path: ${JSON.stringify(method.http.path)}${pathPart}${parameterPart}${idempotentPart(method)} }`;
  return {
    name: method.name,
    docLines,
    parameterList: parameter === "" ? "options?: RequestOptions" : `${parameter}, options?: RequestOptions`,
    parameterNames: method.parametersType ? ["params", "options"] : ["options"],
    returnType: `Promise<${returnType}>`,
    call: `client.makeRequest<${returnType}>(${literal}, options)`,
  };
}

/**
 * The class method for a function view: the same name, docs and signature,
 * delegating to the function with `this` as the client.
 *
 * @param view The function's view (`methodToView`, `iteratorToView`).
 * @returns The class method's view.
 */
export function classMethodView(view: MethodView): MethodView {
  return { ...view, call: `functions.${view.name}(${["this", ...view.parameterNames].join(", ")})` };
}

/**
 * The function view of a paged method's iterator (`listUsersAll`): every item
 * of every page, through the runtime's `paginate`, one line like every method.
 *
 * @param method A method of the IR with pagination.
 * @param pagination Its pagination.
 * @param bound The names the functions module binds (the paged method's function may be bound under another name).
 * @returns The iterator's view; the function takes `client` first.
 */
export function iteratorToView(method: IrMethod, pagination: IrPagination, bound: ReadonlySet<string> = new Set()): MethodView {
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
    parameterNames: ["params", "options"],
    returnType: `AsyncGenerator<${itemType}, void, undefined>`,
    call: `paginate<${itemType}>((page) => ${functionBinding(method.name, bound)}(client, { ...params, ${pageEntry} }, options), ${shape})`,
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
