import type { IncomingMessage, ServerResponse } from "node:http";

/** Response headers a browser may read besides the simple ones. */
const EXPOSED_HEADERS = "x-request-id, retry-after";

/**
 * Answer like an API that allows any web origin (the mock's `--cors`): the
 * response to a preflight, or the headers every answer gets.
 *
 * @param request The request.
 * @param response The response, not yet written.
 * @returns True when the request was a preflight and has been answered.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  response.setHeader("access-control-allow-origin", typeof origin === "string" && origin !== "" ? origin : "*");
  response.setHeader("vary", "origin");
  response.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
  if (request.method !== "OPTIONS" || typeof request.headers["access-control-request-method"] !== "string") return false;
  response.setHeader("access-control-allow-methods", "GET, POST, PUT, PATCH, DELETE");
  const asked = request.headers["access-control-request-headers"];
  if (typeof asked === "string" && asked !== "") response.setHeader("access-control-allow-headers", asked);
  response.setHeader("access-control-max-age", "600");
  response.writeHead(204);
  response.end();
  return true;
}
