import type { IrMethod, IrNamedType } from "../ir.js";
import { functionText, methodText } from "./client-file.js";
import { printDeclarations } from "./models.js";
import { readmeLineText } from "./package-files.js";
import type { FunctionsModule } from "./client.js";
import { interleaved, type TemplateSet } from "./templates.js";

/**
 * The pure per-part steps `emit` is made of. `emit` calls them and caches
 * nothing; a watch session hands `emitWith` the same steps wrapped with caches
 * keyed by the IR objects (generator/incremental.ts), so only the types and
 * methods an edit changed are printed again.
 */
export interface EmitSteps {
  /** Named types printed as declarations, one text per type, in order. */
  printDeclarations(types: readonly IrNamedType[]): string[];
  /** One client method rendered. */
  renderMethod(method: IrMethod, templates: TemplateSet): string;
  /** One method's line of the README's method reference rendered. */
  renderReadmeLine(method: IrMethod, templates: TemplateSet): string;
  /** One method's standalone function rendered, for the functions module of its client. */
  renderFunction(method: IrMethod, templates: TemplateSet, module: FunctionsModule): string;
  /**
   * One whole file's text, in pieces: `make()`, which reads nothing but
   * `parts` (a template, a view of plain data, rendered declarations). Uncached,
   * the pieces are joined into one; a cache keeps them apart and may give the
   * pieces it made for the same path from equal parts.
   */
  assembleFile(path: string, parts: readonly unknown[], make: () => readonly string[]): readonly string[];
  /**
   * A file of a template around a list of items (a client's methods), in
   * pieces: the skeleton's texts with the items in their places, or `whole()`
   * when `skeleton()` is null. `skeleton()` reads nothing but `frame` (the
   * template, and the view less its items, with their count); a cache may keep
   * it while the frame is equal, so that an edit to one item renders no template.
   */
  assembleItems(path: string, frame: readonly unknown[], items: readonly string[], skeleton: () => readonly string[] | null, whole: () => readonly string[]): readonly string[];
}

/** The steps, uncached. */
export const EMIT_STEPS: EmitSteps = {
  printDeclarations,
  renderMethod: methodText,
  renderFunction: functionText,
  renderReadmeLine: readmeLineText,
  assembleFile: (_path, _parts, make) => [make().join("")],
  assembleItems: (_path, _frame, items, skeleton, whole) => {
    const texts = skeleton();
    return [(texts ? interleaved(texts, items) : whole()).join("")];
  },
};
