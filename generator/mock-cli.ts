#!/usr/bin/env node
/**
 * `npm run mock`: serve the documented methods on loopback. The shell around
 * generator/mock/server.ts: reads the docs, prints, and stops on SIGINT/SIGTERM.
 */
import { readConfiguredCommandLine, runCommand } from "./cli/command.js";
import { readInputPages } from "./cli/files.js";
import { formatDiagnostic, summarise } from "./cli/format.js";
import { hasErrors } from "./diagnostics.js";
import { analyse } from "./analyse.js";
import { loadProfile } from "./cli/profile.js";
import { DEFAULT_MOCK_CREDENTIALS, type MockCredentials } from "./profile/genauth/mock-auth.js";
import type { Profile } from "./profile/profile.js";
import { DEFAULT_PROFILE } from "./profile/index.js";
import { startMockServer } from "./mock/server.js";

const USAGE = `Usage: doc2sdk mock [options]   (in this repository: npm run mock -- [options])

  --input <dir|glob>        docs to serve (repeatable; default docs-input)
  --port <n>                port (default 4010; 0 picks a free one)
  --host <address>          interface (default 127.0.0.1)
  --cors                    answer CORS preflights and let any web origin read the answers (for browser apps)
  --app-id <id>             accepted x-genauth-app-id (default ${DEFAULT_MOCK_CREDENTIALS.appId})
  --app-secret <s>          accepted app secret for Basic auth on token endpoints
  --access-token <t>        accepted user access token
  --access-key-id <id>      accepted management access key id (default ${DEFAULT_MOCK_CREDENTIALS.accessKeyId})
  --access-key-secret <s>   secret that management signatures are checked with
  --profile <file>          a module whose default export is the API's profile (default GenAuth's)
  --config <file>           read input and profile from this file (default doc2sdk.config.* here)

Exit codes: 0 stopped, 1 the docs have errors, 2 bad usage.`;

async function main(argv: readonly string[]): Promise<number> {
  const command = await readConfiguredCommandLine(argv, {
    options: {
      input: { type: "string", multiple: true },
      port: { type: "string" },
      host: { type: "string" },
      cors: { type: "boolean", default: false },
      "app-id": { type: "string" },
      "app-secret": { type: "string" },
      "access-token": { type: "string" },
      "access-key-id": { type: "string" },
      "access-key-secret": { type: "string" },
      profile: { type: "string" },
    },
    usage: USAGE,
  }, ["input", "profile"]);
  if ("exit" in command) return command.exit;
  const { values } = command;
  const port = Number(values.port ?? "4010");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port: expected a port number, got ${values.port}\n`);
    return 2;
  }
  // The credential flags are GenAuth's; another profile's mock accepts its own default credentials.
  const given: Partial<MockCredentials> = {
    appId: values["app-id"],
    appSecret: values["app-secret"],
    accessToken: values["access-token"],
    accessKeyId: values["access-key-id"],
    accessKeySecret: values["access-key-secret"],
  };
  const credentials = Object.fromEntries(Object.entries(given).filter((entry): entry is [string, string] => entry[1] !== undefined));
  let profile: Profile = DEFAULT_PROFILE;
  try {
    if (values.profile) profile = (await loadProfile(values.profile, process.cwd())).profile;
  } catch (error) {
    process.stderr.write(`doc2sdk mock: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const inputs = values.input ?? ["docs-input"];
  const pages = await readInputPages(inputs, process.cwd());
  const { ir, diagnostics } = analyse(pages, { profile });
  for (const item of diagnostics) if (item.severity === "error") process.stderr.write(`${formatDiagnostic(item)}\n`);
  if (hasErrors(diagnostics)) {
    process.stderr.write(`doc2sdk mock: ${pages.length} pages, ${summarise(diagnostics)}; not starting\n`);
    return 1;
  }
  const server = await startMockServer({ ir, credentials, port, host: values.host ?? "127.0.0.1", profile, cors: values.cors ?? false });
  const methodCount = ir.clients.reduce((sum, client) => sum + client.methods.length, 0);
  process.stdout.write(
    [
      `doc2sdk mock: serving ${methodCount} methods from ${inputs.join(", ")} at ${server.url}`,
      ...profile.mock.describe({ ...profile.mock.credentials, ...credentials }, server.url, ir.clients.map((client) => ({ name: client.name, auth: client.runtime.auth }))),
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  return 0;
}

runCommand(() => main(process.argv.slice(2)), "doc2sdk mock");
