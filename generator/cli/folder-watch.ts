import { watch, type FSWatcher } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** A running watch over folders: call `close` to stop it. */
export interface FolderWatch {
  close(): void;
}

/**
 * Watch folders and every folder below them for files that are written,
 * created, deleted or renamed, including pages saved by rename (editors that
 * save atomically, `sed -i`, `git checkout`).
 *
 * Each folder gets its own watcher: a folder keeps its identity when a file in
 * it is replaced, so a watch on the folder keeps reporting the file however
 * often it is saved by rename, where a watch on the file itself (which is what
 * a recursive watch falls back to on Linux) is left on the old, deleted file.
 * Folders created later are watched as they appear.
 *
 * @param folders Absolute folders to watch.
 * @param onFile Called with the absolute path of every file that may have changed.
 * @returns The watch, once every folder is watched.
 */
export async function watchFolders(folders: readonly string[], onFile: (file: string) => void): Promise<FolderWatch> {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const add = async (folder: string): Promise<void> => {
    if (closed || watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        if (!name) return;
        const file = path.join(folder, name.toString());
        onFile(file);
        void stat(file).then(
          (info) => (info.isDirectory() ? add(file) : undefined),
          () => undefined,
        );
      });
    } catch {
      return;
    }
    watcher.on("error", () => {
      watcher.close();
      watchers.delete(folder);
    });
    watchers.set(folder, watcher);
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    await Promise.all(entries.filter((entry) => entry.isDirectory()).map((entry) => add(path.join(folder, entry.name))));
  };
  await Promise.all(folders.map(add));
  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
