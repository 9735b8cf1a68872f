import "server-only";
import { logError } from "@/lib/log";

/** Next.js's onRequestError hook: one JSON line per error, with its stack and the request id. */
export function logRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
): void {
  logError("request.error", error, {
    id: request.headers["x-request-id"],
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
  });
}
