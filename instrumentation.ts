// Next.js calls register() once when a server starts, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isBuildPhase } = await import("@/lib/env");
  if (isBuildPhase) return;
  const { startup } = await import("@/lib/server/startup");
  const { logError } = await import("@/lib/log");
  try {
    await startup();
  } catch (error) {
    logError("startup.failed", error);
    process.stderr.write(`\nRolemap could not start: ${(error as Error).message}\n\n`);
    process.exit(1);
  }
}

export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logError } = await import("@/lib/log");
  const path = request.path.split("?")[0];
  logError("request.error", error, {
    id: request.headers["x-request-id"],
    method: request.method,
    path,
    route: context.routePath,
    routeType: context.routeType,
  });
}
