import { DEFAULT_MOCK_CREDENTIALS } from "../../generator/profile/genauth/mock-auth.js";
import { startMockServer, type MockServer } from "../../generator/mock/server.js";
import { generateFrom } from "./generate-from.js";

/**
 * Start the mock server for docs-input on a free loopback port.
 *
 * @returns The running server.
 */
export async function startDocsInputMock(): Promise<MockServer> {
  const { ir } = await generateFrom("docs-input");
  return startMockServer({ ir, credentials: DEFAULT_MOCK_CREDENTIALS, port: 0 });
}

/**
 * Handles that stay open until something closes them: sockets and servers.
 * (Timers are checked in a child process, where the test runner's own timers do not blur the count.)
 */
const LINGERING = new Set(["TCPSocketWrap", "TCPServerWrap"]);

/**
 * How many lingering handles the process has, by kind.
 *
 * @returns Counts by resource name.
 */
export function lingeringHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of process.getActiveResourcesInfo()) if (LINGERING.has(name)) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/**
 * The handles open now beyond a baseline, after waiting (up to two seconds)
 * for sockets the server closed to be released on the client side.
 *
 * @param baseline Counts before the test.
 * @returns Kinds with more open handles than the baseline, and how many more; empty when nothing leaked.
 */
export async function leakedHandles(baseline: Record<string, number>): Promise<Record<string, number>> {
  const excess = (): Record<string, number> => {
    const extra: Record<string, number> = {};
    for (const [name, count] of Object.entries(lingeringHandles())) if (count > (baseline[name] ?? 0)) extra[name] = count - (baseline[name] ?? 0);
    return extra;
  };
  let extra = excess();
  for (let waited = 0; waited < 2000 && Object.keys(extra).length > 0; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    extra = excess();
  }
  return extra;
}
