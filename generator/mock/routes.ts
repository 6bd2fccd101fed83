import type { IrMethod, IrNamedType, IrSdk, IrTypeRef } from "../ir.js";

/** One documented method the mock serves. */
export interface MockRoute {
  /** e.g. `ManagementClient`. */
  client: string;
  /** How the client authenticates (`IrClientRuntime.auth`): which credential check the route gets. */
  auth: string;
  method: IrMethod;
  /** Field types of the parameter object, by name (empty without parameters). */
  fieldTypes: ReadonlyMap<string, IrTypeRef>;
}

/** The mock's routing table: routes by `VERB path`, and the named types for validation. */
export interface MockRouteTable {
  routes: ReadonlyMap<string, readonly MockRoute[]>;
  types: ReadonlyMap<string, IrNamedType>;
  /** Paths served, for telling 404 from 405 (templates as `{name}`). */
  paths: ReadonlySet<string>;
  /** Paths with `{name}` parameters, matched segment by segment. */
  templates: readonly PathTemplate[];
}

/** A documented path with parameters, e.g. `/api/applications/{appId}/kick-active-users`. */
export interface PathTemplate {
  /** The path as the IR writes it. */
  path: string;
  /** Matches a request path; group i holds parameter i, still URL-encoded. */
  pattern: RegExp;
  /** Parameter names in path order. */
  names: readonly string[];
}

/** What a request path resolves to. */
export interface MatchedPath {
  /** The documented path (a template when it has parameters). */
  path: string;
  /** Path parameter values, decoded. */
  values: Record<string, string>;
}

/**
 * Index every method of the IR by verb and path. Two clients may document the
 * same path (the management and authentication APIs both live under /api/v3),
 * so a key can hold one route per client.
 *
 * @param ir The SDK.
 * @returns The routing table.
 */
export function mockRoutes(ir: IrSdk): MockRouteTable {
  const types = new Map(ir.types.map((type) => [type.name, type] as const));
  const routes = new Map<string, MockRoute[]>();
  const paths = new Set<string>();
  const templates: PathTemplate[] = [];
  for (const client of ir.clients) {
    for (const method of client.methods) {
      const parameterType = method.parametersType ? types.get(method.parametersType) : undefined;
      const fieldTypes = new Map(parameterType?.kind === "object" ? parameterType.fields.map((field) => [field.name, field.type] as const) : []);
      const key = routeKey(method.http.verb, method.http.path);
      routes.set(key, [...(routes.get(key) ?? []), { client: client.name, auth: client.runtime.auth, method, fieldTypes }]);
      if (!paths.has(method.http.path) && method.http.pathParameters.length > 0) templates.push(pathTemplate(method.http.path, method.http.pathParameters));
      paths.add(method.http.path);
    }
  }
  return { routes, types, paths, templates };
}

/**
 * Resolve a request path to a documented path: itself when documented as is,
 * else the first template it fits, with the parameter values.
 *
 * @param table The routing table.
 * @param pathname The request's path.
 * @returns The documented path and values, or null when none fits.
 */
export function matchPath(table: MockRouteTable, pathname: string): MatchedPath | null {
  if (table.paths.has(pathname)) return { path: pathname, values: {} };
  for (const template of table.templates) {
    const match = template.pattern.exec(pathname);
    if (!match) continue;
    const values: Record<string, string> = {};
    template.names.forEach((name, index) => (values[name] = decodeURIComponent(match[index + 1]!)));
    return { path: template.path, values };
  }
  return null;
}

function pathTemplate(path: string, names: readonly string[]): PathTemplate {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? "([^/]+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return { path, pattern: new RegExp(`^${source}$`), names };
}

/**
 * The routing key of a request.
 *
 * @param verb HTTP verb, any case.
 * @param path URL path.
 * @returns e.g. `GET /api/v3/get-user`.
 */
export function routeKey(verb: string, path: string): string {
  return `${verb.toUpperCase()} ${path}`;
}

/**
 * Choose among routes sharing a verb and path: the first whose client the
 * profile says the request is meant for (GenAuth: a signed request goes to
 * the management client), else the first.
 *
 * @param candidates Routes with the request's verb and path.
 * @param claims Whether a request is meant for a client that authenticates so.
 * @returns The route.
 */
export function pickRoute(candidates: readonly MockRoute[], claims: (auth: string) => boolean): MockRoute | undefined {
  return candidates.find((route) => claims(route.auth)) ?? candidates[0];
}
