import { createHash } from "node:crypto";
import type { Diagnostic } from "./diagnostics.js";
import type { IrSdk } from "./ir.js";
import { LOWER_STEPS } from "./lower/steps.js";
import type { Bindings } from "./parse/bindings.js";
import type { PageModel } from "./page.js";
import { parseEach, runPipeline } from "./pipeline.js";
import type { Profile } from "./profile/profile.js";

/** A docs page to generate from. */
export interface InputPage {
  /** Path to show in diagnostics and headers, with `/` separators. */
  file: string;
  /** Markdown text. */
  text: string;
}

/** What parsing one page gives: its model and what was said about it. */
export interface ParsedPage {
  page: PageModel;
  diagnostics: Diagnostic[];
}

/**
 * Parsed pages kept between runs, by `pageCacheKey`. Parsing is pure, so a
 * page with the same key always parses the same; the CLI keeps this on disk.
 */
export interface PageCache {
  /** The parse of the page with this key; the page itself is given for caches keyed by path. */
  get(key: string, page: InputPage): ParsedPage | undefined;
  set(key: string, value: ParsedPage, page: InputPage): void;
}

/**
 * The cache key of a page: a hash of the parser's fingerprint, the page's path
 * (positions name it) and its text.
 *
 * @param page The page.
 * @param fingerprint Changes whenever the parser could parse differently (its code, its dependencies).
 * @returns A hex SHA-256.
 */
export function pageCacheKey(page: InputPage, fingerprint: string): string {
  return createHash("sha256").update(fingerprint).update("\0").update(page.file).update("\0").update(page.text).digest("hex");
}

/** The IR of a set of pages and what was said on the way. */
export interface AnalyseResult {
  ir: IrSdk;
  /** Every diagnostic, sorted by place. */
  diagnostics: Diagnostic[];
}

/** A parse cache and how its keys are made. */
export interface AnalyseCache {
  pages: PageCache;
  /**
   * The key of a page: `pageCacheKey` for a cache kept on disk; an in-memory
   * cache that checks the text itself can key by path and skip hashing.
   */
  keyOf: (page: InputPage) => string;
}

/** What `analyseWith` may be given besides the pages. */
export interface AnalyseOptions {
  /** Parsed pages from earlier runs. */
  cache?: AnalyseCache;
  /** The project's bindings file, read (`parseBindings`). */
  bindings?: Bindings | null;
  /** The API's profile (GenAuth's by default). */
  profile?: Profile;
}

/** Parses one page; `parsePage` unless a caller loads it lazily. */
export type PageParser = (markdown: string, file: string, profile: Profile) => ParsedPage;

/**
 * Parse every page with the given parser and lower them to one IR. Pure
 * apart from the cache it is given: reads and writes nothing.
 *
 * @param parse The page parser. This module does not import one, so that a
 *   caller whose pages are all cached (the CLI on a warm run) never loads remark.
 * @param pages The docs pages.
 * @param options The cache of parsed pages from earlier runs (only pages it
 *   lacks are parsed, and added), the project's bindings file, applied after
 *   lowering, and the profile.
 * @returns The IR and the sorted diagnostics; the same with or without a cache.
 */
export function analyseWith(parse: PageParser, pages: readonly InputPage[], options: AnalyseOptions = {}): AnalyseResult {
  const { cache, bindings, profile } = options;
  const { ir, diagnostics } = runPipeline(pages, { parsePages: parseEach(parseStep(parse, cache)), lower: LOWER_STEPS }, { bindings, profile });
  return { ir, diagnostics };
}

/**
 * The parse step of a run: the parser, answered from a cache where it can.
 *
 * @param parse The page parser.
 * @param cache Parsed pages from earlier runs, or none.
 * @returns The step.
 */
export function parseStep(parse: PageParser, cache: AnalyseCache | undefined): (page: InputPage, profile: Profile) => ParsedPage {
  if (!cache) return (page, profile) => parse(page.text, page.file, profile);
  return (page, profile) => {
    const key = cache.keyOf(page);
    const cached = cache.pages.get(key, page);
    if (cached) return cached;
    const parsed = parse(page.text, page.file, profile);
    cache.pages.set(key, parsed, page);
    return parsed;
  };
}
