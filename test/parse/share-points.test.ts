import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PageModel } from "../../generator/page.js";
import { parsePage } from "../../generator/parse/page.js";
import { sharePoints } from "../../generator/parse/share-points.js";
import { CORPUS } from "../support/paths.js";

/** Every point object of a model's places, and how many there are. */
function pointsOf(page: PageModel): { objects: Set<object>; count: number } {
  const objects = new Set<object>();
  let count = 0;
  const walk = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    const fields = value as Record<string, unknown>;
    if (typeof fields.file === "string" && typeof fields.start === "object" && typeof fields.end === "object") {
      for (const point of [fields.start, fields.end] as object[]) {
        objects.add(point);
        count++;
      }
      return;
    }
    for (const field of Object.values(fields)) walk(field);
  };
  walk(page);
  return { objects, count };
}

describe("sharePoints", () => {
  const folder = path.join(CORPUS, "authing-docs-factory");
  const files = (readdirSync(folder, { recursive: true }) as string[]).filter((file) => file.endsWith(".md")).sort();

  it("changes no value of a page model, and leaves one object per distinct point", () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const { page } = parsePage(readFileSync(path.join(folder, file), "utf8"), file);
      const copy = structuredClone(page);
      expect(sharePoints(copy)).toEqual(page);
      const { objects } = pointsOf(copy);
      const distinct = new Set([...objects].map((point) => JSON.stringify(point)));
      expect(objects.size, file).toBe(distinct.size);
    }
  });

  it("is part of parsing a page: a table row starts at the point its first cell starts at", () => {
    const markdown = "# T\n\n## Method name\n\n`AuthenticationClient.x`\n\n## Request parameters\n\n| Name | Type | Required | Description |\n| - | - | - | - |\n| a | string | yes | d |\n";
    const { page } = parsePage(markdown, "docs/x.md");
    const row = page.kind === "method" ? page.request!.table!.rows[0]! : null;
    expect(row!.place.start).toBe(row!.cells.name!.place.start);
    const { objects, count } = pointsOf(page);
    expect(objects.size).toBeLessThan(count);
  });
});
