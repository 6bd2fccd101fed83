import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { HttpVerb, IrHttpBinding, IrMethod, IrSdk } from "../ir.js";
import type { BindingEntry, Bindings } from "../parse/bindings.js";
import { checkPathTemplate, isIdempotentCall, VERBS } from "./http-binding.js";

/**
 * Apply a bindings file to the IR: each entry sets the verb and path of one
 * documented method, ahead of the rule and front matter. An entry that names
 * no documented method, an unknown verb or an unsafe path is an error at its
 * position (the file is the project's own configuration, not a page).
 *
 * @param ir The lowered SDK (not changed).
 * @param bindings The bindings file, read.
 * @returns The SDK with the bound methods replaced by copies, and diagnostics.
 */
export function applyBindings(ir: IrSdk, bindings: Bindings): { ir: IrSdk; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byMethod = new Map<string, BindingEntry>();
  for (const entry of bindings.entries) {
    const key = `${entry.client}.${entry.method}`;
    const method = ir.clients.find((client) => client.name === entry.client)?.methods.find((candidate) => candidate.name === entry.method);
    if (!method) diagnostics.push(diagnostic("error", "bindings", `Unexpected binding for \`${key}\`, expected a method the docs document`, entry.place));
    else if (byMethod.has(key)) diagnostics.push(diagnostic("error", "bindings", `Unexpected second binding for \`${key}\``, entry.place));
    else byMethod.set(key, entry);
  }
  if (byMethod.size === 0) return { ir, diagnostics };
  const clients = ir.clients.map((client) => {
    if (!client.methods.some((method) => byMethod.has(`${client.name}.${method.name}`))) return client;
    const methods = client.methods.map((method) => {
      const entry = byMethod.get(`${client.name}.${method.name}`);
      if (!entry) return method;
      const bound = boundHttp(method, entry, ir);
      diagnostics.push(...bound.diagnostics);
      return bound.http ? { ...method, http: bound.http } : method;
    });
    return { ...client, methods };
  });
  return { ir: { ...ir, clients }, diagnostics };
}

/** The binding an entry gives a method, or null when the entry is wrong. */
function boundHttp(method: IrMethod, entry: BindingEntry, ir: IrSdk): { http: IrHttpBinding | null; diagnostics: Diagnostic[] } {
  let verb = method.http.verb;
  if (entry.verb) {
    const written = entry.verb.text.trim().toUpperCase() as HttpVerb;
    if (!VERBS.includes(written)) return { http: null, diagnostics: [diagnostic("error", "bindings", `Unexpected HTTP method \`${entry.verb.text}\`, expected one of ${VERBS.join(", ")}`, entry.verb.place)] };
    verb = written;
  }
  let path = method.http.path;
  let pathParameters = method.http.pathParameters;
  if (entry.path) {
    const parameters = ir.types.find((type) => type.name === method.parametersType);
    const checked = checkPathTemplate(entry.path.text.trim(), parameters?.kind === "object" ? parameters.fields : []);
    if (typeof checked === "string") return { http: null, diagnostics: [diagnostic("error", "bindings", `Unexpected path \`${entry.path.text}\`, expected ${checked}`, entry.path.place)] };
    path = entry.path.text.trim();
    pathParameters = checked;
  }
  const parametersIn = verb === "GET" || verb === "DELETE" ? "query" : "body";
  const idempotent = isIdempotentCall(verb, method.name);
  return { http: { ...method.http, verb, path, pathParameters, parametersIn, idempotent, origin: "bindings" }, diagnostics: [] };
}
