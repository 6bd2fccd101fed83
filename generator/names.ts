/** Names: identifiers, case conversions and page file names, shared by every stage. */
/** A valid JavaScript identifier (ASCII subset, which is all the docs use). */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Whether a name can be written unquoted as an identifier or property name.
 *
 * @param name A field or type name.
 * @returns True for `userId`, false for `x-app-id` or `2fa`.
 */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * Convert a documented method name to camelCase: `delete_account` → `deleteAccount`.
 * Names already in camelCase are kept as they are.
 *
 * @param name Method name as documented.
 * @returns camelCase name.
 */
export function snakeToCamel(name: string): string {
  return name.replace(/[_-]+([A-Za-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Convert a name to PascalCase for a type: `deleteAccount` → `DeleteAccount`.
 *
 * @param name A camelCase or snake_case name.
 * @returns PascalCase name.
 */
export function toPascalCase(name: string): string {
  const camel = snakeToCamel(name.replace(/[^\w$-]/g, "_"));
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * The file name of a page without folder or `.md`: `a/b/get-user.md` → `get-user`.
 *
 * @param file Path of the page.
 * @returns The stem.
 */
export function fileStem(file: string): string {
  return (file.split(/[\\/]/).at(-1) ?? file).replace(/\.(md|html?)$/i, "");
}

/**
 * A name folded for loose comparison: lower case, without `-` and `_`, so that
 * `signInByAD`, `signin-by-ad` and `sign_in_by_ad` compare equal.
 *
 * @param name A method name or file stem.
 * @returns The folded name.
 */
export function looseName(name: string): string {
  return name.replace(/[-_]/g, "").toLowerCase();
}
