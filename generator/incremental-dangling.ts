import { isDeepStrictEqual } from "node:util";
import type { IrMethod, IrNamedType, IrObjectType, SourceLocation } from "./ir.js";
import { listChanges } from "./list-changes.js";
import type { ClientDraft } from "./lower/client-runtime.js";
import { danglingReferences, namesReferencedBy, type DanglingReferences } from "./lower/dangling-references.js";
import { openObjectType } from "./lower/named-type.js";

/** The last run: its types and methods, the names the types define, what referred to an undefined name, and the result. */
interface LastCheck {
  types: readonly IrNamedType[];
  methods: readonly IrMethod[];
  defined: ReadonlySet<string>;
  /** The types and methods that referred to a name no type has. */
  dangling: ReadonlySet<IrNamedType | IrMethod>;
  /** The pages of the warnings, and whether each had no Data structure section (which the warning says). */
  pagesWarned: ReadonlyMap<string, boolean>;
  result: DanglingReferences;
}

/** More changed types or methods than this are checked from scratch. */
const MOST_PATCHED = 256;

/**
 * `danglingReferences` for a watch session: each run gives what it gives, but
 * when an edit only replaced types and methods by ones of the same names that
 * refer to defined types, while every reference that dangled last run is still
 * there, last run's result stands; the changes are found by comparing pointers
 * (`listChanges`), reading none of the thousands of types and methods that did
 * not change. Otherwise every reference is checked again. An open type made
 * again for the same name and place keeps last run's object.
 *
 * @returns The step, which keeps its last run.
 */
export function incrementalDangling(): (types: readonly IrNamedType[], clients: readonly ClientDraft[], lacksDataStructure: (file: string) => boolean) => DanglingReferences {
  let last: LastCheck | null = null;
  const openTypes = new Map<string, IrObjectType>();
  const openType = (name: string, place: SourceLocation): IrObjectType => {
    const kept = openTypes.get(name);
    if (kept && isDeepStrictEqual(kept.source, place)) return kept;
    const made = openObjectType(name, place);
    openTypes.set(name, made);
    return made;
  };
  return (types, clients, lacksDataStructure) => {
    const methods = clients.flatMap((client) => client.methods);
    if (last && stillHolds(last, types, methods, lacksDataStructure)) {
      last = { ...last, types, methods };
      return last.result;
    }
    const result = danglingReferences(types, clients, lacksDataStructure, openType);
    const defined = new Set(types.map((type) => type.name));
    const dangling = new Set([...types, ...methods].filter((item) => namesReferencedBy(item).some((name) => !defined.has(name))));
    const pagesWarned = new Map(result.diagnostics.map((item) => [item.place.file, lacksDataStructure(item.place.file)] as const));
    last = { types, methods, defined, dangling, pagesWarned, result };
    return result;
  };
}

/** Whether last run's result is this run's: see `incrementalDangling`. */
function stillHolds(last: LastCheck, types: readonly IrNamedType[], methods: readonly IrMethod[], lacksDataStructure: (file: string) => boolean): boolean {
  const typeChanges = listChanges(last.types, types, MOST_PATCHED);
  const methodChanges = listChanges(last.methods, methods, MOST_PATCHED);
  if (!typeChanges || !methodChanges) return false;
  const namesOf = (list: readonly IrNamedType[]) => list.map((type) => type.name).sort().join("\n");
  if (namesOf(typeChanges.removed) !== namesOf(typeChanges.added)) return false;
  if ([...typeChanges.removed, ...methodChanges.removed].some((item) => last.dangling.has(item))) return false;
  if ([...typeChanges.added, ...methodChanges.added].some((item) => namesReferencedBy(item).some((name) => !last.defined.has(name)))) return false;
  return [...last.pagesWarned].every(([file, lacks]) => lacksDataStructure(file) === lacks);
}
