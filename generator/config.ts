/**
 * What a `doc2sdk.config.*` file may hold: the `generate` command's options,
 * under the flags' own names in camelCase. A flag given on the command line
 * wins over the file.
 */
export interface Doc2sdkConfig {
  /** Folders or globs of docs pages (`--input`). */
  input?: string | string[];
  /** The package folder (`--out`). */
  out?: string;
  /** A bindings file (`--bindings`). */
  bindings?: string;
  /** npm name of the generated package (`--package-name`). */
  packageName?: string;
  /** Its version (`--package-version`). */
  packageVersion?: string;
  /** The API's name in the generated README (`--title`). */
  title?: string;
  /** A module whose default export is the API's profile (`--profile`); GenAuth's when absent. */
  profile?: string;
  /** The generated package's licence, an SPDX expression such as `MIT` (`--license`). */
  license?: string;
  /** The generated package's repository URL (`--repository`). */
  repository?: string;
  /** Treat warnings as errors (`--strict`). */
  strict?: boolean;
  /** Print errors only (`--quiet`). */
  quiet?: boolean;
  /** Where the parse cache is kept (`--cache-dir`), or false for none (`--no-cache`). */
  cache?: string | false;
  /** Also write an OpenAPI document here (`--openapi`). */
  openapi?: string;
  /** Also write the IR here (`--ir`). */
  ir?: string;
  /** Input limits (`--max-page-size`, `--max-total-size`, `--max-nesting`). */
  maxPageSize?: number;
  maxTotalSize?: number;
  maxNesting?: number;
}

/**
 * Type a config file's contents (`export default defineConfig({ … })`).
 *
 * @param config The configuration.
 * @returns It, unchanged.
 */
export function defineConfig(config: Doc2sdkConfig): Doc2sdkConfig {
  return config;
}
