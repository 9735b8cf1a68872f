// `npm start`: build the portal, then serve it. On the embedded database it
// first makes sure no other process holds the data folder, so that a second
// start neither rebuilds under a running server nor touches its data.
import { spawnSync } from "node:child_process";
import { isEmbedded } from "@/lib/env";
import { dataDir, lockHolder } from "@/lib/server/data-dir";
import { serve } from "./server";

function main() {
  if (isEmbedded) {
    const holder = lockHolder();
    if (holder) {
      process.stderr.write(
        `Rolemap is already running on the data folder ${dataDir} (process ${holder.pid} on ${holder.host}).\n` +
          `Stop that process first, or set DATA_DIR to another folder. Nothing was changed.\n`,
      );
      process.exit(1);
    }
  }
  const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  return serve();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
