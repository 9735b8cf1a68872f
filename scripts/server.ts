// The production server (started by scripts/serve.ts and scripts/start.ts,
// compiled ahead of time by scripts/build-scripts.mjs): Next.js's request handler behind a thin Node HTTP
// server that (1) gives every request an id, (2) sets the client address from
// the socket (or, with TRUST_PROXY, from X-Forwarded-For) under a header name
// the client cannot forge, (3) answers anonymous visits to the public taxonomy
// pages from memory when it can (lib/server/page-cache.ts), and (4) writes one
// JSON log line per request.
import { randomUUID } from "node:crypto";
import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, markServedByAppServer, REQUEST_ID_HEADER } from "@/lib/auth/client-address";
import { env, listenHost } from "@/lib/env";
import { log, logError } from "@/lib/log";
import { publicPageKey, serveFromPageCache } from "@/lib/server/page-cache";

export async function serve(): Promise<http.Server> {
  // This server overwrites CLIENT_ADDRESS_HEADER on every request, so the app may trust it.
  markServedByAppServer();
  const app = next({ dev: false, dir: process.cwd(), hostname: listenHost, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const id = randomUUID();
    const forwarded = req.headers["x-forwarded-for"];
    req.headers[REQUEST_ID_HEADER] = id;
    req.headers[CLIENT_ADDRESS_HEADER] =
      clientAddressFrom(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, env.TRUST_PROXY) ??
      "";
    res.setHeader(REQUEST_ID_HEADER, id);
    const cacheKey = publicPageKey(req);
    let cached = false;
    res.on("finish", () => {
      const path = (req.url ?? "/").split("?")[0];
      if (path?.startsWith("/_next/static")) return;
      log("info", "request", {
        id,
        method: req.method,
        route: path,
        status: res.statusCode,
        ...(cached ? { cached } : {}),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    (cacheKey ? serveFromPageCache(req, res, cacheKey) : Promise.resolve(false))
      .then((hit) => {
        cached = hit;
        return hit ? undefined : handle(req, res);
      })
      .catch((error: unknown) => {
        logError("request.unhandled", error, { id });
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(`Internal error (request ${id})`);
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, listenHost, () => resolve());
  });
  log("info", "server.listening", { host: listenHost, port: env.PORT });

  const shutdown = (signal: string) => {
    log("info", "server.stopping", { signal });
    server.close();
    const database = (globalThis as { __rolemapDatabase?: { close(): Promise<void> } }).__rolemapDatabase;
    void (database ? database.close() : Promise.resolve()).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
  return server;
}
