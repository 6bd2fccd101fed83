import { placeText } from "../ir-utils/place-text.js";
import type { ApiChange } from "./diff-ir.js";

/**
 * The markdown report of an API diff for a pull request: a one-line verdict,
 * then the breaking and the non-breaking changes, each with the page and line
 * it comes from. Text from the docs is kept inside code spans by `diffIr`.
 *
 * @param changes From `diffIr`.
 * @param base What the docs were compared with, e.g. `origin/main`.
 * @returns Markdown ending in a newline.
 */
export function formatDiffReport(changes: readonly ApiChange[], base: string): string {
  const breaking = changes.filter((change) => change.breaking);
  const compatible = changes.filter((change) => !change.breaking);
  const lines = [`## API changes since \`${base.replace(/`/g, "")}\``, ""];
  if (changes.length === 0) return `${lines.join("\n")}No changes to the SDK's API.\n`;
  lines.push(`**${breaking.length} breaking**, ${compatible.length} non-breaking.`, "");
  const section = (title: string, items: readonly ApiChange[]): void => {
    if (items.length === 0) return;
    lines.push(`### ${title}`, "", "| Change | Where | What |", "| --- | --- | --- |");
    for (const change of items) lines.push(`| \`${cell(change.subject)}\` | ${cell(placeText(change.place))} | ${cell(change.message)} |`);
    lines.push("");
  };
  section("⚠️ Breaking", breaking);
  section("Non-breaking", compatible);
  return `${lines.join("\n")}`;
}

/** Text safe inside a table cell: no pipe or line break can end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
