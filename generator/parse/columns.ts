import type { ColumnRole } from "../page.js";
import { normaliseLabel } from "./heading.js";

const COLUMN_PATTERNS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ["required", /requir|mandatory|必填|必选|是否必/],
  ["default", /default|默认/],
  ["example", /example|sample|示例|样例/],
  ["description", /descr|meaning|explanation|comment|描述|说明|含义/],
  ["type", /type|类型/],
  ["name", /name|param|field|key|名称|参数|字段/],
];

/**
 * Decide what a table column holds from its header text, in either language.
 *
 * @param header Header cell text with HTML removed.
 * @returns The role, or null when the header is not recognised.
 */
export function classifyColumn(header: string): ColumnRole | null {
  const normal = normaliseLabel(header);
  if (normal === "") return null;
  for (const [role, pattern] of COLUMN_PATTERNS) if (pattern.test(normal)) return role;
  return null;
}
