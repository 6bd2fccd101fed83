import type { IrClient, IrMethod } from "../ir.js";
import { docCommentLines, type DocBlock } from "./comment.js";
import { fileHeader, placeText } from "./header.js";
import { typeText } from "./type-text.js";
import { IDEMPOTENT_VERBS } from "../lower/http-binding.js";
import { referencedNames } from "../lower/type-ref.js";

/** What `templates/client.ts.hbs` prints for one client. */
export interface ClientView {
  header: string;
  className: string;
  /** The runtime class it extends, e.g. `ManagementClientBase`. */
  baseClass: string;
  /** The runtime type of its constructor options. */
  optionsType: string;
  /** Types imported from the models file, sorted. */
  typeImports: string[];
  classDoc: string[];
  methods: MethodView[];
}

/** What the client template prints for one method. */
export interface MethodView {
  name: string;
  /** Doc comment lines, each without indentation. */
  docLines: string[];
  /** e.g. `params: DeleteAccountParams, options?: RequestOptions`. */
  parameterList: string;
  returnType: string;
  /** e.g. `{ method: "POST", path: "/api/v3/delete-account", body: params }`; reads sent by POST add `idempotent: true`. */
  requestLiteral: string;
}

/**
 * The view model of one client file.
 *
 * @param client A client of the IR (lowering guarantees every type it names is defined).
 * @param source What to name in the do-not-edit header.
 * @returns Everything the template prints, precomputed.
 */
export function clientToView(client: IrClient, source: string): ClientView {
  const imports = new Set<string>();
  for (const method of client.methods) {
    if (method.parametersType) imports.add(method.parametersType);
    for (const name of referencedNames(method.returns)) imports.add(name);
  }
  const base = clientBase(client.name);
  return {
    header: fileHeader(source),
    className: client.name,
    baseClass: base.baseClass,
    optionsType: base.optionsType,
    typeImports: [...imports].sort(),
    classDoc: docCommentLines([{ tag: null, text: `The \`${client.name}\` of the API: ${client.methods.length} methods.` }]),
    methods: client.methods.map(methodToView),
  };
}

/** The runtime classes generated clients extend, by client name; other clients get the plain `ApiClient`. */
const CLIENT_BASES: Readonly<Record<string, { baseClass: string; optionsType: string }>> = {
  AuthenticationClient: { baseClass: "AuthenticationClientBase", optionsType: "AuthenticationClientOptions" },
  ManagementClient: { baseClass: "ManagementClientBase", optionsType: "ManagementClientOptions" },
};

/**
 * Which runtime class a client extends: GenAuth's two clients have their own
 * credentials (app id and token, or a signing key); any other client is a plain `ApiClient`.
 *
 * @param clientName e.g. `ManagementClient`.
 * @returns The base class and its options type.
 */
export function clientBase(clientName: string): { baseClass: string; optionsType: string } {
  return CLIENT_BASES[clientName] ?? { baseClass: "ApiClient", optionsType: "ClientOptions" };
}

/**
 * The view model of one method: its signature and the one-line runtime call.
 *
 * @param method A method of the IR.
 * @returns The method view.
 */
export function methodToView(method: IrMethod): MethodView {
  const returnType = typeText(method.returns);
  const parameter = method.parametersType ? `params: ${method.parametersType}${method.parametersRequired ? "" : " = {}"}, ` : "";
  const parameterPart = method.parametersType ? `, ${method.http.parametersIn}: params` : "";
  return {
    name: method.name,
    docLines: docCommentLines(methodDocBlocks(method)),
    parameterList: `${parameter}options?: RequestOptions`,
    returnType,
    requestLiteral: `{ method: ${JSON.stringify(method.http.verb)}, path: ${JSON.stringify(method.http.path)}${parameterPart}${idempotentPart(method)} }`,
  };
}

/** `, idempotent: true` for a read the verb alone does not show to be safe to retry. */
function idempotentPart(method: IrMethod): string {
  return method.http.idempotent && !IDEMPOTENT_VERBS.includes(method.http.verb) ? ", idempotent: true" : "";
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
    { tag: null, text: `\`${method.http.verb} ${method.http.path}\`` },
    { tag: "@example", text: method.exampleResult ? `Result:\n\`\`\`json\n${method.exampleResult}\n\`\`\`` : "" },
    { tag: "@see", text: placeText(method.source) },
  ];
}
