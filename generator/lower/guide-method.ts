import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { HttpVerb, IrField, IrHeader, IrHttpBinding, IrLiteral, IrObjectType, IrTypeRef, IrWireName, SourceLocation } from "../ir.js";
import { snakeToCamel, toPascalCase } from "../names.js";
import type { Profile } from "../profile/profile.js";
import type { EndpointSection, LinkTemplate, Table } from "../page.js";
import { PLACEHOLDER, QUALIFIED_NAME } from "../vocabulary.js";
import { typeOfExampleValue } from "./example-result.js";
import { rowToField } from "./field.js";
import { isIdempotentCall } from "./http-binding.js";
import type { LoweredMethod } from "./method.js";
import { readRequiredFlag } from "./required-flag.js";
import type { KnownTypes } from "./type-ref.js";

/** A guide operation lowered: the method, and the response type inferred from its example (if any). */
export interface LoweredGuideMethod {
  lowered: LoweredMethod;
  responseType: IrObjectType | null;
  diagnostics: Diagnostic[];
}

const ORIGIN_AND_PATH = /^(https?:\/\/[^/?#]+)?(\/[^?#]*)?(?:\?([^#]*))?/;
/** `:appId` or `{appId}` in a path. */
const PATH_PARAMETER = /^(?::([A-Za-z_$][\w$]*)|\{([A-Za-z_$][\w$]*)\})$/;

/**
 * Lower an endpoint a guide documents ("Interface address: `POST` `https://…/api/applications/:appId/kick-active-users`")
 * to a method. The name is the `SDK method:` line, or the last fixed path
 * segment in camelCase (`kickActiveUsers`); the client is the one the
 * profile gives (GenAuth: the ManagementClient when the endpoint needs
 * administrator credentials, the AuthenticationClient otherwise).
 *
 * @param endpoint One of its endpoints.
 * @param known Type names the docs define.
 * @param profile The API's profile, which assigns the client.
 * @returns The method, its inferred response type and diagnostics.
 */
export function endpointToMethod(endpoint: EndpointSection, known: KnownTypes, profile: Profile): LoweredGuideMethod {
  const diagnostics: Diagnostic[] = [];
  const place = endpoint.verb.place;
  const split = splitUrl(endpoint.url.text);
  const headers = endpoint.headers ? tableToHeaders(endpoint.headers) : [];
  const named = endpoint.methodName ? QUALIFIED_NAME.exec(endpoint.methodName.text.trim()) : null;
  if (endpoint.methodName && !named) {
    diagnostics.push(diagnostic("warning", "endpoint-method-name", `Unexpected SDK method \`${endpoint.methodName.text}\`, expected \`Client.method\`; named from the path instead`, endpoint.methodName.place));
  }
  const name = named?.[2] ? snakeToCamel(named[2]) : nameFromPath(split.segments);
  const client = named?.[1] ?? profile.pages.endpointClient({ headers, description: endpoint.description });

  const parameters: IrField[] = [];
  for (const row of endpoint.parameters?.rows ?? []) {
    const lowered = rowToField(row, known);
    diagnostics.push(...lowered.diagnostics);
    if (!parameters.some((parameter) => parameter.name === lowered.field.name)) parameters.push(lowered.field);
  }
  for (const pathParameter of split.pathParameters) {
    if (parameters.some((parameter) => parameter.name === pathParameter)) continue;
    diagnostics.push(diagnostic("warning", "undocumented-path-parameter", `Missing parameter \`${pathParameter}\`, expected a row for it since the path has \`{${pathParameter}}\`; typed as a required string`, endpoint.url.place));
    parameters.push(pathField(pathParameter, endpoint.url.place));
  }
  const verb = endpoint.verb.text.toUpperCase() as HttpVerb;
  const http: IrHttpBinding = {
    verb,
    path: split.path,
    origin: "page",
    parametersIn: verb === "GET" || verb === "DELETE" ? "query" : "body",
    idempotent: isIdempotentCall(verb, name),
    pathParameters: split.pathParameters,
    wireNames: [],
    headers,
    server: split.origin,
  };
  const responseType = endpoint.example ? responseFromExample(`${toPascalCase(name)}Response`, endpoint.example.text, endpoint.example.place) : null;
  const parametersTable = endpoint.parameters;
  const lowered = guideMethod({
    client,
    name,
    summary: endpoint.description || endpoint.heading?.text || name,
    description: endpoint.description && endpoint.heading ? `From the section “${endpoint.heading.text}” of the guide.` : "",
    http,
    parameters,
    parametersPlace: parametersTable?.place ?? endpoint.url.place,
    returns: responseType ? { kind: "named", name: responseType.name } : { kind: "unknown" },
    exampleResult: endpoint.example?.text ?? null,
    source: place,
    kind: "request",
  });
  return { lowered, responseType, diagnostics };
}

/**
 * Lower a link template (`https://app/login/profile/logout?redirect_uri={{CALLBACK_URL}}`)
 * to an AuthenticationClient method that builds the URL: `buildLogoutUrl({ redirectUri })`.
 * Query keys become camelCase parameters, required when the template holds a
 * placeholder for them; the runtime URL-encodes the values.
 *
 * @param link One of its links.
 * @param profile The API's profile, which names the client of links.
 * @returns The method and diagnostics.
 */
export function linkToMethod(link: LinkTemplate, profile: Profile): LoweredGuideMethod {
  const split = splitUrl(link.url.text);
  const name = `build${toPascalCase(nameFromPath(split.segments))}Url`;
  const wireNames: IrWireName[] = [];
  const parameters: IrField[] = split.query.map(({ key, value }) => {
    const parameter = snakeToCamel(key);
    if (parameter !== key) wireNames.push({ parameter, wire: key });
    return {
      name: parameter,
      type: { kind: "primitive", name: "string" },
      required: PLACEHOLDER.test(value),
      description: `Sent as \`${key}\` in the query string, URL-encoded.`,
      default: null,
      example: null,
      source: link.url.place,
    };
  });
  const http: IrHttpBinding = {
    verb: "GET",
    path: split.path,
    origin: "page",
    parametersIn: "query",
    idempotent: true,
    pathParameters: split.pathParameters,
    wireNames,
    headers: [],
    server: split.origin,
  };
  const lowered = guideMethod({
    client: profile.pages.linkClient,
    name,
    summary: `The URL to send the browser to${link.heading ? ` (${link.heading.text})` : ""}.`,
    description: link.description,
    http,
    parameters,
    parametersPlace: link.url.place,
    returns: { kind: "primitive", name: "string" },
    exampleResult: null,
    source: link.url.place,
    kind: "link",
  });
  return { lowered, responseType: null, diagnostics: [] };
}

/**
 * What is wrong with a URL a guide documents, or null: it must be a path, or
 * an origin and a path, with at least one fixed segment and no empty, `.` or
 * `..` segments (`https:////evil.example//api` would otherwise call `/`).
 *
 * @param url The URL as written.
 * @returns What was expected instead, or null when it is usable.
 */
export function urlProblem(url: string): string | null {
  const match = /^(https?:\/\/[^/?#]+)?(\/[^?#]*)(?:\?[^#]*)?(?:#.*)?$/.exec(url.trim());
  if (!match) return "scheme://host/path or /path";
  const segments = match[2]!.replace(/\/$/, "").split("/").slice(1);
  if (segments.some((segment) => segment === "" || segment === "." || segment === ".." || /%2e%2e|%2f/i.test(segment))) return "a path without empty, `.` or `..` segments";
  if (!segments.some((segment) => !PATH_PARAMETER.test(segment))) return "a path with at least one fixed segment";
  return null;
}

/** A URL split into origin, a path with `{name}` parameters, and query pairs. */
export interface SplitUrl {
  origin: string | null;
  path: string;
  /** Path segments, parameters as `{name}`. */
  segments: string[];
  pathParameters: string[];
  query: { key: string; value: string }[];
}

/**
 * Split a documented URL: `https://<domain>/api/apps/:appId/x?a={{A}}` gives
 * origin `https://<domain>`, path `/api/apps/{appId}/x`, path parameter `appId`
 * and query `a` = `{{A}}`.
 *
 * @param url The URL as written.
 * @returns Its parts.
 */
export function splitUrl(url: string): SplitUrl {
  const match = ORIGIN_AND_PATH.exec(url.trim())!;
  const pathParameters: string[] = [];
  const segments = (match[2] ?? "/").split("/").filter((segment) => segment !== "").map((segment) => {
    const parameter = PATH_PARAMETER.exec(segment);
    const parameterName = parameter?.[1] ?? parameter?.[2];
    if (!parameterName) return segment;
    pathParameters.push(parameterName);
    return `{${parameterName}}`;
  });
  const query = (match[3] ?? "").split("&").filter((pair) => pair !== "").map((pair) => {
    const equals = pair.indexOf("=");
    return equals < 0 ? { key: pair, value: "" } : { key: pair.slice(0, equals), value: pair.slice(equals + 1) };
  });
  return { origin: match[1] ?? null, path: `/${segments.join("/")}`, segments, pathParameters, query };
}

/**
 * Infer an object type from an example JSON object: one optional field per
 * top-level key, typed from its value (an example shows a shape, not which
 * fields are always present).
 *
 * @param name Name of the type.
 * @param example The example text.
 * @param source Where the example is.
 * @returns The type, or null when the example is not a JSON object.
 */
export function responseFromExample(name: string, example: string, source: SourceLocation): IrObjectType | null {
  let value: unknown;
  try {
    // Read strictly: every key becomes a field, so a text that is only JSON once repaired makes none.
    value = JSON.parse(example);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const fields: IrField[] = Object.entries(value).map(([key, member]) => ({
    name: key,
    type: typeOfExampleValue(member),
    required: false,
    description: "",
    default: null,
    example: { value: member as IrLiteral["value"], text: JSON.stringify(member) },
    source,
  }));
  return { kind: "object", name, role: "response", description: "Inferred from the example return on the page.", fields, open: false, source, mergedFrom: [] };
}

function nameFromPath(segments: readonly string[]): string {
  const last = [...segments].reverse().find((segment) => !segment.startsWith("{")) ?? "call";
  const camel = snakeToCamel(last.replace(/[^\w-]/g, "_"));
  return camel.charAt(0).toLowerCase() + camel.slice(1);
}

function tableToHeaders(table: Table): IrHeader[] {
  return table.rows.map((row) => {
    const name = (row.cells.name?.text ?? "").replace(/`/g, "").trim();
    return { name, required: readRequiredFlag(row.cells.required, name).required, description: row.cells.description?.text ?? "", source: row.place };
  });
}

function pathField(name: string, source: SourceLocation): IrField {
  return { name, type: { kind: "primitive", name: "string" }, required: true, description: "", default: null, example: null, source };
}

function guideMethod(input: {
  client: string;
  name: string;
  summary: string;
  description: string;
  http: IrHttpBinding;
  parameters: IrField[];
  parametersPlace: SourceLocation;
  returns: IrTypeRef;
  exampleResult: string | null;
  source: SourceLocation;
  kind: "request" | "link";
}): LoweredMethod {
  const parametersType: IrObjectType | null =
    input.parameters.length === 0
      ? null
      : {
          kind: "object",
          name: `${toPascalCase(input.name)}Params`,
          role: "parameters",
          description: `Parameters of \`${input.client}.${input.name}\`.`,
          fields: input.parameters,
          open: false,
          source: input.parametersPlace,
          mergedFrom: [],
        };
  return {
    client: input.client,
    method: {
      name: input.name,
      documentedName: input.name,
      kind: input.kind,
      summary: input.summary,
      description: input.description,
      http: input.http,
      parametersType: parametersType?.name ?? null,
      parametersRequired: input.parameters.some((parameter) => parameter.required),
      returns: input.returns,
      exampleResult: input.exampleResult,
      usage: null,
      usageSource: null,
      source: input.source,
      alsoDocumentedAt: [],
      pagination: null,
    },
    parametersType,
    nameConfidence: 2,
  };
}
