import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrSdk } from "../ir.js";
import { validateParameters } from "../ir-utils/validate-values.js";

/**
 * Example results that do not match the method's response type: a field the
 * type does not have, a missing required field, or a value of the wrong type.
 * The check is the one the mock server applies to requests.
 *
 * @param ir The SDK.
 * @returns One warning per problem, at the method.
 */
export function responseExampleMismatches(ir: IrSdk): Diagnostic[] {
  const types = new Map(ir.types.map((type) => [type.name, type] as const));
  const found: Diagnostic[] = [];
  for (const client of ir.clients) {
    for (const method of client.methods) {
      if (method.exampleResult === null || method.returns.kind !== "named") continue;
      let value: unknown;
      try {
        value = JSON.parse(method.exampleResult);
      } catch {
        found.push(diagnostic("warning", "example-not-json", `Unexpected example result of \`${client.name}.${method.name}\` that is not JSON, expected a JSON value of \`${method.returns.name}\``, method.source));
        continue;
      }
      for (const problem of validateParameters(value, method.returns.name, types)) {
        found.push(diagnostic("warning", "example-type-mismatch", `Unexpected example result of \`${client.name}.${method.name}\`: ${problem.replace("The parameters", "the result")}`, method.source));
      }
    }
  }
  return found;
}
