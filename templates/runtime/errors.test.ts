import { describe, expect, it } from "vitest";
import { AuthenticationClientBase } from "./authentication.js";
import type { ApiRequest, RequestOptions } from "./client.js";
import {
  apiErrorFor,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  GenAuthApiError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SdkError,
  UnprocessableEntityError,
} from "./errors.js";

class Client extends AuthenticationClientBase {
  call<T>(request: ApiRequest, options?: RequestOptions): Promise<T> {
    return this.request<T>(request, options);
  }
}

describe("API errors by status", () => {
  it.each([
    [400, BadRequestError], [401, AuthenticationError], [403, PermissionDeniedError], [404, NotFoundError], [409, ConflictError],
    [422, UnprocessableEntityError], [429, RateLimitError], [500, InternalServerError], [503, InternalServerError], [418, GenAuthApiError],
  ] as const)("%d is a %s", (status, ErrorClass) => {
    const error = apiErrorFor({ message: "m", statusCode: status, httpStatus: 200 });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error.name).toBe(ErrorClass.name);
  });

  it("takes the HTTP status when the body's status code says nothing", () => {
    expect(apiErrorFor({ message: "m", statusCode: 200, httpStatus: 404 })).toBeInstanceOf(NotFoundError);
  });

  it("is what a call throws, with the API's fields", async () => {
    const client = new Client({ appId: "app", appHost: "https://host.example", maxRetries: 0, fetch: (async () => new Response('{"statusCode":404,"message":"no such user","apiCode":2004,"requestId":"r1"}', { status: 200 })) as unknown as typeof fetch });
    const error = await client.call({ method: "GET", path: "/api/v3/get-user" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ statusCode: 404, apiCode: 2004, requestId: "r1", httpStatus: 200, message: "no such user" });
  });
});
