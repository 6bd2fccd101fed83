import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { SourceLocation } from "../ir.js";
import { fileStem, looseName, snakeToCamel } from "../names.js";
import type { MethodName, TextAt } from "../page.js";
import { QUALIFIED_NAME } from "../vocabulary.js";

const CLIENT_CALL = /\b([a-z]\w*Client)\s*\.\s*([A-Za-z_]\w*)\s*\(/g;
/** Calls in sample code that set the client up rather than document the page's method. */
const SETUP_CALLS = new Set(["setAccessToken", "signInByUsernamePassword", "signInByEmailPassword", "then", "catch"]);

/**
 * Read `Client.method` from the text of a Method name section.
 *
 * @param paragraphs The section's paragraphs.
 * @returns The name, or null when no paragraph has that form.
 */
export function methodNameFromSection(paragraphs: readonly TextAt[]): MethodName | null {
  for (const paragraph of paragraphs) {
    const match = QUALIFIED_NAME.exec(paragraph.text.trim());
    if (match?.[1] && match[2]) return { client: match[1], method: match[2], foundIn: "section", place: paragraph.place };
  }
  return null;
}

/**
 * Infer the method from the page's sample code: the call on a `…Client`
 * variable whose name matches the file name, else the first call that is not
 * set-up (logging in, setting the token).
 *
 * @param blocks Code blocks of the page.
 * @param file Path of the page.
 * @returns The name and a warning saying it was a guess, or null.
 */
export function methodNameFromSampleCode(
  blocks: readonly TextAt[],
  file: string,
): { method: MethodName; warning: Diagnostic } | null {
  const stem = fileStem(file);
  const calls: { client: string; method: string; place: SourceLocation }[] = [];
  for (const block of blocks) {
    for (const match of block.text.matchAll(CLIENT_CALL)) {
      const variable = match[1] ?? "";
      const method = match[2] ?? "";
      calls.push({ client: variable[0]!.toUpperCase() + variable.slice(1), method, place: block.place });
    }
  }
  const chosen = calls.find((call) => looseName(call.method) === looseName(stem)) ?? calls.find((call) => !SETUP_CALLS.has(call.method));
  if (!chosen) return null;
  const method: MethodName = { client: chosen.client, method: chosen.method, foundIn: "sample-code", place: chosen.place };
  const warning = diagnostic(
    "warning",
    "method-name-inferred",
    `Missing Method name section; inferred \`${chosen.client}.${chosen.method}\` from the sample code`,
    chosen.place,
  );
  return { method, warning };
}

/**
 * Infer the method from the page's file name and folder, the way the upstream
 * pages are produced (`authentication/…/get-extidps.md` → `AuthenticationClient.getExtidps`).
 *
 * @param file Path of the page.
 * @param place Where to report the guess (the page title).
 * @param clientFolders The profile's clients by folder name (lower case), e.g. `management` → `ManagementClient`.
 * @returns The name and a warning, or null when no folder of the path names a client.
 */
export function methodNameFromFileName(
  file: string,
  place: SourceLocation,
  clientFolders: Readonly<Record<string, string>>,
): { method: MethodName; warning: Diagnostic } | null {
  const folders = file.replace(/\\/g, "/").toLowerCase().split("/").slice(0, -1);
  const client = Object.entries(clientFolders).find(([folder]) => folders.includes(folder))?.[1];
  if (!client) return null;
  const method = snakeToCamel(fileStem(file));
  const warning = diagnostic(
    "warning",
    "method-name-inferred",
    `Missing Method name section and sample code; inferred \`${client}.${method}\` from the file name`,
    place,
  );
  return { method: { client, method, foundIn: "file-name", place }, warning };
}

