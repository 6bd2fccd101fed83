import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { IrSdk } from "../ir.js";
import { DEFAULT_PROFILE } from "../profile/index.js";
import type { ApiFailure, Profile, ReceivedRequest } from "../profile/profile.js";
import { applyCors } from "./cors.js";
import { examplePage } from "./pages.js";
import { readQuery, typeQuery } from "./query.js";
import { matchPath, mockRoutes, pickRoute, routeKey, type MockRoute, type MockRouteTable } from "./routes.js";
import { validateParameters } from "../ir-utils/validate-values.js";

/** A failure the next matching request meets instead of its normal answer. */
export type MockFault =
  /** The connection is destroyed without an answer. */
  | { kind: "reset"; path?: string }
  /** The answer comes after a delay. */
  | { kind: "delay"; ms: number; path?: string }
  /** An HTTP status with the API's error body, or the given one. */
  | { kind: "status"; status: number; body?: string; headers?: Record<string, string>; path?: string }
  /** A 200 answer whose body is an HTML page. */
  | { kind: "non-json"; path?: string };

/** Settings of the mock server. */
export interface MockServerOptions {
  /** The SDK whose methods are served. */
  ir: IrSdk;
  /** Accepted credentials, by name (default: the profile's). */
  credentials?: Readonly<Record<string, string>>;
  /** The API's profile, which checks credentials (GenAuth's by default). */
  profile?: Profile;
  /** Answer CORS preflights and let any web origin read the answers, so a browser app can call the mock. */
  cors?: boolean;
  /** Port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface; loopback by default. */
  host?: string;
}

/** One request the mock received. */
export interface ReceivedLogEntry {
  method: string;
  path: string;
  /** The query parameters, as received. */
  query: Record<string, string>;
  /** `Date.now()` when it arrived. */
  at: number;
}

/** A running mock server. */
export interface MockServer {
  /** e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every request received, in order. */
  readonly received: readonly ReceivedLogEntry[];
  /** Queue a fault for the next request (to `path`, when given). */
  injectFault(fault: MockFault): void;
  /** Stop listening, close every connection and clear every timer. */
  close(): Promise<void>;
}

/** The largest body the mock reads. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Start a local GenAuth-compatible server for the documented methods: each is
 * served at its verb and path, checks credentials like the API, validates its
 * parameters against the docs and answers with the page's example result.
 *
 * @param options The IR, credentials and where to listen.
 * @returns The running server.
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const table = mockRoutes(options.ir);
  const profile = options.profile ?? DEFAULT_PROFILE;
  const credentials = { ...profile.mock.credentials, ...options.credentials };
  const usedNonces = new Set<string>();
  const faults: MockFault[] = [];
  const received: ReceivedLogEntry[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let requestCount = 0;

  const server = createServer((request, response) => {
    if (options.cors && applyCors(request, response)) return;
    const url = new URL(request.url ?? "/", "http://mock.invalid");
    received.push({ method: request.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), at: Date.now() });
    const requestId = `mock-${++requestCount}`;
    const faultIndex = faults.findIndex((fault) => fault.path === undefined || fault.path === url.pathname);
    const fault = faultIndex === -1 ? undefined : faults.splice(faultIndex, 1)[0];
    const serve = () => {
      readBody(request)
        .then((body) => answer(table, { request, url, body, requestId, credentials, usedNonces, profile }))
        .then((result) => send(response, result.httpStatus, result.body, { "x-request-id": requestId, ...result.headers }))
        .catch((error: unknown) => send(response, 500, apiError({ statusCode: 500, apiCode: 50000, message: `Mock server failure: ${error instanceof Error ? error.message : String(error)}` }, requestId)));
    };
    if (!fault) return serve();
    switch (fault.kind) {
      case "reset":
        request.socket.destroy();
        return;
      case "non-json":
        return send(response, 200, "<html><body>Service temporarily unavailable</body></html>", { "content-type": "text/html" });
      case "status":
        return send(response, fault.status, fault.body ?? apiError({ statusCode: fault.status, apiCode: fault.status * 100, message: `Injected HTTP ${fault.status}` }, requestId), fault.headers);
      case "delay": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!response.destroyed) serve();
        }, fault.ms);
        timers.add(timer);
        response.on("close", () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
    }
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    received,
    injectFault: (fault) => faults.push(fault),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface Exchange {
  request: IncomingMessage;
  url: URL;
  body: string;
  requestId: string;
  credentials: Readonly<Record<string, string>>;
  usedNonces: Set<string>;
  profile: Profile;
}

interface Answer {
  httpStatus: number;
  body: string;
  headers?: Record<string, string>;
}

async function answer(table: MockRouteTable, exchange: Exchange): Promise<Answer> {
  const { request, url, requestId } = exchange;
  const verb = request.method ?? "GET";
  const headers = headerRecord(request);
  const matched = matchPath(table, url.pathname);
  const route = matched ? pickRoute(table.routes.get(routeKey(verb, matched.path)) ?? [], (auth) => exchange.profile.mock.claims(auth, headers)) : undefined;
  if (!matched || !route) {
    const failure = matched
      ? { statusCode: 405, apiCode: 40500, message: `${url.pathname} is not documented for ${verb}` }
      : { statusCode: 404, apiCode: 40400, message: `No documented method at ${verb} ${url.pathname}` };
    return failureAnswer(failure, requestId);
  }
  const parameters = readParameters(route, table, url, exchange.body);
  if ("failure" in parameters) return failureAnswer(parameters.failure, requestId);
  const received: ReceivedRequest = { method: verb, path: url.pathname, headers, parameters: parameters.signed };
  const denied = await exchange.profile.mock.check(received, route.auth, exchange.credentials, { now: Date.now(), usedNonces: exchange.usedNonces });
  if (denied) return failureAnswer(denied, requestId);
  const problems = validateParameters(withPathValues(parameters.typed, matched.values), route.method.parametersType, table.types);
  if (problems.length > 0) return failureAnswer({ statusCode: 400, apiCode: 40010, message: problems.join("; ") }, requestId);
  return { httpStatus: 200, body: exampleBody(route, requestId, parameters.typed) };
}

/** The parameters as signed (raw query or body fields) and as typed for validation. */
function readParameters(route: MockRoute, table: MockRouteTable, url: URL, body: string): { signed: object | undefined; typed: unknown } | { failure: ApiFailure } {
  if (route.method.http.parametersIn === "query") {
    const raw = readQuery(url.searchParams);
    return { signed: raw, typed: typeQuery(raw, route.fieldTypes, table.types) };
  }
  if (body.trim() === "") return { signed: undefined, typed: {} };
  try {
    const parsed: unknown = JSON.parse(body);
    return { signed: parsed as object, typed: parsed };
  } catch {
    return { failure: { statusCode: 400, apiCode: 40011, message: "The request body is not JSON" } };
  }
}

/** The parameters with the path's values added back, as the parameter type documents them. */
function withPathValues(typed: unknown, values: Record<string, string>): unknown {
  if (Object.keys(values).length === 0) return typed;
  return { ...(typeof typed === "object" && typed !== null ? typed : {}), ...values };
}

function exampleBody(route: MockRoute, requestId: string, parameters: unknown): string {
  if (route.method.exampleResult) {
    try {
      const example: unknown = JSON.parse(route.method.exampleResult);
      return JSON.stringify(route.method.pagination ? examplePage(example, route.method.pagination, parameters) : example);
    } catch {
      // The page's example is not JSON; answer with a bare success.
    }
  }
  return JSON.stringify({ statusCode: 200, message: "success", requestId, data: null });
}

function failureAnswer(failure: ApiFailure, requestId: string): Answer {
  return { httpStatus: failure.statusCode, body: apiError(failure, requestId) };
}

function apiError(failure: ApiFailure, requestId: string): string {
  return JSON.stringify({ statusCode: failure.statusCode, apiCode: failure.apiCode, message: failure.message, requestId });
}

function headerRecord(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  return headers;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("request body too large"));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(body);
}
