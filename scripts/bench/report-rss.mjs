// Preloaded by `npm run bench` into each measured run: reports the peak resident memory on exit.
import { appendFileSync } from "node:fs";

const target = process.env.DOC2SDK_BENCH_RSS_FILE;
if (target) process.on("exit", () => appendFileSync(target, `${process.resourceUsage().maxRSS}\n`));
