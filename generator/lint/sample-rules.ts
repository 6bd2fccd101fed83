import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { GeneratedFile } from "../emit/emit.js";
import type { IrSdk, SourceLocation } from "../ir.js";

/** Where the samples are checked, inside the generated package. */
const SAMPLES_FILE = "src/doc2sdk-samples.check.ts";

/** One page's sample, placed in the check file. */
interface PlacedSample {
  name: string;
  source: SourceLocation;
  firstLine: number;
  lastLine: number;
}

/**
 * The docs' sample code that no longer compiles against the SDK the docs
 * generate: each sample's call (`IrMethod.usage`) is type-checked as the body
 * of a function in a file beside the package, with every client declared under
 * the variable name the docs use (`managementClient`), and each error is a
 * warning at the sample on its page.
 *
 * @param ir The SDK.
 * @param files Its generated package.
 * @param typecheck Type-checks a package (`typecheckPackage`), giving `file:line:column: message` errors.
 * @returns One warning per sample that does not compile.
 */
export function samplesThatDoNotCompile(ir: IrSdk, files: readonly GeneratedFile[], typecheck: (files: readonly GeneratedFile[]) => string[]): Diagnostic[] {
  const lines = [`import type { ${ir.clients.map((client) => client.name).join(", ")} } from "./index.js";`];
  for (const client of ir.clients) lines.push(`declare const ${client.name.charAt(0).toLowerCase()}${client.name.slice(1)}: ${client.name};`);
  const placed: PlacedSample[] = [];
  for (const client of ir.clients) {
    for (const method of client.methods) {
      if (!method.usage || !method.usageSource) continue;
      const body = method.usage.split("\n");
      lines.push(`export async function sample${placed.length}(): Promise<void> {`);
      placed.push({ name: `${client.name}.${method.name}`, source: method.usageSource, firstLine: lines.length + 1, lastLine: lines.length + body.length });
      lines.push(...body, "}");
    }
  }
  if (placed.length === 0 || ir.clients.length === 0) return [];
  const errors = typecheck([...files, { path: SAMPLES_FILE, text: `${lines.join("\n")}\n` }]);
  const found = new Map<PlacedSample, string>();
  for (const error of errors) {
    const at = new RegExp(`^${SAMPLES_FILE.replace(/\./g, "\\.")}:(\\d+):\\d+: ([\\s\\S]*)$`).exec(error);
    if (!at) continue;
    const line = Number(at[1]);
    const sample = placed.find((candidate) => line >= candidate.firstLine && line <= candidate.lastLine);
    if (sample && !found.has(sample)) found.set(sample, at[2]!.split("\n")[0]!);
  }
  return [...found].map(([sample, message]) =>
    diagnostic("warning", "sample-does-not-compile", `Unexpected sample code for \`${sample.name}\` that does not compile against the generated client, expected a call that fits its signature: ${message}`, sample.source),
  );
}
