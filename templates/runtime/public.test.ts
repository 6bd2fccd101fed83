import { describe, expect, it } from "vitest";
import * as publicApi from "./public.js";

describe("the generated package's public surface", () => {
  it("exports the errors and environment names, and no runtime internals", () => {
    expect(Object.keys(publicApi).sort()).toEqual([
      "AuthenticationError", "BadRequestError", "ConflictError", "ConnectionError", "ENVIRONMENT_VARIABLES", "GenAuthApiError", "InternalServerError",
      "NotFoundError", "PermissionDeniedError", "RateLimitError", "RequestAbortedError", "ResponseFormatError", "SdkError", "TimeoutError", "UnprocessableEntityError",
    ]);
  });
});
