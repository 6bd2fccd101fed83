import { spawn } from "node:child_process";
import path from "node:path";
import type { InputPage } from "../analyse-pages.js";

/**
 * Read the markdown pages under some folders as they were at a git revision,
 * without touching the working tree: `git ls-tree` lists them and one
 * `git cat-file --batch` reads them all.
 *
 * @param ref Any revision git understands (`HEAD~1`, `origin/main`, a tag).
 * @param inputs Folders, relative to `cwd`.
 * @param cwd The working folder, inside the repository; page paths are shown relative to it.
 * @returns Pages sorted by path, named as `readInputPages` names them.
 * @throws Error with git's message when the revision or repository is unknown.
 */
export async function readPagesAtRef(ref: string, inputs: readonly string[], cwd: string): Promise<InputPage[]> {
  const top = (await git(["rev-parse", "--show-toplevel"], cwd)).toString("utf8").trim();
  await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd).catch(() => {
    throw new Error(`${ref}: not a git revision`);
  });
  const listed = await git(["ls-tree", "-r", "-z", "--full-name", "--name-only", ref, "--", ...inputs], cwd);
  const names = listed.toString("utf8").split("\0").filter((name) => name.endsWith(".md"));
  if (names.length === 0) return [];
  const contents = await git(["cat-file", "--batch"], cwd, names.map((name) => `${ref}:${name}`).join("\n") + "\n");
  const texts = splitBatch(contents, names.length);
  return names
    .map((name, index) => ({ file: path.relative(cwd, path.join(top, name)).split(path.sep).join("/"), text: texts[index]! }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Split `git cat-file --batch` output (`<sha> blob <size>\n<bytes>\n` per object) into texts. */
function splitBatch(output: Buffer, count: number): string[] {
  const texts: string[] = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString("utf8");
    const size = Number(header.split(" ")[2]);
    if (!Number.isInteger(size)) throw new Error(`git cat-file: unexpected header ${header}`);
    texts.push(output.subarray(headerEnd + 1, headerEnd + 1 + size).toString("utf8"));
    offset = headerEnd + 1 + size + 1;
  }
  return texts;
}

function git(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`git ${args[0]}: ${Buffer.concat(err).toString("utf8").trim() || `exit ${code}`}`));
    });
    if (input !== undefined) {
      // git may exit before reading all of its input (an unknown object, say); its exit code tells the story.
      child.stdin!.on("error", () => undefined);
      child.stdin!.end(input);
    }
  });
}
