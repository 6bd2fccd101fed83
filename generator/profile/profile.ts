/**
 * A profile: everything about one API's docs and SDK that is the API's rather
 * than doc2sdk's. The stages ask the profile; they name no client, header,
 * path prefix or credential themselves. `genauth.ts` is the default; a test
 * profile (bearer token, REST paths) proves the seam.
 *
 * Adding a profile is one module implementing this interface, plus its
 * runtime files if its clients authenticate in their own way.
 */
import type { HttpVerb, IrClientRuntime, IrField, IrHeader } from "../ir.js";

/** A JSON value, as the OpenAPI document is made of. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** A request as the mock's credential checks see it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** Header values by lower-case name. */
  headers: Readonly<Record<string, string>>;
  /** Query parameters for GET (as received), top-level body fields otherwise. */
  parameters: object | undefined;
}

/** An error answer in the API's shape. */
export interface ApiFailure {
  statusCode: number;
  apiCode: number;
  message: string;
}

/** What the mock server's credential checks may keep between requests. */
export interface MockAuthContext {
  /** The mock's clock, in milliseconds. */
  now: number;
  /** Nonces already seen (the check adds to it). */
  usedNonces: Set<string>;
}

/** How the mock server checks credentials like the API. */
export interface MockAuthProfile {
  /** The credentials the mock accepts unless told otherwise, by name. */
  credentials: Readonly<Record<string, string>>;
  /**
   * Check a request to a route whose client authenticates as `auth` (an
   * `IrClientRuntime.auth` the profile gave).
   *
   * @returns The failure, or null when the request is authentic.
   */
  check(request: ReceivedRequest, auth: string, credentials: Readonly<Record<string, string>>, context: MockAuthContext): ApiFailure | null | Promise<ApiFailure | null>;
  /**
   * Whether a request (by its headers) is meant for a client that authenticates
   * as `auth`: picks among routes that share a verb and path.
   */
  claims(auth: string, headers: Readonly<Record<string, string>>): boolean;
  /** Lines that tell a user how to point each kind of client at the mock. */
  describe(credentials: Readonly<Record<string, string>>, url: string, clients: readonly { name: string; auth: string }[]): string[];
}

/** What the OpenAPI export says about auth and servers. */
export interface OpenApiProfile {
  /** `components.securitySchemes`. */
  securitySchemes: JsonObject;
  /** The document's `servers`. */
  servers: Json[];
  /** An operation's `security`, by its client's auth kind, or null for none. */
  security(auth: string): Json | null;
  /** An operation's own `servers`, or null to use the document's. */
  operationServers(auth: string, pageGivesServer: boolean): Json[] | null;
}

/** The rule for a method page whose front matter gives no verb or path. */
export interface HttpRuleInput {
  /** Path of the page. */
  file: string;
  /** camelCase method name. */
  methodName: string;
  /** Its parameters. */
  parameters: readonly IrField[];
}

/** One API's profile. */
export interface Profile {
  /** Short name, e.g. `genauth`; part of the parse cache key. */
  name: string;
  /** Package settings used unless the user gives others. */
  defaults: { packageName: string; title: string };
  /** How pages are assigned to clients. */
  pages: {
    /** The client of a page that names none, by a folder in its path (`authentication` → `AuthenticationClient`). */
    clientFolders: Readonly<Record<string, string>>;
    /** The client of an endpoint a guide documents without naming its method. */
    endpointClient(endpoint: { headers: readonly IrHeader[]; description: string }): string;
    /** The client a guide's link builders (URLs a browser is sent to) belong to. */
    linkClient: string;
  };
  /** The HTTP binding rule. */
  http: {
    /** The path, which may hold `{parameter}` segments (GenAuth: `/api/v3/<page file name>`). */
    rulePath(input: HttpRuleInput): string;
    /** The verb, or null to use doc2sdk's rule (reads by name are GET, the rest POST). */
    ruleVerb(input: HttpRuleInput): HttpVerb | null;
  };
  /** The runtime class, options and auth kind of a client, by its name. */
  clientRuntime(clientName: string): IrClientRuntime;
  /** The runtime files the SDK carries: `templates/runtime/`, changed as said here. */
  runtime: {
    /** Files of `templates/runtime/` this profile's SDKs leave out (another API's auth). */
    omit: readonly string[];
    /** An absolute folder whose `.ts` files are added to the runtime, replacing files of the same name, or null. */
    folder: string | null;
  };
  /** The generated README's usage example. */
  usage: {
    /** Constructor arguments, by base class. */
    construction: Readonly<Record<string, string>>;
    /** The error class a failed call throws (exported by the runtime). */
    apiError: string;
    /** The client whose first method the example calls (the first client when absent from the SDK). */
    exampleClient: string;
    /** The README's paragraph on how the clients authenticate, markdown. */
    authText: string;
    /** The README's paragraph on using the clients in a browser, markdown, or empty for none. */
    browserText: string;
  };
  /** The mock server's credential checks. */
  mock: MockAuthProfile;
  /** The OpenAPI export's security and servers. */
  openapi: OpenApiProfile;
}
