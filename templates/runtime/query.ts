/**
 * Encode parameters as a query string: undefined and null values are left
 * out, arrays repeat the key, objects are sent as JSON, the rest as strings.
 *
 * @param parameters The method's parameter object.
 * @returns `?a=1&b=x` or the empty string.
 */
export function encodeQuery(parameters: object | undefined): string {
  if (!parameters) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      search.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}
