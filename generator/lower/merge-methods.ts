import { compareText, diagnostic, type Diagnostic } from "../diagnostics.js";
import type { SourceLocation } from "../ir.js";
import type { ClientDraft } from "./client-runtime.js";
import { fileStem, isIdentifier, looseName, snakeToCamel, toPascalCase } from "../names.js";
import type { LoweredMethod } from "./method.js";
import { comparePlaces, groupsInOrder, structuralDifference } from "./merge-types.js";
import { typeKey } from "../ir-utils/type-walk.js";

/**
 * Merge the methods documented more than once. A method documented on several
 * pages with the same signature (verb, path, parameters, return type) is kept
 * once with a note; documented differently, both are kept (the later page's
 * under a name from its file name) with a warning that names both pages.
 *
 * @param methods Every lowered method.
 * @param merge Merges one method's pages (`mergeMethodGroup`; a watch session's merge keeps last run's objects).
 * @returns One method per client and name, in place order of its first page, and diagnostics.
 */
export function mergeMethods(
  methods: readonly LoweredMethod[],
  merge: (key: string, group: readonly LoweredMethod[]) => MergedMethod = (_key, group) => mergeMethodGroup(group),
): { kept: LoweredMethod[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const kept: LoweredMethod[] = [];
  const conflicts: MergedMethod["conflicts"] = [];
  const sorted = [...methods].sort((a, b) => comparePlaces(a.method.source, b.method.source));
  for (const [key, group] of groupsInOrder(sorted, methodKey)) {
    const merged = merge(key, group);
    kept.push(merged.kept);
    conflicts.push(...merged.conflicts);
    diagnostics.push(...merged.diagnostics);
  }
  const taken = new Set(kept.map(methodKey));
  for (const { method, first, difference } of conflicts) {
    const renamed = renamedByPage(method, taken);
    taken.add(methodKey(renamed));
    kept.push(renamed);
    diagnostics.push(
      diagnostic("warning", "method-conflict", `\`${methodKey(method)}\` is documented again with ${difference}; both are kept, this page's as \`${renamed.method.name}\` (after its file name)`, method.method.source, {
        message: `the first definition of \`${methodKey(method)}\` keeps the name`,
        place: first,
      }),
    );
  }
  return { kept, diagnostics };
}

/**
 * A method that conflicts with another of its name, renamed after its page's
 * file name (`get-user-by-id.md` → `getUserById`), with a number added while
 * that name is taken too, so both stay callable and the names are deterministic.
 */
function renamedByPage(lowered: LoweredMethod, taken: ReadonlySet<string>): LoweredMethod {
  const base = snakeToCamel(fileStem(lowered.method.source.file).replace(/[^\w$-]/g, "_")).replace(/^[^A-Za-z_$]+/, "");
  const stem = isIdentifier(base) && base !== lowered.method.name ? base : lowered.method.name;
  let name = stem;
  for (let suffix = 2; name === lowered.method.name || taken.has(`${lowered.client}.${name}`); suffix++) name = `${stem}${suffix}`;
  const parametersType = lowered.parametersType && lowered.parametersType.name === `${toPascalCase(lowered.method.name)}Params` ? { ...lowered.parametersType, name: `${toPascalCase(name)}Params` } : lowered.parametersType;
  return { ...lowered, parametersType, method: { ...lowered.method, name, parametersType: parametersType?.name ?? null, alsoDocumentedAt: [] } };
}

/**
 * Group methods into clients.
 *
 * @param kept One method per client and name.
 * @returns Clients sorted by name, with methods sorted by name.
 */
export function clientsOf(kept: readonly LoweredMethod[]): ClientDraft[] {
  const clients = new Map<string, ClientDraft>();
  for (const { client, method } of kept) {
    const entry = clients.get(client) ?? { name: client, methods: [] };
    entry.methods.push(method);
    clients.set(client, entry);
  }
  const list = [...clients.values()].sort((a, b) => compareText(a.name, b.name));
  for (const client of list) client.methods.sort((a, b) => compareText(a.name, b.name));
  return list;
}

/** The method kept from the pages that document one client method. */
export interface MergedMethod {
  kept: LoweredMethod;
  /** Pages that document the method differently: kept too, under another name (given by `mergeMethods`). */
  conflicts: { method: LoweredMethod; first: SourceLocation; difference: string }[];
  diagnostics: Diagnostic[];
}

/**
 * A method's key: its client and name, `Client.method`.
 *
 * @param lowered A lowered method.
 * @returns The key the pages documenting one method share.
 */
export function methodKey(lowered: LoweredMethod): string {
  return `${lowered.client}.${lowered.method.name}`;
}

/**
 * Merge the pages that document one client method. The inputs are never
 * changed: the method kept is a copy.
 *
 * @param candidates The method as each page documents it, in place order (at least one).
 * @returns The method kept and diagnostics.
 */
export function mergeMethodGroup(candidates: readonly LoweredMethod[]): MergedMethod {
  const diagnostics: Diagnostic[] = [];
  const conflicts: MergedMethod["conflicts"] = [];
  const key = methodKey(candidates[0]!);
  let first: LoweredMethod = { ...candidates[0]!, method: { ...candidates[0]!.method, alsoDocumentedAt: [] } };
  for (const candidate of candidates.slice(1)) {
    const difference = signatureDifference(first, candidate);
    if (difference !== null && onlyRulePathDiffers(first, candidate)) {
      const keep = pathMatchesName(candidate) && !pathMatchesName(first) ? candidate : first;
      const other = keep === first ? candidate : first;
      const previous = first;
      first = { ...keep, method: { ...keep.method, alsoDocumentedAt: [...first.method.alsoDocumentedAt, other.method.source] } };
      diagnostics.push(
        diagnostic("warning", "duplicate-method", `\`${key}\` is documented on two pages that differ only in the path taken from their file names; kept ${keep.method.http.path}`, candidate.method.source, {
          message: "other page",
          place: previous.method.source,
        }),
      );
      continue;
    }
    if (difference !== null && first.nameConfidence !== candidate.nameConfidence) {
      const keep = first.nameConfidence > candidate.nameConfidence ? first : candidate;
      const dropped = keep === first ? candidate : first;
      first = keep === first ? first : { ...keep, method: { ...keep.method, alsoDocumentedAt: [] } };
      diagnostics.push(
        diagnostic("warning", "method-name-guess-dropped", `\`${key}\` was guessed from sample code unlike its file name, and another page documents it differently (${difference}); this page is skipped`, dropped.method.source, {
          message: "the page kept",
          place: keep.method.source,
        }),
      );
      continue;
    }
    if (difference === null) {
      first.method.alsoDocumentedAt.push(candidate.method.source);
      diagnostics.push(
        diagnostic("info", "duplicate-method", `\`${key}\` is documented again with the same signature; merged`, candidate.method.source, {
          message: "first documented here",
          place: first.method.source,
        }),
      );
      continue;
    }
    conflicts.push({ method: candidate, first: first.method.source, difference });
  }
  return { kept: first, conflicts, diagnostics };
}

function onlyRulePathDiffers(a: LoweredMethod, b: LoweredMethod): boolean {
  if (a.method.http.origin !== "rule" || b.method.http.origin !== "rule") return false;
  const sameVerb = a.method.http.verb === b.method.http.verb;
  const samePath = { ...b, method: { ...b.method, http: { ...b.method.http, path: a.method.http.path } } };
  return sameVerb && signatureDifference(a, samePath) === null;
}

function pathMatchesName(lowered: LoweredMethod): boolean {
  return looseName(lowered.method.http.path.split("/").at(-1) ?? "") === looseName(lowered.method.name);
}

function signatureDifference(a: LoweredMethod, b: LoweredMethod): string | null {
  if (a.method.http.verb !== b.method.http.verb || a.method.http.path !== b.method.http.path) {
    return `${b.method.http.verb} ${b.method.http.path} instead of ${a.method.http.verb} ${a.method.http.path}`;
  }
  if (typeKey(a.method.returns) !== typeKey(b.method.returns)) return `return type ${typeKey(b.method.returns)} instead of ${typeKey(a.method.returns)}`;
  if (!a.parametersType || !b.parametersType) {
    return a.parametersType === b.parametersType ? null : b.parametersType ? "parameters where the first has none" : "no parameters where the first has some";
  }
  const difference = structuralDifference(a.parametersType, b.parametersType);
  return difference === null ? null : `parameters that differ: ${difference}`;
}
