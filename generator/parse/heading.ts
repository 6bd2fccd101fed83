import { firstMatch, normaliseLabel, SECTION_LABELS, TYPE_LINE_LABEL, type SectionKind } from "../vocabulary.js";
/** What a section of a method page holds, decided by its heading's meaning. */
export type { SectionKind } from "../vocabulary.js";

/** A label with a `Type:` line glued after it. */
const GLUED_TYPE_LINE = new RegExp(`^(.+?)\\s+(${TYPE_LINE_LABEL.source.slice(1)}.*)$`, "is");

/**
 * Decide what a heading introduces, by meaning, in English or Chinese and in
 * any wording or case seen in the GenAuth docs (`SECTION_LABELS`).
 *
 * @param text Heading text.
 * @returns The section kind, `other` when it is none of the known ones.
 */
export function classifyHeading(text: string): SectionKind {
  return firstMatch(SECTION_LABELS, normaliseLabel(text)) ?? "other";
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
  const typeLine = GLUED_TYPE_LINE.exec(text);
  if (typeLine?.[1] && typeLine[2] && classifyHeading(typeLine[1]) !== "other") {
    return { label: typeLine[1].trim(), rest: typeLine[2].trim(), restIsTypeLine: true };
  }
  return null;
}
