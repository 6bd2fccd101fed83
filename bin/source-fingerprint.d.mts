/** What the fingerprint covers: the generator's sources and its locked dependencies. */
export declare const FINGERPRINTED: string[];

/** What it covers in an installed package: its version and the compiled code. */
export declare const INSTALLED_FINGERPRINTED: string[];

/**
 * A hash of every file doc2sdk runs from, by path and content.
 *
 * @param projectRoot doc2sdk's own folder.
 * @returns A hex SHA-256.
 */
export declare function sourceFingerprint(projectRoot: string): Promise<string>;

/**
 * Remember the fingerprint of the code this process runs.
 *
 * @param projectRoot doc2sdk's own folder.
 * @param fingerprint Its `sourceFingerprint`.
 */
export declare function rememberSourceFingerprint(projectRoot: string, fingerprint: string): void;
