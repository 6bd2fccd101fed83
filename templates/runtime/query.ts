/**
 * Encode parameters as a query string the way the API's parser reads them:
 * keys sorted, undefined and null values left out, booleans and numbers as
 * text, arrays as repeated `key[]=` pairs (so a one-item array stays an
 * array), objects as JSON.
 *
 * @param parameters The method's parameter object.
 * @returns `?a=1&b=x` or the empty string.
 */
export function encodeQuery(parameters: object | undefined): string {
  if (!parameters) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== undefined && item !== null) search.append(`${key}[]`, queryValue(item));
    } else {
      search.append(key, queryValue(value));
    }
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

function queryValue(value: unknown): string {
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
