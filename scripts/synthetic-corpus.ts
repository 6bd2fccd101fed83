#!/usr/bin/env node
/**
 * `npm run synthetic-corpus -- --pages N --out DIR`: write a synthetic
 * reference of N pages made from real method pages (see
 * scripts/bench/synthetic.ts). The templates are, by default, the Chinese
 * reference pages of ../shared/docs-corpus/authing-docs-factory, so the corpus
 * has the real reference's density: about 4,000 bytes and 19 table rows a page
 * (the English Node pages are sparser: 11 rows a page under 8 KB).
 * `npm run bench` prints each corpus's characters and rows per page beside its times.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { readCommandLine } from "../generator/cli/command.js";
import { readInputPages } from "../generator/cli/files.js";
import { analyse } from "../generator/analyse.js";
import { syntheticPages } from "./bench/synthetic.js";

/** The real pages the synthetic corpus is made from, unless --templates says otherwise. */
export const TEMPLATE_FOLDER = "../shared/docs-corpus/authing-docs-factory";

const commandLine = readCommandLine(process.argv.slice(2), {
  options: {
    pages: { type: "string", default: "416" },
    out: { type: "string", default: "test/.scratch/synthetic" },
    templates: { type: "string", default: TEMPLATE_FOLDER },
    "max-template-bytes": { type: "string", default: "65536" },
    "unique-descriptions": { type: "boolean", default: false },
  },
  usage: `Usage: npm run synthetic-corpus -- [--pages 416] [--out test/.scratch/synthetic] [--templates ${TEMPLATE_FOLDER}] [--max-template-bytes 65536] [--unique-descriptions]

  Copies real reference pages (each copy renames its method, DTOs and file) into a corpus of the given size.
  --unique-descriptions marks every copy's description cells with the copy, so none repeats from copy to copy
  (a corpus that repeats less than a real reference).`,
});
if ("exit" in commandLine) process.exit(commandLine.exit);
const values = commandLine.values as { pages: string; out: string; templates: string; "max-template-bytes": string; "unique-descriptions": boolean };
const pageCount = Number(values.pages);
const maxBytes = Number(values["max-template-bytes"]);
const real = await readInputPages([values.templates], process.cwd());
const { ir } = analyse(real);
const methodNames = new Map(ir.clients.flatMap((client) => client.methods.map((method) => [method.source.file, method.documentedName] as const)));
const templates = real
  .filter((page) => methodNames.has(page.file) && Buffer.byteLength(page.text) <= maxBytes)
  .map((page) => ({ file: path.relative(values.templates, page.file).split(path.sep).join("/"), text: page.text, methodName: methodNames.get(page.file)! }));
const pages = syntheticPages(templates, ir.types.map((type) => type.name), { pages: pageCount, root: ".", uniqueDescriptions: values["unique-descriptions"] });
await rm(values.out, { recursive: true, force: true });
let bytes = 0;
for (const page of pages) {
  const target = path.join(values.out, page.file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, page.text);
  bytes += Buffer.byteLength(page.text);
}
process.stderr.write(`synthetic corpus: ${pages.length} pages, ${(bytes / 1e6).toFixed(2)} MB, from ${templates.length} templates, in ${values.out}\n`);
