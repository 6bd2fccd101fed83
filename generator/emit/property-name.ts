import { isIdentifier } from "../names.js";

/**
 * Write a property name: as it is when it is an identifier, quoted otherwise.
 *
 * @param name Field name from the docs, e.g. `userId` or `x-app-id`.
 * @returns `userId` or `"x-app-id"`.
 */
export function propertyName(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}
