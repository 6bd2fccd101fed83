import fc from "fast-check";

/** What a watch edit does to the pages: rewrite one, parse one again unchanged, remove one, add one. */
export type PageEdit<Spec> = { kind: "rewrite" | "add"; page: number; spec: Spec } | { kind: "reparse" | "remove"; page: number };

/**
 * Edits to pages described by `spec`, for property tests of watch mode's incremental steps.
 *
 * @param spec What a page says.
 * @returns An arbitrary edit.
 */
export function pageEdit<Spec>(spec: fc.Arbitrary<Spec>): fc.Arbitrary<PageEdit<Spec>> {
  return fc.oneof(
    fc.record({ kind: fc.constantFrom("rewrite" as const, "add" as const), page: fc.nat(), spec }),
    fc.record({ kind: fc.constantFrom("reparse" as const, "remove" as const), page: fc.nat() }),
  );
}

/** A page of a property test: its path, what it says, and what the step under test reads from it (made afresh per parse). */
export interface EditedPage<Spec, Item> {
  file: string;
  spec: Spec;
  items: Item[];
}

/**
 * Pages edited one step at a time, as a watch session sees them: an edited or
 * re-parsed page's items are new objects, every other page keeps its own.
 *
 * @param initial What each page says at first.
 * @param itemsOf The items a page gives, made afresh (as a parse and lowering would).
 * @returns The pages now, and a function applying an edit.
 */
export function editedPages<Spec, Item>(initial: readonly Spec[], itemsOf: (spec: Spec, file: string) => Item[]): { items(): Item[]; apply(edit: PageEdit<Spec>): void } {
  const page = (file: string, spec: Spec): EditedPage<Spec, Item> => ({ file, spec, items: itemsOf(spec, file) });
  let pages = initial.map((spec, index) => page(`docs/page-${index}.md`, spec));
  let added = 0;
  return {
    items: () => pages.flatMap((entry) => entry.items),
    apply(edit) {
      const at = pages.length === 0 ? 0 : edit.page % pages.length;
      if (edit.kind === "add") {
        pages = [...pages.slice(0, at), page(`docs/page-new-${added++}.md`, edit.spec), ...pages.slice(at)];
      } else if (pages.length > 0) {
        const old = pages[at]!;
        const replaced = edit.kind === "remove" ? [] : [page(old.file, edit.kind === "rewrite" ? edit.spec : old.spec)];
        pages = [...pages.slice(0, at), ...replaced, ...pages.slice(at + 1)];
      }
    },
  };
}
