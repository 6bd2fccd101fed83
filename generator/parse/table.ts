import type { Table as MdTable, TableRow } from "mdast";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { Cell, ColumnRole, Row, Table } from "../page.js";
import { classifyColumn } from "./columns.js";
import { inlineText, stripTagDebris } from "./inline-text.js";
import { locationOf } from "./location.js";

/** The columns a table must have to be read. */
const REQUIRED_COLUMNS: readonly ColumnRole[] = ["name", "type"];

/** A field or parameter name: what a row's first cell must look like. */
const FIELD_NAME = /^[A-Za-z_$][\w$.-]*(\[\])?$/;

/**
 * Read a parameter, response or DTO table: find its columns by meaning, then
 * read each row's cells by role. Rows that cannot be rows (text spilled from
 * the next section) are left out with a warning.
 *
 * @param node The mdast table.
 * @param file Path of the page.
 * @returns The table, or null when a required column is missing, and diagnostics.
 */
export function readTable(node: MdTable, file: string): { table: Table | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const [headerRow, ...bodyRows] = node.children;
  const place = locationOf(node, file);
  if (!headerRow) return { table: null, diagnostics };
  const columns = headerRow.children.map((cell) => {
    const header = stripTagDebris(inlineText(cell).text);
    const role = classifyColumn(header);
    if (role === null && header !== "") {
      diagnostics.push(
        diagnostic("warning", "unknown-column", `Unexpected column \`${header}\`, expected name, type, required, default, description or example; its cells are ignored`, locationOf(cell, file)),
      );
    }
    return role;
  });
  const missing = REQUIRED_COLUMNS.filter((role) => !columns.includes(role));
  if (missing.length > 0) {
    diagnostics.push(
      diagnostic("warning", "missing-column", `Unexpected table without a ${missing.join(" or ")} column, expected at least name and type columns; the table is skipped`, locationOf(headerRow, file)),
    );
    return { table: null, diagnostics };
  }
  const rows: Row[] = [];
  for (const bodyRow of bodyRows) {
    const row = readRow(bodyRow, columns, file, diagnostics);
    if (row) rows.push(row);
  }
  const roles = columns.filter((role): role is ColumnRole => role !== null);
  return { table: { place, columns: roles, rows }, diagnostics };
}

function readRow(node: TableRow, columns: readonly (ColumnRole | null)[], file: string, diagnostics: Diagnostic[]): Row | null {
  const place = locationOf(node, file);
  const cells: Partial<Record<ColumnRole, Cell>> = {};
  node.children.forEach((cellNode, index) => {
    const role = columns[index];
    if (!role || cells[role]) return;
    const { text, anchors } = inlineText(cellNode);
    cells[role] = { text, anchors, place: locationOf(cellNode, file) };
  });
  const name = cells.name?.text.replace(/`/g, "") ?? "";
  if (name === "" && Object.values(cells).every((cell) => cell.text === "")) return null;
  if (!FIELD_NAME.test(name)) {
    diagnostics.push(
      diagnostic("warning", "not-a-row", `Unexpected row starting \`${clip(name)}\`, expected a field name; the row is skipped (text spilled into the table?)`, place),
    );
    return null;
  }
  if (node.children.length < columns.length) {
    const absent = columns.slice(node.children.length).filter((role) => role === "type" || role === "required");
    if (absent.length > 0) {
      diagnostics.push(
        diagnostic("warning", "short-row", `Unexpected end of row, expected a ${absent.join(" and ")} cell for \`${name}\``, place),
      );
    }
  }
  return { place, cells };
}

function clip(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 40 ? line.slice(0, 40) + "…" : line;
}
