/** A request path after its `{name}` segments are filled in. */
export interface ExpandedPath {
  /** The path with each `{name}` replaced by the URL-encoded value. */
  path: string;
  /** The parameters without the ones used in the path, or undefined when none remain. */
  rest: object | undefined;
}

/**
 * Fill the `{name}` segments of a path from the parameters, URL-encoding each
 * value, and take those parameters out of what is sent in the query or body.
 *
 * @param template e.g. `/api/applications/{appId}/kick-active-users`.
 * @param names The path parameters, e.g. `["appId"]`.
 * @param parameters The method's parameter object.
 * @returns The path and the remaining parameters.
 * @throws TypeError when a path parameter is missing, empty, `.` or `..`: the request would go to another URL.
 */
export function expandPath(template: string, names: readonly string[], parameters: object | undefined): ExpandedPath {
  if (names.length === 0) return { path: template, rest: parameters };
  const values: Record<string, unknown> = { ...parameters };
  let path = template;
  for (const name of names) {
    const value = values[name];
    if (value === undefined || value === null || String(value) === "") {
      throw new TypeError(`Missing path parameter \`${name}\` for ${template}`);
    }
    path = path.split(`{${name}}`).join(pathSegment(name, String(value)));
    delete values[name];
  }
  return { path, rest: Object.keys(values).length === 0 ? undefined : values };
}

/**
 * One path segment from a value: every character that could end the segment or
 * the path (`/`, `?`, `#`, `%`) is percent-encoded, and `.` and `..`, which URL
 * parsers resolve against the path, are refused.
 *
 * @param name The parameter, for the message.
 * @param value The value as text.
 * @returns The encoded segment.
 * @throws TypeError for `.` and `..`.
 */
export function pathSegment(name: string, value: string): string {
  if (value === "." || value === "..") throw new TypeError(`Path parameter \`${name}\` cannot be \`${value}\`: it would change the endpoint`);
  return encodeURIComponent(value);
}

/**
 * Rename parameters to the names the server reads (`redirectUri` → `redirect_uri`).
 *
 * @param parameters The method's parameter object.
 * @param wireNames SDK name → name on the wire.
 * @returns A renamed copy (the input is not changed).
 */
export function renameParameters(parameters: object | undefined, wireNames: Readonly<Record<string, string>> | undefined): object | undefined {
  if (!parameters || !wireNames) return parameters;
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parameters)) renamed[Object.hasOwn(wireNames, key) ? wireNames[key]! : key] = value;
  return renamed;
}
