/** What a section of a method page holds, decided by its heading's meaning. */
export type SectionKind =
  | "method-name"
  | "request"
  | "response"
  | "sample-code"
  | "data-structure"
  | "other";

const SECTION_PATTERNS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ["method-name", /method name|方法名/],
  ["other", /request header|请求头/],
  ["request", /request param|^param(eter)?s?$|^request$|请求参数|^参数$/],
  ["response", /response|^return(ed)? (data|value)|返回|响应/],
  ["sample-code", /(sample|example|demo) code|^code example|示例代码|代码示例/],
  ["data-structure", /data structure|数据结构/],
];

/**
 * Decide what a heading introduces, by meaning, in English or Chinese and in
 * any wording or case seen in the GenAuth docs.
 *
 * @param text Heading text.
 * @returns The section kind, `other` when it is none of the known ones.
 */
export function classifyHeading(text: string): SectionKind {
  const normal = normaliseLabel(text);
  for (const [kind, pattern] of SECTION_PATTERNS) if (pattern.test(normal)) return kind;
  return "other";
}

/**
 * Lower-case a label and fold punctuation and spacing, so that
 * "Is it required?" and "is it required" read alike.
 *
 * @param text A heading or header cell.
 * @returns The folded label.
 */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_:：?？()（）]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A heading whose line also holds the next heading or a type line. */
export interface GluedHeading {
  /** The label before the glue, e.g. `Data structure`. */
  label: string;
  /** What follows it, e.g. `### <a id="X"></a> X` read as `X`, or `type: \`X\``. */
  rest: string;
  /** Whether the rest is a `Type:` line rather than another heading. */
  restIsTypeLine: boolean;
}

/**
 * Split a heading that has another heading or a `Type:` line glued onto it,
 * such as `Data structure### <a id="X"></a> X` or `Request response type: \`X\``.
 *
 * @param text Heading text.
 * @returns The parts, or null when the heading is not glued.
 */
export function splitGluedHeading(text: string): GluedHeading | null {
  const hashes = /^(.+?)\s*#{1,6}\s*#*\s*(\S.*)$/s.exec(text);
  if (hashes?.[1] && hashes[2] && classifyHeading(hashes[1]) !== "other") {
    return { label: hashes[1].trim(), rest: hashes[2].trim(), restIsTypeLine: false };
  }
  const typeLine = /^(.+?)\s+((?:type|类型)\s*[:：].*)$/is.exec(text);
  if (typeLine?.[1] && typeLine[2] && classifyHeading(typeLine[1]) !== "other") {
    return { label: typeLine[1].trim(), rest: typeLine[2].trim(), restIsTypeLine: true };
  }
  return null;
}
